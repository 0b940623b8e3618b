import { z } from 'zod';
import { gdprChannels, gdprRequests, gdprRights, gdprStatuses } from '../../../db/schema/gdpr.js';
import { reason, ticketRef } from '../../http/fields.js';
import { recordId } from '../../http/list-query.js';
import { accountRecords, listContractOf } from '../account-records/account-records.definitions.js';
import { extensionMonthChoices, identityMethods } from './gdpr.rules.js';

const version = z.number({ error: 'The record version you saw is required' }).int().positive();
const optionalText = (max: number) => z.string().trim().max(max).optional();

export const intakeBody = z
  .object({
    right: z.enum(gdprRights, { error: 'Choose the right exercised' }),
    channel: z.enum(gdprChannels, { error: 'Choose how the request arrived' }),
    receivedOn: z.iso.date({ error: 'The date received is required (YYYY-MM-DD)' }),
    requesterName: z.string().trim().min(2, 'Enter the requester’s name').max(200),
    requesterEmail: z.email({ error: 'Not a valid e-mail address' }).trim().toLowerCase().max(254).optional(),
    requesterAddress: optionalText(500),
    language: z.enum(['fr', 'en']).default('fr'),
    customerId: recordId.optional(),
    details: optionalText(4000),
    ticketRef,
  })
  .strict()
  .refine((body) => body.requesterEmail || body.requesterAddress, {
    path: ['requesterEmail'],
    message: 'Give an e-mail or a postal address to answer the requester',
  });
export type IntakeBody = z.infer<typeof intakeBody>;

export const linkBody = z.object({ customerId: recordId, version }).strict();
export const versionBody = z.object({ version }).strict();
export const verifyIdentityBody = z
  .object({ method: z.enum(identityMethods, { error: 'Choose how identity was verified' }), note: optionalText(1000), version })
  .strict();
export const extendBody = z
  .object({
    months: z.union(extensionMonthChoices.map((m) => z.literal(m)) as [z.ZodLiteral<1>, z.ZodLiteral<2>], { error: 'Extend by 1 or 2 months' }),
    reason,
    version,
  })
  .strict();
export const refuseBody = z.object({ reason, version }).strict();
export const completeBody = z.object({ note: optionalText(2000), version }).strict();
export const eraseBody = z.object({ confirmHandle: z.string().trim().min(1, 'Type the NIC-handle to confirm').max(64), version }).strict();
export const restrictBody = z.object({ restricted: z.boolean(), version }).strict();

const requiredText = (max: number, message: string) => z.string().trim().min(1, message).max(max);
const clearableText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();
/** The account's fields a data subject may have corrected (Art. 16); e-mails have their own procedures. */
export const rectifiableFields = z
  .object({
    firstName: requiredText(100, 'The first name cannot be empty'),
    lastName: requiredText(100, 'The last name cannot be empty'),
    organisation: clearableText(200),
    addressLine1: requiredText(200, 'The address cannot be empty'),
    addressLine2: clearableText(200),
    postalCode: requiredText(20, 'The postal code cannot be empty'),
    city: requiredText(100, 'The city cannot be empty'),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, 'A two-letter country code'),
    phone: clearableText(40),
  })
  .partial()
  .strict();
export type RectifiableFields = z.infer<typeof rectifiableFields>;
export const rectifyBody = z
  .object({ changes: rectifiableFields, version, customerVersion: version })
  .strict()
  .refine((body) => Object.keys(body.changes).length > 0, { path: ['changes'], message: 'Change at least one field' });
export type RectifyBody = z.infer<typeof rectifyBody>;

export type LinkBody = z.infer<typeof linkBody>;
export type VerifyIdentityBody = z.infer<typeof verifyIdentityBody>;
export type ExtendBody = z.infer<typeof extendBody>;
export type RefuseBody = z.infer<typeof refuseBody>;
export type CompleteBody = z.infer<typeof completeBody>;
export type RestrictBody = z.infer<typeof restrictBody>;

export const gdprRequestRecords = accountRecords({
  resource: 'gdpr-requests',
  table: gdprRequests,
  // Due date and days left sort by the stored applicable due date (closed pauses counted): the most
  // urgent first is the order a compliance officer works in.
  sortColumns: {
    id: gdprRequests.id,
    receivedOn: gdprRequests.receivedOn,
    status: gdprRequests.status,
    right: gdprRequests.right,
    effectiveDueOn: gdprRequests.clockDueOn,
    daysLeft: gdprRequests.clockDueOn,
  },
  defaultSort: ['effectiveDueOn', 'ASC'],
  filters: {
    customerId: { schema: recordId, column: gdprRequests.customerId },
    status: { schema: z.enum(gdprStatuses), column: gdprRequests.status },
    right: { schema: z.enum(gdprRights), column: gdprRequests.right },
    channel: { schema: z.enum(gdprChannels), column: gdprRequests.channel },
  },
});
/** Where a request stands against its clock (computed, not a column): the list filters on it through ids. */
export const dueFilters = ['open', 'overdue', 'due_soon', 'on_time'] as const;
export type DueFilter = (typeof dueFilters)[number];
const recordsContract = listContractOf(gdprRequestRecords);
export const gdprRequestListContract = { ...recordsContract, filters: { ...recordsContract.filters, due: z.enum(dueFilters).optional() } };
