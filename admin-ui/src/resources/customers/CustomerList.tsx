import { DataTable, List, TextField } from 'react-admin';
import { EnumChip, EnumText } from '../../common/EnumChip';
import { ListLoadError } from '../../common/ListLoadError';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';
import { customerFilters } from './CustomerFilters';
import { HandleLink } from './HandleLink';
import { stateColors } from './stateColors';

const Column = DataTable.Col<Customer>;

export function CustomerList() {
  return (
    <List<Customer>
      filters={customerFilters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      error={<ListLoadError />}
      // No bulk export of personal data from the browser: exports must be audited server-side.
      exporter={false}
    >
      <DataTable<Customer> rowClick="show" bulkActionButtons={false}>
        <Column source="nicHandle">
          <HandleLink />
        </Column>
        <Column source="customerCode" disableSort sx={{ whiteSpace: 'nowrap' }} />
        {/* Sorting by name means sorting by last name: the server sorts on that column. */}
        <Column source="lastName" label="resources.customers.fields.displayName">
          <TextField source="displayName" />
        </Column>
        <Column source="primaryEmail" disableSort />
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
    </List>
  );
}
