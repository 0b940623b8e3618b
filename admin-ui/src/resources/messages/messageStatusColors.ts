import type { ChipProps } from '@mui/material';

export const messageStatusColors: Record<string, ChipProps['color']> = {
  queued: 'info',
  sent: 'success',
  failed: 'error',
};
