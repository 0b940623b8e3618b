import type { GdprChannel, GdprRight, GdprStatus } from '../../../db/schema/gdpr.js';

/** How the requester's identity was established (SPEC §4.5: proportionate to the channel). */
export const identityMethods = ['signed_in_account', 'reply_from_primary_email', 'callback_on_file_phone', 'id_document'] as const;
export type IdentityMethod = (typeof identityMethods)[number];

/**
 * A request from the signed-in account or its primary address needs less than one from elsewhere:
 * an e-mail from an unknown address must be confirmed from the primary address or backed by an
 * identity document; an (unsigned) letter needs an identity document.
 */
export const identityMethodsByChannel: Record<GdprChannel, readonly IdentityMethod[]> = {
  web_form: ['signed_in_account', 'reply_from_primary_email', 'id_document'],
  email_primary: ['reply_from_primary_email', 'callback_on_file_phone', 'id_document'],
  email_other: ['reply_from_primary_email', 'id_document'],
  post: ['id_document'],
};

export const closedStatuses: readonly GdprStatus[] = ['completed', 'refused'];
export const isClosed = (status: GdprStatus) => closedStatuses.includes(status);

/** Rights whose fulfilment discloses or changes data: identity must be verified first. */
export const needsIdentity = (_right: GdprRight) => true;

/** What completing a request of each right requires (besides a verified identity). */
export const completionNeeds: Record<GdprRight, 'access_report' | 'portability_export' | 'restricted' | 'erasure' | null> = {
  access: 'access_report',
  portability: 'portability_export',
  restriction: 'restricted',
  objection: 'restricted',
  rectification: null,
  erasure: 'erasure',
};

/** Extension: one, of 1 or 2 further months (Art. 12(3)). */
export const extensionMonthChoices = [1, 2] as const;
