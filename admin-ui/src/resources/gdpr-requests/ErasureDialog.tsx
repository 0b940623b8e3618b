import { Alert, List, ListItem, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { TextInput, required, useTranslate } from 'react-admin';
import { formText, GdprDialog } from './GdprDialog';
import { gdprApi, type GdprRequestView } from './gdprApi';

/**
 * Erasure: the blockers listed live (checked again every few seconds while the dialog is open, and
 * again by the server at execution), the NIC-handle typed to confirm; the server then asks for a
 * fresh password confirmation (re-authentication) before it acts.
 */
export function ErasureDialog({ request, onClose, onDone }: { request: GdprRequestView; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const handle = request.customer?.nicHandle ?? '';
  const { data } = useQuery({ queryKey: ['gdpr-erasure-eligibility', request.id], queryFn: () => gdprApi.eligibility(request.id), refetchInterval: 5000 });
  const matches = (value: unknown) =>
    formText(value).trim().toLowerCase() === handle.toLowerCase() ? undefined : translate('guichet.gdpr.dialog.erase_mismatch', { handle });
  return (
    <GdprDialog
      title={translate('guichet.gdpr.action.erase')}
      submitLabel={translate('guichet.gdpr.action.erase')}
      done="guichet.gdpr.done.erase"
      danger
      canSubmit={data?.eligible === true}
      onClose={onClose}
      onDone={onDone}
      send={(values) => gdprApi.act(request.id, 'erase', { confirmHandle: formText(values.confirmHandle), version: request.version })}
    >
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('guichet.gdpr.dialog.erase_intro', { handle })}
      </Alert>
      {!data && <Typography>{translate('guichet.gdpr.dialog.erase_checking')}</Typography>}
      {data?.eligible && (
        <Alert severity="success" sx={{ mb: 2 }} data-testid="erasure-eligible">
          {translate('guichet.gdpr.dialog.erase_eligible')}
        </Alert>
      )}
      {data && !data.eligible && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="erasure-blockers">
          {translate('guichet.gdpr.dialog.erase_blocked')}
          <List dense>
            {data.blockers.map((blocker) => (
              <ListItem key={blocker.code} data-code={blocker.code}>
                {translate(`guichet.gdpr.blockers.${blocker.code.replace('gdpr.erase.', '').replace('gdpr.', '')}`, { ...blocker.params, _: blocker.message })}
              </ListItem>
            ))}
          </List>
        </Alert>
      )}
      <TextInput
        source="confirmHandle"
        label="resources.gdpr-requests.fields.confirmHandle"
        helperText={handle}
        validate={[required(), matches]}
        fullWidth
        autoComplete="off"
      />
    </GdprDialog>
  );
}
