import { z } from 'zod';
import { staffRoles, staffTokenPurposes } from '../../../db/schema/staff.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import type { IssuedLink } from '../staff-links/staff-links.service.js';
import type { StaffMember } from './staff.repository.js';
import type { StaffActionResult } from './staff.service.js';

// Staff accounts as the API sends them, for the OpenAPI document; each schema checked against its view's type.

export const staffMemberSchema = documentedAs(
  'StaffMember',
  viewSchema<StaffMember>()(
    z.object({
      id: z.number().int(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(staffRoles),
      isActive: z.boolean(),
      lockedUntil: z.string().nullable(),
      failedLogins: z.number().int(),
      twoFactorEnabled: z.boolean(),
      hasPassword: z.boolean(),
      pendingApprovals: z.string().nullable(),
      createdAt: z.string(),
      updatedAt: z.string(),
      version: z.number().int(),
    }),
  ),
);

/** A one-time link to set a password, shown once to the admin (or mailed). */
export const issuedLinkSchema = viewSchema<IssuedLink>()(z.object({ link: z.string(), expiresAt: z.string(), isMailed: z.boolean() }));

export const staffActionResultSchema = documentedAs(
  'StaffActionResult',
  viewSchema<StaffActionResult>()(staffMemberSchema.extend({ issuedLink: issuedLinkSchema.optional(), approvalRequested: z.string().optional() })),
);

/** A name for history lines ("changed by Alice Agent"): id and display name only. */
export const staffNameSchema = viewSchema<{ id: number; displayName: string }>()(z.object({ id: z.number().int(), displayName: z.string() }));

export const passwordSetSchema = viewSchema<{ purpose: (typeof staffTokenPurposes)[number] }>()(z.object({ purpose: z.enum(staffTokenPurposes) }));
