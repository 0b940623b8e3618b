import { useState } from 'react';
import { Button, Stack, Typography } from '@mui/material';
import { DataTable, SelectInput, TextInput, required, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { enumChoices } from '../../../common/enums';
import { RelatedList } from '../../../common/RelatedList';
import type { FlagRow } from '../../../../../server/modules/flags/flags.repository';
import { raiseFlagBody, securityAdviceBody, type RaiseFlagBody } from '../../../../../server/modules/flags/flags.schemas';
import type { CustomerView as Customer } from '../../../../../server/modules/customers/customers.service';
import { FlagActionDialog, formText } from '../../flags/FlagActionDialog';
import { flagApi } from '../../flags/flagApi';
import { flagColumns } from '../../flags/flagColumns';
import type { TabContentProps } from './TabContentProps';

/** Raise a flag from a call, or send the guide's security advice (SPEC §4.6). */
function FlagCallActions() {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'customers', action: 'raise-flag' });
  const [open, setOpen] = useState<'raise' | 'advice' | null>(null);
  if (!customer || !canAccess || customer.state === 'erased') return null;
  const close = () => setOpen(null);
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      <Button variant="outlined" color="warning" onClick={() => setOpen('raise')}>
        {translate('guichet.flags.raise')}
      </Button>
      <Button variant="outlined" onClick={() => setOpen('advice')}>
        {translate('guichet.flags.security_advice')}
      </Button>
      {open === 'raise' && (
        <FlagActionDialog
          title={translate('guichet.flags.raise_title', { handle: customer.nicHandle })}
          submitLabel={translate('guichet.flags.raise')}
          done="guichet.flags.raised"
          onClose={close}
          schema={raiseFlagBody}
          toBody={(v) => ({
            customerId: customer.id,
            kind: formText(v.kind) as RaiseFlagBody['kind'],
            severity: formText(v.severity) as RaiseFlagBody['severity'],
            note: formText(v.note),
            ticketRef: formText(v.ticketRef),
          })}
          send={flagApi.raise}
        >
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('guichet.flags.raise_intro')}
          </Typography>
          <SelectInput source="kind" label="resources.flags.fields.kind" choices={enumChoices('flagKind')} validate={required()} fullWidth />
          <SelectInput source="severity" label="resources.flags.fields.severity" choices={enumChoices('flagSeverity')} validate={required()} />
          <TextInput source="ticketRef" label="resources.flags.fields.ticketRef" validate={required()} autoComplete="off" />
          <TextInput source="note" label="resources.flags.fields.note" validate={required()} multiline minRows={3} fullWidth />
        </FlagActionDialog>
      )}
      {open === 'advice' && (
        <FlagActionDialog
          title={translate('guichet.flags.security_advice_title', { handle: customer.nicHandle })}
          submitLabel={translate('guichet.flags.security_advice')}
          done="guichet.flags.security_advice_sent"
          onClose={close}
          schema={securityAdviceBody}
          toBody={(v) => ({ ticketRef: formText(v.ticketRef) })}
          send={(body) => flagApi.sendSecurityAdvice(customer.id, body)}
        >
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('guichet.flags.security_advice_intro')}
          </Typography>
          <TextInput source="ticketRef" label="resources.flags.fields.ticketRef" validate={required()} autoComplete="off" />
        </FlagActionDialog>
      )}
    </Stack>
  );
}

export function FlagsTab(_: TabContentProps) {
  return (
    <>
      <FlagCallActions />
      <RelatedList reference="flags" sort={{ field: 'severity', order: 'DESC' }} emptyText="guichet.flags.no_flags">
        <DataTable<FlagRow> bulkActionButtons={false} rowClick={(id) => `/flags/${id}/show`}>
          {flagColumns({ inQueue: false })}
        </DataTable>
      </RelatedList>
    </>
  );
}
