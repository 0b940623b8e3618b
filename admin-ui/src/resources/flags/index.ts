import { lazy } from 'react';
import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined';
import type { FlagRow } from '../../../../server/modules/flags/flags.repository';

export default {
  list: lazy(() => import('./FlagList').then((module) => ({ default: module.FlagList }))),
  show: lazy(() => import('./FlagShow').then((module) => ({ default: module.FlagShow }))),
  icon: ReportProblemOutlinedIcon,
  recordRepresentation: (flag: FlagRow) => `#${flag.id} ${flag.nicHandle}`,
};
