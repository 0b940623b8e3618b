import { lazy } from 'react';
import FactCheckIcon from '@mui/icons-material/FactCheck';

export default {
  list: lazy(() => import('./ReviewQueueList').then((module) => ({ default: module.ReviewQueueList }))),
  icon: FactCheckIcon,
};
