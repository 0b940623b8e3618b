import { lazy } from 'react';
import MarkunreadMailboxOutlinedIcon from '@mui/icons-material/MarkunreadMailboxOutlined';
import type { ClaimView } from '../../../../server/modules/email-claims/email-claims.views';

export default {
  list: lazy(() => import('./ClaimList').then((module) => ({ default: module.ClaimList }))),
  show: lazy(() => import('./ClaimShow').then((module) => ({ default: module.ClaimShow }))),
  create: lazy(() => import('./ClaimCreate').then((module) => ({ default: module.ClaimCreate }))),
  icon: MarkunreadMailboxOutlinedIcon,
  recordRepresentation: (claim: ClaimView) => claim.reference,
};
