import type { ChipProps } from '@mui/material';
import type { MessageStatus } from '../../types';

export const messageStatusColors: Record<MessageStatus, ChipProps['color']> = {
  queued: 'info',
  sent: 'success',
  failed: 'error',
};
