import type { TranslateFunction as Translate } from 'react-admin';

/**
 * The readable name of an audit action (i18n/audit-actions.ts). An action recorded by a newer
 * server than this UI still reads as words ("gdpr.lift_restriction" → "Gdpr: lift restriction").
 */
export const actionLabel = (translate: Translate, action: string) => translate(`guichet.audit.actions.${action}`, { _: wordsOfCode(action) });

function wordsOfCode(code: string): string {
  const [area = '', verb = ''] = code.split('.');
  const words = (text: string) => text.replace(/[_-]+/g, ' ').trim();
  const title = words(area);
  return verb ? `${title.charAt(0).toUpperCase()}${title.slice(1)}: ${words(verb)}` : words(code);
}

/** Who did it: the staff member's name and role, or "System" for the console's own work. */
export function actorLabel(translate: Translate, entry: { actorName: string | null; actorRole: string | null; actorId: number | null }) {
  if (entry.actorId === null) return translate('guichet.audit.system');
  const role = entry.actorRole ? translate(`guichet.audit.roles.${entry.actorRole}`, { _: entry.actorRole }) : '';
  return `${entry.actorName ?? `#${entry.actorId}`}${role ? ` (${role})` : ''}`;
}

/** `/audit-log?filter=...`: the audit list opened on a filter. */
export const auditListPath = (filter: Record<string, unknown>) => `/audit-log?filter=${encodeURIComponent(JSON.stringify(filter))}`;
