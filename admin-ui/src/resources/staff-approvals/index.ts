import { lazy } from 'react';
import HowToRegIcon from '@mui/icons-material/HowToReg';

export default {
  list: lazy(() => import('./StaffApprovalList').then((module) => ({ default: module.StaffApprovalList }))),
  icon: HowToRegIcon,
};
