import { Create, DateInput, SimpleForm, TextInput, required } from 'react-admin';

/** Recording a received letter: everything as written, even when it matches no account. */
export function ClaimCreate() {
  return (
    <Create redirect="show">
      <SimpleForm sx={{ maxWidth: 640 }}>
        <DateInput source="receivedOn" validate={required()} />
        <DateInput source="postmarkOn" />
        <TextInput source="claimedHandle" validate={required()} />
        <TextInput source="claimedCode" />
        <TextInput source="newPrimaryEmail" type="email" validate={required()} />
        <TextInput source="newBackupEmail" type="email" />
        <TextInput source="senderName" validate={required()} />
        <TextInput source="senderAddress" multiline minRows={3} validate={required()} />
        <TextInput source="ticketRef" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
