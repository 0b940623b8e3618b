import { DataTable, TextField } from 'react-admin';
import { EnumChip } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { MoneyField } from '../../../common/MoneyField';
import { RelatedList } from '../../../common/RelatedList';
import { alertRowSx } from '../../../common/rowHighlight';
import { SortableCol, StaticCol } from '../../../common/StaticCol';
import type { InvoiceRecord as Invoice, OrderRecord as Order } from '../../../../../server/modules/account-records/account-records.definitions';
import type { TabContentProps } from './TabContentProps';

// An unpaid invoice blocks erasure and matters on every call: it must jump out.
const unpaidRow = (invoice: Invoice) => (invoice.status === 'unpaid' ? alertRowSx : {});

function InvoiceTable() {
  return (
    <RelatedList
      reference="invoices"
      sort={{ field: 'issuedAt', order: 'DESC' }}
      emptyText="guichet.customer.no_invoices"
      title="guichet.customer.invoices_title"
    >
      <DataTable<Invoice> bulkActionButtons={false} rowClick={false} rowSx={unpaidRow}>
        <SortableCol<Invoice> source="number">
          <TextField source="number" sx={{ fontFamily: 'monospace' }} />
        </SortableCol>
        <SortableCol<Invoice> source="issuedAt">
          <LocaleDateField source="issuedAt" />
        </SortableCol>
        <SortableCol<Invoice> source="dueAt">
          <LocaleDateField source="dueAt" />
        </SortableCol>
        <SortableCol<Invoice> source="amountCents" align="right">
          <MoneyField source="amountCents" />
        </SortableCol>
        <SortableCol<Invoice> source="status">
          <EnumChip source="status" enumName="invoiceStatus" colors={{ unpaid: 'error', paid: 'success' }} />
        </SortableCol>
        <StaticCol<Invoice> source="paidAt">
          <LocaleDateField source="paidAt" emptyText="—" />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}

function OrderTable() {
  return (
    <RelatedList reference="orders" sort={{ field: 'createdAt', order: 'DESC' }} emptyText="guichet.customer.no_orders" title="guichet.customer.orders_title">
      <DataTable<Order> bulkActionButtons={false} rowClick={false}>
        <SortableCol<Order> source="number">
          <TextField source="number" sx={{ fontFamily: 'monospace' }} />
        </SortableCol>
        <StaticCol<Order> source="description" />
        <SortableCol<Order> source="createdAt">
          <LocaleDateField source="createdAt" />
        </SortableCol>
        <SortableCol<Order> source="amountCents" align="right">
          <MoneyField source="amountCents" />
        </SortableCol>
        <SortableCol<Order> source="status">
          <EnumChip source="status" enumName="orderStatus" colors={{ pending: 'warning', paid: 'success' }} />
        </SortableCol>
      </DataTable>
    </RelatedList>
  );
}

export function BillingTab(_: TabContentProps) {
  return (
    <>
      <InvoiceTable />
      <OrderTable />
    </>
  );
}
