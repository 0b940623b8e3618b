import { Box } from '@mui/material';
import { FormDataConsumer, SelectInput, TextInput, required } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import type { PromotionFormValues } from './promotionRequest';

const label = (field: string) => `guichet.promote_backup_email.fields.${field}`;
const hint = (field: string) => `guichet.promote_backup_email.hints.${field}`;
const identityCheckChoices = enumChoices('identityCheck');

/**
 * The record of the call. The dialog's form checks the server's own schema before sending
 * (promotionRequest.ts, validatePromotion); "required" marks the fields. The first field takes
 * the focus: the agent types the ticket as soon as the dialog opens.
 */
export function PromotionFields() {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2, mt: 3 }}>
      <TextInput source="ticketRef" label={label('ticketRef')} helperText={hint('ticketRef')} validate={required()} autoComplete="off" autoFocus />
      <SelectInput source="identityCheck" label={label('identityCheck')} choices={identityCheckChoices} validate={required()} />
      <FormDataConsumer<PromotionFormValues>>
        {({ formData }) =>
          formData.identityCheck === 'other' && (
            <TextInput
              source="identityCheckNote"
              label={label('identityCheckNote')}
              helperText={hint('identityCheckNote')}
              validate={required()}
              sx={{ gridColumn: '1 / -1' }}
            />
          )
        }
      </FormDataConsumer>
      <TextInput
        source="reason"
        label={label('reason')}
        helperText={hint('reason')}
        validate={required()}
        multiline
        minRows={3}
        sx={{ gridColumn: '1 / -1' }}
      />
    </Box>
  );
}
