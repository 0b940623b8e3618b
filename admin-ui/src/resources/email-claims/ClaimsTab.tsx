import { CalendarDayField } from '../../common/CalendarDayField';
import { Button } from '@mui/material';
import { DataTable, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';
import type { ClaimView } from '../../../../server/modules/email-claims/email-claims.views';
import { RelatedList } from '../../common/RelatedList';
import { ClaimStateChip } from './ClaimList';

/** The customer page's tab: the account's claims, and recording a new one with the handle filled in. */
export function ClaimsTab(_: { label?: false }) {
  const customer = useRecordContext<Customer>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!customer) return null;
  const create = `${createPath({ resource: 'email-claims', type: 'create' })}?source=${encodeURIComponent(JSON.stringify({ claimedHandle: customer.nicHandle }))}`;
  return (
    <>
      <Button component={Link} to={create} variant="outlined" sx={{ mb: 1 }}>
        {translate('guichet.claims.record')}
      </Button>
      <RelatedList reference="email-claims" sort={{ field: 'id', order: 'DESC' }} emptyText="guichet.claims.no_claims">
        <DataTable<ClaimView> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="reference" disableSort />
          <DataTable.Col source="state" disableSort>
            <ClaimStateChip />
          </DataTable.Col>
          <DataTable.Col source="receivedOn" disableSort>
            <CalendarDayField source="receivedOn" />
          </DataTable.Col>
          <DataTable.Col source="newPrimaryEmail" disableSort />
          <DataTable.Col source="senderName" disableSort />
        </DataTable>
      </RelatedList>
    </>
  );
}
