import { DataTable, TextField } from 'react-admin';
import { EnumChip } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { SortableCol, StaticCol } from '../../../common/StaticCol';
import type { TabContentProps } from './TabContentProps';

interface SubUser {
  id: number;
  login: string;
}

export function SubUsersTab(_: TabContentProps) {
  return (
    <RelatedList reference="customer-users" sort={{ field: 'id', order: 'ASC' }} emptyText="guichet.customer.no_sub_users">
      <DataTable<SubUser> bulkActionButtons={false} rowClick={false}>
        <SortableCol<SubUser> source="login">
          <TextField source="login" sx={{ fontFamily: 'monospace' }} />
        </SortableCol>
        <StaticCol<SubUser> source="email" />
        <SortableCol<SubUser> source="rights">
          <EnumChip source="rights" enumName="rights" colors={{ write: 'warning' }} />
        </SortableCol>
        <SortableCol<SubUser> source="createdAt">
          <LocaleDateField source="createdAt" />
        </SortableCol>
        <SortableCol<SubUser> source="lastLoginAt">
          <LocaleDateField source="lastLoginAt" showTime emptyText="—" />
        </SortableCol>
      </DataTable>
    </RelatedList>
  );
}
