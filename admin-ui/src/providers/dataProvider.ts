import type { DataProvider, Identifier } from 'react-admin';
import { HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import { httpClient } from './httpClient';

export const apiUrl = '/api';

export interface ExactMatch {
  id: Identifier;
  nicHandle: string;
}

/** How the caller proved who they are (server: backup-email.schemas.ts); `other` needs a note. */
export type IdentityCheck = 'security_questions' | 'callback_on_file_phone' | 'sms_code_to_phone' | 'id_document_video' | 'other';

export interface PromoteBackupEmailBody {
  ticketRef: string;
  identityCheck: IdentityCheck;
  identityCheckNote?: string;
  reason: string;
  /** The customer version the agent saw: a newer one on the server answers 409. */
  version: number;
}

/** The simple-rest CRUD methods plus the console's non-CRUD actions (POSTs on a record). */
export interface GuichetDataProvider extends DataProvider {
  /** The account an exact handle / customer code / e-mail designates, or null when none does. */
  findExactCustomer(q: string): Promise<ExactMatch | null>;
  promoteBackupEmail(id: Identifier, body: PromoteBackupEmailBody): Promise<{ data: unknown }>;
}

const crud = simpleRestProvider(apiUrl, httpClient);

export const dataProvider: GuichetDataProvider = {
  ...crud,

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
    const { json } = await httpClient(`${apiUrl}/customers/${encodeURIComponent(String(id))}/promote-backup-email`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    return { data: json as unknown };
  },
};
