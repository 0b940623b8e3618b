import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { RadioButtonGroupInput, SelectInput, TextInput, required, useCanAccess, useTranslate } from 'react-admin';
import { ErasureDialog } from './ErasureDialog';
import { formText, GdprDialog } from './GdprDialog';
import { formatDay, gdprApi, type GdprAction, type GdprRequestView } from './gdprApi';
import { RectifyDialog } from './RectifyDialog';
import { useFormatLocale } from '../../common/formatLocale';

type Open = GdprAction | 'lift' | null;

/** What each right needs generated before completion (gdpr.rules.ts `completionNeeds`). */
const generatorOf: Partial<Record<GdprRequestView['right'], GdprAction>> = { access: 'access-report', portability: 'portability-export' };

/** The compliance officer's steps on one request, each a dialog; only what applies now is offered. */
export function GdprActions({ request, onDone }: { request: GdprRequestView; onDone: () => void }) {
  const translate = useTranslate();
  const locale = useFormatLocale();
  const { canAccess: canDecide } = useCanAccess({ resource: 'gdpr-requests', action: 'decide' });
  const [open, setOpen] = useState<Open>(null);
  const [generating, setGenerating] = useState(false);
  const isOpenRequest = request.status !== 'completed' && request.status !== 'refused';
  if (!canDecide || !isOpenRequest) return null;
  const verified = request.identityVerifiedAt !== null && request.status === 'in_progress';
  const linked = request.customerId !== null;
  const label = (action: string) => translate(`guichet.gdpr.action.${action}`);
  const close = () => setOpen(null);
  const act = (action: GdprAction, body: object = {}) => gdprApi.act(request.id, action, { ...body, version: request.version });
  const dialog = { onClose: close, onDone };
  const generator = generatorOf[request.right];
  const isRestriction = request.right === 'restriction' || request.right === 'objection';
  const restricted = request.customer?.processingRestricted === true;
  const extendable = request.extensionMonths === 0;
  const erasureRunning = request.erasureResult !== null;
  // Not extended yet, so days left count to the first due date; the server decides again in the provider's time zone.
  const extensionTooLate = request.daysLeft < 0;

  async function generate(action: GdprAction) {
    setGenerating(true);
    try {
      await gdprApi.act(request.id, action, {});
      onDone();
    } finally {
      setGenerating(false);
    }
  }

  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="gdpr-actions">
      {!request.identityVerifiedAt && linked && (
        <Button variant="contained" onClick={() => setOpen('verify-identity')}>
          {label('verify-identity')}
        </Button>
      )}
      {!request.identityVerifiedAt && request.status !== 'awaiting_identity' && (
        <Button variant="outlined" onClick={() => setOpen('await-identity')}>
          {label('await-identity')}
        </Button>
      )}
      {verified && generator && (
        <Button variant="contained" disabled={generating} onClick={() => void generate(generator)}>
          {label(generator)}
        </Button>
      )}
      {verified && isRestriction && (
        <Button variant="contained" color="warning" onClick={() => setOpen('restrict')}>
          {label(restricted ? 'lift' : 'restrict')}
        </Button>
      )}
      {verified && request.right === 'rectification' && (
        <Button variant="contained" onClick={() => setOpen('rectify')}>
          {label('rectify')}
        </Button>
      )}
      {verified && request.right === 'erasure' && !erasureRunning && (
        <Button variant="contained" color="error" onClick={() => setOpen('erase')}>
          {label('erase')}
        </Button>
      )}
      {extendable && (
        <Button variant="outlined" onClick={() => setOpen('extend')}>
          {label('extend')}
        </Button>
      )}
      {verified && request.right !== 'erasure' && (
        <Button variant="outlined" color="success" onClick={() => setOpen('complete')}>
          {label('complete')}
        </Button>
      )}
      {!erasureRunning && (
        <Button variant="outlined" color="error" onClick={() => setOpen('refuse')}>
          {label('refuse')}
        </Button>
      )}

      {open === 'verify-identity' && (
        <GdprDialog
          title={label('verify-identity')}
          submitLabel={label('verify-identity')}
          done="guichet.gdpr.done.verify-identity"
          {...dialog}
          send={(v) => act('verify-identity', { method: formText(v.method), ...(v.note ? { note: formText(v.note) } : {}) })}
        >
          <RadioButtonGroupInput
            source="method"
            label="resources.gdpr-requests.fields.identityMethod"
            row={false}
            validate={required()}
            choices={request.identityMethods.map((id) => ({ id, name: `guichet.enums.gdprIdentityMethod.${id}` }))}
          />
          <TextInput source="note" label="resources.gdpr-requests.fields.note" multiline minRows={2} fullWidth />
        </GdprDialog>
      )}
      {open === 'await-identity' && (
        <GdprDialog
          title={label('await-identity')}
          submitLabel={label('await-identity')}
          done="guichet.gdpr.done.await-identity"
          {...dialog}
          send={() => act('await-identity')}
        >
          <Alert severity="info">{translate('guichet.gdpr.dialog.await_identity')}</Alert>
        </GdprDialog>
      )}
      {open === 'extend' && (
        <GdprDialog
          title={label('extend')}
          submitLabel={label('extend')}
          done="guichet.gdpr.done.extend"
          {...dialog}
          canSubmit={!extensionTooLate}
          send={(v) => act('extend', { months: Number(v.months), reason: formText(v.reason) })}
        >
          <Alert severity={extensionTooLate ? 'error' : 'info'} sx={{ mb: 2 }}>
            {translate(extensionTooLate ? 'guichet.gdpr.dialog.extend_too_late' : 'guichet.gdpr.dialog.extend_intro', {
              date: formatDay(request.dueOn, locale),
            })}
          </Alert>
          <SelectInput
            source="months"
            label="resources.gdpr-requests.fields.months"
            validate={required()}
            choices={[
              { id: 1, name: 'guichet.gdpr.months.one' },
              { id: 2, name: 'guichet.gdpr.months.two' },
            ]}
          />
          <TextInput source="reason" label="resources.gdpr-requests.fields.reason" multiline minRows={2} fullWidth validate={required()} />
        </GdprDialog>
      )}
      {open === 'restrict' && (
        <GdprDialog
          title={label(restricted ? 'lift' : 'restrict')}
          submitLabel={label(restricted ? 'lift' : 'restrict')}
          done="guichet.gdpr.done.restrict"
          {...dialog}
          send={() => act('restrict', { restricted: !restricted })}
        >
          <Alert severity="warning">{translate(restricted ? 'guichet.gdpr.dialog.restrict_off' : 'guichet.gdpr.dialog.restrict_on')}</Alert>
        </GdprDialog>
      )}
      {open === 'complete' && (
        <GdprDialog
          title={label('complete')}
          submitLabel={label('complete')}
          done="guichet.gdpr.done.complete"
          {...dialog}
          send={(v) => act('complete', v.note ? { note: formText(v.note) } : {})}
        >
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('guichet.gdpr.dialog.complete_intro')}
          </Alert>
          <TextInput source="note" label="resources.gdpr-requests.fields.note" multiline minRows={2} fullWidth />
        </GdprDialog>
      )}
      {open === 'refuse' && (
        <GdprDialog
          title={label('refuse')}
          submitLabel={label('refuse')}
          done="guichet.gdpr.done.refuse"
          danger
          {...dialog}
          send={(v) => act('refuse', { reason: formText(v.reason) })}
        >
          <TextInput source="reason" label="resources.gdpr-requests.fields.reason" multiline minRows={3} fullWidth validate={required()} />
          <Alert severity="info" data-testid="refusal-remedy">
            <strong>{translate('guichet.gdpr.dialog.remedy_label')}</strong> — {translate('guichet.gdpr.dialog.refuse_remedy')}
          </Alert>
        </GdprDialog>
      )}
      {open === 'rectify' && <RectifyDialog request={request} {...dialog} />}
      {open === 'erase' && <ErasureDialog request={request} {...dialog} />}
    </Stack>
  );
}
