import type { ChipProps } from '@mui/material';
import type { CustomerState } from '../../../../db/schema/customers';

// Erased is deliberately grey: nothing can be done with it any more.
export const stateColors: Record<CustomerState, ChipProps['color']> = {
  active: 'success',
  suspended: 'warning',
  erased: 'default',
};
