import type { Identifier } from 'react-admin';
import type { RaiseFlagBody, ResolveFlagBody, SecurityAdviceBody, TriageFlagBody } from '../../../../server/modules/flags/flags.schemas';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';

// The flag actions that are not CRUD: POSTs on the record (server/modules/flags/flags.routes.ts).

const post = async (path: string, body: unknown) => (await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

export const flagApi = {
  triage: (id: Identifier, body: TriageFlagBody) => post(`/flags/${id}/triage`, body),
  resolve: (id: Identifier, body: ResolveFlagBody) => post(`/flags/${id}/resolve`, body),
  addNote: (id: Identifier, text: string) => post(`/flags/${id}/notes`, { text }),
  raise: (body: RaiseFlagBody) => post('/flags', body),
  sendSecurityAdvice: (customerId: Identifier, body: SecurityAdviceBody) => post(`/customers/${customerId}/send-security-advice`, body),
  assignees: async () => (await httpClient(`${apiUrl}/flags/assignees`)).json as { id: number; displayName: string; role: string }[],
};
