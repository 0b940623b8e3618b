import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { SelectInput, TextInput, required, useTranslate } from 'react-admin';
import type { CustomerView } from '../../../../server/modules/customers/customers.service';
import type { RectifiableFields } from '../../../../server/modules/gdpr/gdpr.schemas';
import { useCountryChoices } from '../../common/countries';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';
import { GdprDialog } from './GdprDialog';
import { gdprApi, type GdprRequestView } from './gdprApi';

const fields = [
  'firstName',
  'lastName',
  'organisation',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'phone',
] as const satisfies readonly (keyof RectifiableFields)[];
const requiredFields = new Set(['firstName', 'lastName', 'addressLine1', 'postalCode', 'city', 'country']);

/** Rectification (Art. 16): the account's editable fields, pre-filled; only what changed is sent. */
export function RectifyDialog({ request, onClose, onDone }: { request: GdprRequestView; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const countries = useCountryChoices();
  const { data: account } = useQuery({
    queryKey: ['customers', request.customerId, 'rectify'],
    queryFn: async () => (await httpClient(`${apiUrl}/customers/${request.customerId}`)).json as CustomerView,
  });
  if (!account) return null;
  const current: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, account[field] ?? '']));
  return (
    <GdprDialog
      title={translate('guichet.gdpr.action.rectify')}
      submitLabel={translate('guichet.gdpr.action.rectify')}
      done="guichet.gdpr.done.rectify"
      record={current}
      onClose={onClose}
      onDone={onDone}
      send={(values) => {
        const changes = Object.fromEntries(fields.filter((field) => (values[field] ?? '') !== current[field]).map((field) => [field, values[field] ?? '']));
        return gdprApi.act(request.id, 'rectify', { changes, version: request.version, customerVersion: account.version });
      }}
    >
      <Alert severity="info" sx={{ mb: 2 }}>
        {translate('guichet.gdpr.dialog.rectify_intro')}
      </Alert>
      {fields.map((field) =>
        field === 'country' ? (
          <SelectInput key={field} source={field} label={`resources.customers.fields.${field}`} choices={countries} validate={required()} fullWidth />
        ) : (
          <TextInput
            key={field}
            source={field}
            label={`resources.customers.fields.${field}`}
            validate={requiredFields.has(field) ? required() : undefined}
            fullWidth
          />
        ),
      )}
    </GdprDialog>
  );
}
