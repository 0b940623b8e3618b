import type { DataProvider, GetListParams, GetListResult, Identifier, RaRecord } from 'react-admin';
import { HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { CustomerView as Customer } from '../../../server/modules/customers/customers.service';
import type { MessageRecord as Message } from '../../../server/modules/messages/messages.schemas';
import type { PromoteBody } from '../../../server/modules/backup-email/backup-email.schemas';
import type { CustomerSummary } from '../../../server/modules/customer-summary/customer-summary';
import type { ExactMatch } from '../../../server/modules/customers/customers.repository';
import { httpClient } from './httpClient';

import type { StaffActionResult } from '../../../server/modules/staff/staff.service';
import type { StaffApproval } from '../../../server/modules/staff-approvals/staff-approvals.repository';
import type { IssuedLink } from '../../../server/modules/staff-links/staff-links.service';

export type DecidedApproval = StaffApproval & { issuedLink?: IssuedLink | null; linkMailed?: boolean };

export const apiUrl = '/api';

export type { ExactMatch };

/** The simple-rest CRUD methods plus the console's non-CRUD actions (POSTs on a record). */
export interface GuichetDataProvider extends DataProvider {
  /** The account an exact handle / customer code / e-mail designates, or null when none does. */
  findExactCustomer(q: string): Promise<ExactMatch | null>;
  /** SPEC §4.3; answers the updated customer. Errors carry `{ code, message, errors? }` in `body`. */
  promoteBackupEmail(id: Identifier, body: PromoteBody): Promise<{ data: Customer }>;
  /** The facts of the customer page's summary strip (server/modules/customer-summary). */
  getCustomerSummary(id: Identifier): Promise<ReturnType<CustomerSummary['get']>>;
  /** An admin's action on a staff account: a link shown once, or a request now awaiting approval. */
  staffAction(id: Identifier, action: 'reset-password' | 'reset-two-factor' | 'unlock'): Promise<{ data: StaffActionResult }>;
  /** A lead or compliance officer decides a pending request (approving may prompt for re-authentication). */
  decideStaffApproval(id: Identifier, decision: 'approve' | 'reject'): Promise<{ data: DecidedApproval }>;
  /** Public: the person sets their own password through a one-time link. */
  setPasswordWithLink(token: string, password: string): Promise<void>;
  /** Puts a failed message back in the delivery queue; answers the message as it is now. */
  retryMessage(id: Identifier): Promise<{ data: Message }>;
}

function recordActionUrl(resource: string, id: Identifier, action: string): string {
  return `${apiUrl}/${resource}/${encodeURIComponent(String(id))}/${action}`;
}

const crud = simpleRestProvider(apiUrl, httpClient);

/**
 * A broad search is not counted to the end (docs/SEARCH.md): the server sends a lower bound and
 * `X-Total-Capped: true`. Showing "1-25 of 100" would then be false, so such a page is handed to
 * react-admin as partial pagination (previous/next, no "of N").
 */
async function getList<RecordType extends RaRecord>(resource: string, params: GetListParams): Promise<GetListResult<RecordType>> {
  let isCapped = false;
  const noticingCap: typeof httpClient = async (url, options) => {
    const response = await httpClient(url, options);
    isCapped = response.headers.get('X-Total-Capped') === 'true';
    return response;
  };
  const result = await simpleRestProvider(apiUrl, noticingCap).getList<RecordType>(resource, params);
  if (!isCapped) return result;
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  return { data: result.data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: (result.total ?? 0) > page * perPage } };
}

export const dataProvider: GuichetDataProvider = {
  ...crud,
  getList,

  async findExactCustomer(q) {
    try {
      const { json } = await httpClient(`${apiUrl}/customers/find-exact?q=${encodeURIComponent(q)}`);
      return json as ExactMatch;
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return null;
      throw error;
    }
  },

  async promoteBackupEmail(id, body) {
    const { json } = await httpClient(recordActionUrl('customers', id, 'promote-backup-email'), {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return { data: json as Customer };
  },

  async getCustomerSummary(id) {
    const { json } = await httpClient(recordActionUrl('customers', id, 'summary'));
    return json as ReturnType<CustomerSummary['get']>;
  },

  async staffAction(id, action) {
    const { json } = await httpClient(recordActionUrl('staff', id, action), { method: 'POST' });
    return { data: json as StaffActionResult };
  },

  async decideStaffApproval(id, decision) {
    const { json } = await httpClient(recordActionUrl('staff-approvals', id, decision), { method: 'POST' });
    return { data: json as DecidedApproval };
  },

  async setPasswordWithLink(token, password) {
    await httpClient(`${apiUrl}/auth/set-password`, { method: 'POST', body: JSON.stringify({ token, password }) });
  },

  async retryMessage(id) {
    const { json } = await httpClient(recordActionUrl('messages', id, 'retry'), { method: 'POST' });
    return { data: json as Message };
  },
};
