import { Box } from '@mui/material';
import { ReferenceField, Show, SimpleShowLayout, TextField, useRecordContext } from 'react-admin';
import { EnumChip } from '../../common/EnumChip';
import { LocaleDateField } from '../../common/LocaleDateField';
import type { Message } from '../../types';
import { messageStatusColors } from './messageStatusColors';

function MessageTitle() {
  const message = useRecordContext<Message>();
  return <>{message?.subject ?? ''}</>;
}

/** The text exactly as sent: line breaks kept, no HTML rendering of customer-facing content. */
function TextBody({ source }: { source: 'textBody' }) {
  const message = useRecordContext<Message>();
  return (
    <Box component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0, p: 2, bgcolor: 'grey.50', borderRadius: 1 }}>
      {message?.[source]}
    </Box>
  );
}

export function MessageShow() {
  return (
    <Show<Message> title={<MessageTitle />}>
      <SimpleShowLayout>
        <ReferenceField source="customerId" reference="customers" link="show" />
        <TextField source="toAddress" />
        <TextField source="subject" />
        <TextField source="template" sx={{ fontFamily: 'monospace' }} />
        <TextField source="locale" />
        <EnumChip source="status" enumName="messageStatus" colors={messageStatusColors} />
        <TextField source="attempts" />
        <TextField source="lastError" emptyText="—" />
        <TextField source="causeAction" emptyText="—" />
        <LocaleDateField source="createdAt" showTime />
        <LocaleDateField source="sentAt" showTime emptyText="—" />
        <TextBody source="textBody" />
      </SimpleShowLayout>
    </Show>
  );
}
