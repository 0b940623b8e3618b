import { Chip, Stack } from '@mui/material';
import { DataTable, TextField, useRecordContext, useTranslate } from 'react-admin';
import { deviceLabel } from '../../../common/deviceLabel';
import { EnumChip } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { alertRowSx } from '../../../common/rowHighlight';
import { SortableCol, StaticCol } from '../../../common/StaticCol';
import type { LoginEventRecord as LoginEvent } from '../../../../../server/modules/account-records/account-records.definitions';
import type { TabContentProps } from './TabContentProps';

// Failed sign-ins and unknown devices are what identity theft looks like (SPEC §4.6).
const failedRow = (event: LoginEvent) => (event.result !== 'success' ? alertRowSx : {});

function DeviceCell() {
  const event = useRecordContext<LoginEvent>();
  const translate = useTranslate();
  if (!event) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <span>{deviceLabel(translate, event.device)}</span>
      {event.isNewDevice && <Chip size="small" color="warning" label={translate('guichet.customer.new_device')} />}
    </Stack>
  );
}

export function LoginEventsTab(_: TabContentProps) {
  return (
    <RelatedList reference="login-events" sort={{ field: 'occurredAt', order: 'DESC' }} emptyText="guichet.customer.no_login_events">
      <DataTable<LoginEvent> bulkActionButtons={false} rowClick={false} rowSx={failedRow}>
        <SortableCol<LoginEvent> source="occurredAt">
          <LocaleDateField source="occurredAt" showTime />
        </SortableCol>
        <SortableCol<LoginEvent> source="result">
          <EnumChip source="result" enumName="loginResult" colors={{ wrong_password: 'error', twofa_failed: 'error' }} />
        </SortableCol>
        <StaticCol<LoginEvent> source="ip">
          <TextField source="ip" sx={{ fontFamily: 'monospace' }} />
        </StaticCol>
        <SortableCol<LoginEvent> source="country" />
        <StaticCol<LoginEvent> source="device">
          <DeviceCell />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}
