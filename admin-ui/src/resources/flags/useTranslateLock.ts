import { useTranslate } from 'react-admin';
import type { Blocker } from '../../../../server/modules/blocked-actions/blocked-actions';
import { useTranslateServerMessage } from '../../common/apiErrors';

/** A blocker in the reader's language; the flag lock names its flag (the blocker carries its number). */
export function useTranslateLock() {
  const translate = useTranslate();
  const translateServerMessage = useTranslateServerMessage();
  return (blocker: Blocker) => {
    const flagId = blocker.params?.flagId;
    if (blocker.code === 'flags.open_high_severity' && flagId !== undefined) return translate('guichet.flags.lock_named', { id: flagId });
    return translateServerMessage(blocker);
  };
}
