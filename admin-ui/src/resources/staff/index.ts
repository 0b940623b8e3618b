import { lazy } from 'react';
import BadgeIcon from '@mui/icons-material/Badge';
import type { StaffMember } from '../../../../server/modules/staff/staff.repository';

export default {
  list: lazy(() => import('./StaffList').then((module) => ({ default: module.StaffList }))),
  create: lazy(() => import('./StaffCreate').then((module) => ({ default: module.StaffCreate }))),
  edit: lazy(() => import('./StaffEdit').then((module) => ({ default: module.StaffEdit }))),
  icon: BadgeIcon,
  recordRepresentation: (member: StaffMember) => member.displayName,
};
