import { z } from 'zod';
import { customerStates, legalForms } from '../../../db/schema/customers.js';
import { filterSince, filterUntil, filterText, listContract } from '../../http/list-query.js';

const filters = {
  q: filterText.optional(),
  state: z.enum(customerStates).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'two-letter country code')
    .optional(),
  legalForm: z.enum(legalForms).optional(),
  hasBackupEmail: z.boolean().optional(),
  hasUnpaidInvoice: z.boolean().optional(),
  newBackupRequired: z.boolean().optional(),
  createdAt_gte: filterSince.optional(),
  createdAt_lte: filterUntil.optional(),
};

export const customerListContract = listContract({
  resource: 'customers',
  sortFields: ['id', 'nicHandle', 'lastName', 'name', 'createdAt', 'country', 'state'],
  defaultSort: ['id', 'ASC'],
  filters,
});
export type CustomerListFilter = z.infer<z.ZodObject<typeof filters>>;

export const findExactQuery = z.object({ q: z.string().trim().min(1, 'Type a NIC-handle, customer code or e-mail').max(200) }).strict();
