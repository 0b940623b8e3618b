import type { ChipProps } from '@mui/material';
import type { MessageStatus } from '../../../../db/schema/messages';

export const messageStatusColors: Record<MessageStatus, ChipProps['color']> = {
  queued: 'info',
  sent: 'success',
  failed: 'error',
};
