import { AutocompleteInput, Create, DateInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { gdprChoices } from './gdprApi';

const today = () => new Date().toISOString().slice(0, 10);
const languages = [
  { id: 'fr', name: 'guichet.gdpr.languages.fr' },
  { id: 'en', name: 'guichet.gdpr.languages.en' },
];

/** Intake (agents, leads, compliance): what arrived, how, when, from whom, about which account (or unmatched). */
export function GdprRequestCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ receivedOn: today(), language: 'fr' }}>
        <SelectInput source="right" choices={gdprChoices('gdprRight')} validate={required()} />
        <SelectInput source="channel" choices={gdprChoices('gdprChannel')} validate={required()} />
        <DateInput source="receivedOn" validate={required()} />
        <ReferenceInput source="customerId" reference="customers">
          <AutocompleteInput
            optionText={(c: { nicHandle: string; displayName: string }) => `${c.nicHandle} — ${c.displayName}`}
            filterToQuery={(q: string) => ({ q })}
          />
        </ReferenceInput>
        <TextInput source="requesterName" validate={required()} />
        <TextInput source="requesterEmail" type="email" />
        <TextInput source="requesterAddress" multiline minRows={2} />
        <SelectInput source="language" choices={languages} validate={required()} />
        <TextInput source="details" multiline minRows={2} fullWidth />
        <TextInput source="ticketRef" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
