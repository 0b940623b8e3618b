import type { ChipProps } from '@mui/material';

export const severityColors: Record<string, ChipProps['color']> = { high: 'error', medium: 'warning', low: 'default' };
export const statusColors: Record<string, ChipProps['color']> = { open: 'error', investigating: 'warning', resolved: 'success' };
