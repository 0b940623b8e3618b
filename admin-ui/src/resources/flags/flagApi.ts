import type { Identifier } from 'react-admin';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';

// The flag actions that are not CRUD: POSTs on the record (server/modules/flags/flags.routes.ts).

const post = async (path: string, body: unknown) => (await httpClient(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;

export const flagApi = {
  triage: (id: Identifier, body: { assigneeId?: number | null; severity?: string; note?: string; version: number }) => post(`/flags/${id}/triage`, body),
  resolve: (id: Identifier, body: { resolution: string; note: string; version: number }) => post(`/flags/${id}/resolve`, body),
  addNote: (id: Identifier, text: string) => post(`/flags/${id}/notes`, { text }),
  raise: (body: { customerId: number; kind: string; severity: string; note: string; ticketRef: string }) => post('/flags', body),
  sendSecurityAdvice: (customerId: Identifier, body: { ticketRef: string; flagId?: number }) => post(`/customers/${customerId}/send-security-advice`, body),
  assignees: async () => (await httpClient(`${apiUrl}/flags/assignees`)).json as { id: number; displayName: string; role: string }[],
};
