import { DataTable } from 'react-admin';
import { EnumChip } from '../../../common/EnumChip';
import { LocaleDateField } from '../../../common/LocaleDateField';
import { RelatedList } from '../../../common/RelatedList';
import { StaticCol } from '../../../common/StaticCol';
import type { Message } from '../../../types';
import { messageStatusColors } from '../../messages/messageStatusColors';
import type { TabContentProps } from './TabContentProps';

export function MessagesTab(_: TabContentProps) {
  return (
    <RelatedList reference="messages" sort={{ field: 'id', order: 'DESC' }} emptyText="guichet.customer.no_messages">
      <DataTable<Message> bulkActionButtons={false} rowClick="show">
        <StaticCol<Message> source="createdAt">
          <LocaleDateField source="createdAt" showTime />
        </StaticCol>
        <StaticCol<Message> source="toAddress" />
        <StaticCol<Message> source="subject" />
        <StaticCol<Message> source="status">
          <EnumChip source="status" enumName="messageStatus" colors={messageStatusColors} />
        </StaticCol>
        <StaticCol<Message> source="sentAt">
          <LocaleDateField source="sentAt" showTime emptyText="—" />
        </StaticCol>
      </DataTable>
    </RelatedList>
  );
}
