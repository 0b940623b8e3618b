import type { TranslateFunction as Translate } from 'react-admin';

/** The readable name of an audit action; the raw name when no capability labelled it. */
export const actionLabel = (translate: Translate, action: string) => translate(`guichet.audit.actions.${action}`, { _: action });

/** Who did it: the staff member's name and role, or "System" for the console's own work. */
export function actorLabel(translate: Translate, entry: { actorName: string | null; actorRole: string | null; actorId: number | null }) {
  if (entry.actorId === null) return translate('guichet.audit.system');
  const role = entry.actorRole ? translate(`guichet.audit.roles.${entry.actorRole}`, { _: entry.actorRole }) : '';
  return `${entry.actorName ?? `#${entry.actorId}`}${role ? ` (${role})` : ''}`;
}

/** `/audit-log?filter=...`: the audit list opened on a filter. */
export const auditListPath = (filter: Record<string, unknown>) => `/audit-log?filter=${encodeURIComponent(JSON.stringify(filter))}`;
