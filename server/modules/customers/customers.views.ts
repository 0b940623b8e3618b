import { createSelectSchema } from 'drizzle-zod';
import { z } from 'zod';
import { customers } from '../../../db/schema/customers.js';
import { documentedAs, viewSchema } from '../../http/views.js';
import { blockedActionsSchema } from '../blocked-actions/blocked-actions.js';
import type { ExactMatch } from './customers.repository.js';
import type { CustomerListView, CustomerView } from './customers.service.js';

// The customer as the API sends it, for the OpenAPI document: the table's row (drizzle-zod) without
// its search keys, with the fields the service adds. Each schema is checked against the view's type.

const visibleColumns = createSelectSchema(customers).omit({ lastNameKey: true, firstNameKey: true, organisationKey: true });

export const customerListRow = documentedAs(
  'CustomerListRow',
  viewSchema<CustomerListView>()(
    visibleColumns.extend({
      displayName: z.string(),
      hasUnpaidInvoice: z.boolean(),
      /** Found through its backup e-mail alone: the list says which address matched. */
      matchedBackupEmail: z.boolean(),
      customerCode: z.string().describe('Formatted 0123-45-67'),
    }),
  ),
);

export const customerRecord = documentedAs('Customer', viewSchema<CustomerView>()(customerListRow.extend({ blockedActions: blockedActionsSchema })));

export const exactMatch = viewSchema<ExactMatch>()(z.object({ id: z.number().int(), nicHandle: z.string(), throughBackupEmail: z.boolean() }));
