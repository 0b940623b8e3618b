import { lazy } from 'react';
import GavelOutlinedIcon from '@mui/icons-material/GavelOutlined';
import type { GdprRequestListRow } from './gdprApi';

export default {
  list: lazy(() => import('./GdprRequestList').then((module) => ({ default: module.GdprRequestList }))),
  show: lazy(() => import('./GdprRequestShow').then((module) => ({ default: module.GdprRequestShow }))),
  create: lazy(() => import('./GdprRequestCreate').then((module) => ({ default: module.GdprRequestCreate }))),
  icon: GavelOutlinedIcon,
  recordRepresentation: (request: GdprRequestListRow) => request.reference,
};
