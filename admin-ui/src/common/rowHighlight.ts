import { alpha, type Theme } from '@mui/material/styles';

/** Background for table rows an agent must notice (unpaid invoice, failed sign-in). */
export const alertRowSx = { bgcolor: (theme: Theme) => alpha(theme.palette.error.main, 0.08) };
