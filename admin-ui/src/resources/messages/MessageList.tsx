import { DataTable, List, ReferenceField, SelectInput } from 'react-admin';
import { EnumChip } from '../../common/EnumChip';
import { enumChoices } from '../../common/enums';
import { ListLoadError } from '../../common/ListLoadError';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { Message } from '../../types';
import { messageStatusColors } from './messageStatusColors';

const messageFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('messageStatus', ['queued', 'sent', 'failed'])} alwaysOn />,
];

const Column = DataTable.Col<Message>;

/** The outbox (SPEC §4.9): every e-mail the console sent or tried to send to a customer. */
export function MessageList() {
  return (
    <List<Message> filters={messageFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} error={<ListLoadError />} exporter={false}>
      <DataTable<Message> rowClick="show" bulkActionButtons={false}>
        <Column source="createdAt" disableSort>
          <LocaleDateField source="createdAt" showTime />
        </Column>
        <Column source="customerId" disableSort>
          <ReferenceField source="customerId" reference="customers" link="show" />
        </Column>
        <Column source="toAddress" disableSort />
        <Column source="subject" disableSort />
        <Column source="status" disableSort>
          <EnumChip source="status" enumName="messageStatus" colors={messageStatusColors} />
        </Column>
        <Column source="attempts" disableSort align="right" />
        <Column source="sentAt" disableSort>
          <LocaleDateField source="sentAt" showTime emptyText="—" />
        </Column>
      </DataTable>
    </List>
  );
}
