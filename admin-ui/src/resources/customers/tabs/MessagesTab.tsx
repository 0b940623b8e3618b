import { DataTable, TextField } from 'react-admin';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { StaticCol } from '../../../common/StaticCol';
import type { MessageRecord as Message } from '../../../../../server/modules/messages/messages.schemas';
import { MessageDelivery } from '../../messages/MessageStatusChip';
import { refetchListWhileQueued } from '../../messages/refetchWhileQueued';
import { RetryMessageButton } from '../../messages/RetryMessageButton';
import type { TabContentProps } from './TabContentProps';

export function MessagesTab(_: TabContentProps) {
  return (
    <RelatedList reference="messages" sort={{ field: 'id', order: 'DESC' }} emptyText="guichet.customer.no_messages" queryOptions={refetchListWhileQueued}>
      <DataTable<Message> bulkActionButtons={false} rowClick="show">
        <StaticCol<Message> source="createdAt" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="createdAt" showTime />
        </StaticCol>
        <StaticCol<Message> source="toAddress" />
        <StaticCol<Message> source="subject" />
        <StaticCol<Message> source="status">
          <MessageDelivery />
        </StaticCol>
        <StaticCol<Message> source="attempts" align="right">
          <TextField source="attempts" />
        </StaticCol>
        <StaticCol<Message> source="sentAt" sx={{ whiteSpace: 'nowrap' }}>
          <LocaleDateField source="sentAt" showTime emptyText="—" />
        </StaticCol>
        <StaticCol<Message> label={false}>
          <RetryMessageButton />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}
