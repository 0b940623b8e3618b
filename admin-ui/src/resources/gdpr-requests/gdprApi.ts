import type { Identifier } from 'react-admin';
import type { Blocker } from '../../../../server/modules/blocked-actions/blocked-actions';
import type { GdprRequestListRow, GdprRequestView } from '../../../../server/modules/gdpr/gdpr.service';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';
import { en } from './i18n';

export type { GdprRequestListRow, GdprRequestView };
export type GdprAction =
  'link' | 'await-identity' | 'verify-identity' | 'extend' | 'access-report' | 'portability-export' | 'restrict' | 'rectify' | 'complete' | 'refuse' | 'erase';

const base = (id: Identifier) => `${apiUrl}/gdpr-requests/${encodeURIComponent(String(id))}`;

// The request's steps are POSTs on the record (server/modules/gdpr/gdpr.routes.ts); each answers the request as it is now.
export const gdprApi = {
  act: async (id: Identifier, action: GdprAction, body: object) =>
    (await httpClient(`${base(id)}/${action}`, { method: 'POST', body: JSON.stringify(body) })).json as GdprRequestView,
  eligibility: async (id: Identifier) => (await httpClient(`${base(id)}/erasure-eligibility`)).json as { eligible: boolean; blockers: Blocker[] },
  /** A plain link: the browser downloads with the session cookie; the server audits each download. */
  fileUrl: (id: Identifier, fileId: number) => `${base(id)}/files/${fileId}`,
};

/** 2026-03-02 → the calendar day in the reader's language (a deadline is a day, not an instant). */
export const formatDay = (iso: string | null | undefined, locale: string) =>
  iso ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)) : '—';

/** Select choices from the English labels, which are typed against the server's enums (i18n.ts). */
export const gdprChoices = (enumName: keyof typeof en.guichet.enums) =>
  Object.keys(en.guichet.enums[enumName]).map((id) => ({ id, name: `guichet.enums.${enumName}.${id}` }));
