import { DataTable, TextField } from 'react-admin';
import { EnumText } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { StaffNameField } from '../../../common/StaffName';
import { SortableCol, StaticCol } from '../../../common/StaticCol';
import type { TabContentProps } from './TabContentProps';

interface EmailChange {
  id: number;
}

export function EmailHistoryTab(_: TabContentProps) {
  return (
    <RelatedList reference="email-history" sort={{ field: 'id', order: 'DESC' }} emptyText="guichet.customer.no_email_history">
      <DataTable<EmailChange> bulkActionButtons={false} rowClick={false}>
        <SortableCol<EmailChange> source="changedAt">
          <LocaleDateField source="changedAt" showTime />
        </SortableCol>
        <StaticCol<EmailChange> source="slot">
          <EnumText source="slot" enumName="slot" />
        </StaticCol>
        <StaticCol<EmailChange> source="oldValue">
          <TextField source="oldValue" emptyText="—" />
        </StaticCol>
        <StaticCol<EmailChange> source="newValue">
          <TextField source="newValue" emptyText="—" />
        </StaticCol>
        <StaticCol<EmailChange> source="cause">
          <EnumText source="cause" enumName="cause" />
        </StaticCol>
        <StaticCol<EmailChange> source="staffId">
          <StaffNameField source="staffId" />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}
