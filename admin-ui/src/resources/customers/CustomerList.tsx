import { AppList } from '../../common/AppList';
import { DataTable, TextField } from 'react-admin';
import { EnumChip, EnumText } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { CustomerListView as Customer } from '../../../../server/modules/customers/customers.service';
import { EmailCell } from './EmailCell';
import { customerFilters } from './CustomerFilters';
import { HandleLink } from './HandleLink';
import { stateColors } from './stateColors';
import { Col } from '../../common/Col';

const Column = Col<Customer>;

export function CustomerList() {
  return (
    <AppList<Customer>
      filters={customerFilters}
      // Newest accounts first, and the sort shows on the column it uses.
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      // The filters live in the URL only: Customers from the menu starts clean, Back returns to the search.
      storeKey={false}
    >
      <DataTable<Customer> rowClick="show" bulkActionButtons={false}>
        <Column source="nicHandle">
          <HandleLink />
        </Column>
        <Column source="customerCode" disableSort sx={{ whiteSpace: 'nowrap' }} />
        {/* The server's `name` sort: organisation name for an organisation, else last then first name, as shown. */}
        <Column source="name" label="resources.customers.fields.displayName">
          <TextField source="displayName" />
        </Column>
        <Column source="primaryEmail" disableSort>
          <EmailCell />
        </Column>
        <Column source="country" />
        <Column source="legalForm" disableSort>
          <EnumText source="legalForm" enumName="legalForm" />
        </Column>
        <Column source="state">
          <EnumChip source="state" enumName="state" colors={stateColors} />
        </Column>
        <Column source="createdAt" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="createdAt" />
        </Column>
      </DataTable>
    </AppList>
  );
}
