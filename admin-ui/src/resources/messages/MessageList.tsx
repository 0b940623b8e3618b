import { AppList } from '../../common/AppList';
import { DataTable, ReferenceField, SelectInput } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { MessageRecord as Message } from '../../../../server/modules/messages/messages.schemas';
import { MessageDelivery } from './MessageStatusChip';
import { refetchListWhileQueued } from './refetchWhileQueued';
import { RetryMessageButton } from './RetryMessageButton';
import { Col } from '../../common/Col';

const messageFilters = [<SelectInput key="status" source="status" choices={enumChoices('messageStatus')} alwaysOn />];

const Column = Col<Message>;

/** The outbox (SPEC §4.9): every e-mail the console sent or tried to send to a customer. */
export function MessageList() {
  return (
    <AppList<Message> filters={messageFilters} sort={{ field: 'id', order: 'DESC' }} perPage={25} queryOptions={refetchListWhileQueued}>
      <DataTable<Message> rowClick="show" bulkActionButtons={false}>
        {/* Newest first by number (id), the order they were queued in: the time column carries the sort. */}
        <Column source="id" label="resources.messages.fields.createdAt" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="createdAt" showTime />
        </Column>
        <Column source="customerId" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <ReferenceField source="customerId" reference="customers" link="show" />
        </Column>
        <Column source="toAddress" disableSort />
        <Column source="subject" disableSort />
        <Column source="status" disableSort>
          <MessageDelivery />
        </Column>
        <Column source="attempts" disableSort align="right" />
        <Column source="sentAt" disableSort sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="sentAt" showTime emptyText="—" />
        </Column>
        <Column label={false} disableSort>
          <RetryMessageButton />
        </Column>
      </DataTable>
    </AppList>
  );
}
