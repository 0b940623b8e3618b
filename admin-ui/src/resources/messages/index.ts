import { lazy } from 'react';
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import type { Message } from '../../types';

export default {
  list: lazy(() => import('./MessageList').then((module) => ({ default: module.MessageList }))),
  show: lazy(() => import('./MessageShow').then((module) => ({ default: module.MessageShow }))),
  icon: EmailOutlinedIcon,
  recordRepresentation: (message: Message) => message.subject,
};
