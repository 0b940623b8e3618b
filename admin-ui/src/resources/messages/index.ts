import { lazy } from 'react';
import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import type { MessageRecord as Message } from '../../../../server/modules/messages/messages.schemas';

export default {
  list: lazy(() => import('./MessageList').then((module) => ({ default: module.MessageList }))),
  show: lazy(() => import('./MessageShow').then((module) => ({ default: module.MessageShow }))),
  icon: EmailOutlinedIcon,
  // A message is rendered after its cause commits: until then it has no subject yet.
  recordRepresentation: (message: Message) => message.subject ?? message.template,
};
