import { CalendarDayField } from '../../common/CalendarDayField';
import { Button } from '@mui/material';
import { DataTable, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';
import { RelatedList } from '../../common/RelatedList';
import { DaysLeftChip, RightChip, StatusChip } from './DaysLeft';
import type { GdprRequestListRow } from './gdprApi';

/** The customer page's GDPR tab: the account's requests with their clocks, and recording a new one for it. */
export function GdprTab(_: { label?: false }) {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!customer) return null;
  const create = `${createPath({ resource: 'gdpr-requests', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ customerId: customer.id }))}`;
  return (
    <>
      {customer.state !== 'erased' && (
        <Button component={Link} to={create} variant="outlined" sx={{ mb: 1 }}>
          {translate('guichet.gdpr.new_request')}
        </Button>
      )}
      <RelatedList reference="gdpr-requests" sort={{ field: 'receivedOn', order: 'DESC' }} emptyText="guichet.gdpr.no_requests">
        <DataTable<GdprRequestListRow> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="reference" disableSort />
          <DataTable.Col source="right" disableSort>
            <RightChip />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <StatusChip />
          </DataTable.Col>
          <DataTable.Col source="receivedOn" disableSort>
            <CalendarDayField source="receivedOn" />
          </DataTable.Col>
          <DataTable.Col source="daysLeft" disableSort>
            <DaysLeftChip />
          </DataTable.Col>
        </DataTable>
      </RelatedList>
    </>
  );
}
