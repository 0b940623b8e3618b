import { z } from 'zod';
import { staffRoles } from '../../../db/schema/staff.js';
import { filterText, listContract } from '../../http/list-query.js';

const displayName = z.string().trim().min(2, 'At least 2 characters').max(100);
// ASVS 5 V6.2: at least 8 characters, no composition rules; we ask for 12 for staff accounts.
export const newPassword = z.string().min(12, 'At least 12 characters').max(256);

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid e-mail address' }));

/** The admin invites: no password, the person sets theirs through a one-time link. */
export const createStaffBody = z.object({ email, displayName, role: z.enum(staffRoles) }).strict();

/** `npm run staff:create` (the first administrator of a console): the operator types the password. */
export const createStaffFromCliBody = z.object({ email, displayName, role: z.enum(staffRoles), password: newPassword }).strict();

export const updateStaffBody = z
  .object({
    displayName: displayName.optional(),
    role: z.enum(staffRoles).optional(),
    isActive: z.boolean().optional(),
    version: z.number().int().positive(),
  })
  // react-admin PUTs the whole record back: read-only fields are accepted and ignored.
  .extend({
    id: z.unknown().optional(),
    email: z.unknown().optional(),
    lockedUntil: z.unknown().optional(),
    failedLogins: z.unknown().optional(),
    twoFactorEnabled: z.unknown().optional(),
    hasPassword: z.unknown().optional(),
    pendingApprovals: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();

export type CreateStaffBody = z.infer<typeof createStaffBody>;
export type CreateStaffFromCliBody = z.infer<typeof createStaffFromCliBody>;
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;

const filters = { q: filterText.optional(), role: z.enum(staffRoles).optional(), isActive: z.boolean().optional() };
export const staffListContract = listContract({
  resource: 'staff',
  sortFields: ['id', 'email', 'displayName', 'role', 'createdAt'],
  defaultSort: ['id', 'ASC'],
  filters,
});
export type StaffListFilter = z.infer<z.ZodObject<typeof filters>>;
