import type { Identifier } from 'react-admin';
import type { AuditDetail } from '../../../../server/modules/audit/audit-view';
import type { CheckpointRow } from '../../../../server/modules/audit/checkpoints.repository';
import type { ExportCheck } from '../../../../server/modules/audit/checkpoints.service';
import type { VerifyReport } from '../../../../server/modules/audit/verification';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';

// The audit log's non-CRUD calls. Errors reject with react-admin's HttpError (`message` from the server).

/** Personal values of one entry; the server records the reveal before answering. */
export async function revealAuditEntry(id: Identifier): Promise<AuditDetail> {
  const { json } = await httpClient(`${apiUrl}/audit-log/${encodeURIComponent(String(id))}/reveal`, { method: 'POST', body: '{}' });
  return json as AuditDetail;
}

export async function verifyAuditChain(mode: 'checkpoint' | 'full'): Promise<VerifyReport> {
  const { json } = await httpClient(`${apiUrl}/audit-log/verify?mode=${mode}`);
  return json as VerifyReport;
}

export async function signCheckpoint(): Promise<CheckpointRow> {
  const { json } = await httpClient(`${apiUrl}/audit-checkpoints`, { method: 'POST', body: '{}' });
  return json as CheckpointRow;
}

export async function checkCheckpointFile(text: string): Promise<ExportCheck> {
  const { json } = await httpClient(`${apiUrl}/audit-checkpoints/check`, { method: 'POST', body: text });
  return json as ExportCheck;
}

export const checkpointExportUrl = (id: Identifier) => `${apiUrl}/audit-checkpoints/${encodeURIComponent(String(id))}/export`;
