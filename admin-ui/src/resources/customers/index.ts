import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';
import type { CustomerView as Customer } from '../../../../server/modules/customers/customers.service';

// Screens load on first visit so the sign-in page stays light.
export default {
  list: lazy(() => import('./CustomerList').then((module) => ({ default: module.CustomerList }))),
  show: lazy(() => import('./CustomerShow').then((module) => ({ default: module.CustomerShow }))),
  icon: PeopleIcon,
  recordRepresentation: (customer: Customer) => customer.nicHandle,
};

/** `#/customers/handle/:handle` opens the account a NIC-handle names (delegated contacts link there). */
export const CustomerByHandle = lazy(() => import('./CustomerByHandle').then((module) => ({ default: module.CustomerByHandle })));
