import { lazy } from 'react';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import type { AuditListRow } from '../../../../server/modules/audit/audit-view';

export default {
  list: lazy(() => import('./AuditLogList').then((module) => ({ default: module.AuditLogList }))),
  show: lazy(() => import('./AuditLogShow').then((module) => ({ default: module.AuditLogShow }))),
  icon: HistoryEduIcon,
  recordRepresentation: (entry: AuditListRow) => `#${entry.id} ${entry.action}`,
};

/** The chain page: verification, signed checkpoints, exported checkpoint files checked. */
export const auditChain = {
  list: lazy(() => import('./AuditChainPage').then((module) => ({ default: module.AuditChainPage }))),
  icon: VerifiedUserIcon,
};
