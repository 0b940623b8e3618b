import { z } from 'zod';
import { staffRoles } from '../../../db/schema/staff.js';
import { filterText, type ListContract } from '../../http/list-query.js';

const displayName = z.string().trim().min(2, 'At least 2 characters').max(100);
// ASVS 5 V6.2: at least 8 characters, no composition rules; we ask for 12 for staff accounts.
const password = z.string().min(12, 'At least 12 characters').max(256);

export const createStaffBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: 'Enter a valid e-mail address' })),
    displayName,
    role: z.enum(staffRoles),
    password,
  })
  .strict();

export const updateStaffBody = z
  .object({
    displayName: displayName.optional(),
    role: z.enum(staffRoles).optional(),
    isActive: z.boolean().optional(),
    password: password.optional(),
    version: z.number().int().positive(),
  })
  // react-admin PUTs the whole record back: read-only fields are accepted and ignored.
  .extend({
    id: z.unknown().optional(),
    email: z.unknown().optional(),
    lockedUntil: z.unknown().optional(),
    createdAt: z.unknown().optional(),
    updatedAt: z.unknown().optional(),
  })
  .strict();

export type CreateStaffBody = z.infer<typeof createStaffBody>;
export type UpdateStaffBody = z.infer<typeof updateStaffBody>;

const filters = { q: filterText.optional(), role: z.enum(staffRoles).optional(), isActive: z.boolean().optional() };
export const staffListContract: ListContract<typeof filters> = {
  resource: 'staff',
  sortFields: ['id', 'email', 'displayName', 'role', 'createdAt'],
  defaultSort: ['id', 'ASC'],
  filters,
};
export type StaffListFilter = z.infer<z.ZodObject<typeof filters>>;
