import { once } from 'node:events';
import type { Response } from 'express';
import type { Database_ } from '../../../db/client.js';
import type { AuditSelection, AuditRepository } from './audit.repository.js';

// The CSV export of a filtered selection (SPEC §4.7), streamed newest first in keyset batches:
// memory holds one batch whatever the selection's size, and no statement stays open while the
// client reads. Personal values are not exported (they are revealed one entry at a time, audited).

export const csvHeader = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'target_type',
  'target_id',
  'customer_id',
  'customer_handle',
  'ticket_ref',
  'reason',
  'details',
  'has_personal',
  'hash',
];

const batchSize = 5000;
const needsQuotes = /[",\r\n]/;
// A cell starting with one of these is a formula to a spreadsheet (CSV injection, OWASP): it gets a leading quote mark.
const formulaStart = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  // SQLite hands back text or numbers here; anything else would be a bug, shown rather than lost.
  let text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

interface ExportRequest {
  database: Database_;
  repository: AuditRepository;
  selection: AuditSelection | null;
  res: Response;
  filename: string;
}

export async function streamAuditCsv({ database, repository, selection, res, filename }: ExportRequest): Promise<number> {
  const staffNames = new Map(
    database.sqlite
      .prepare<[], [number, string]>('SELECT id, display_name FROM staff')
      .raw()
      .all()
      .map(([id, name]) => [id, name] as const),
  );
  const handles = database.sqlite
    .prepare<[string], [number, string]>('SELECT id, nic_handle FROM customers WHERE id IN (SELECT value FROM json_each(?))')
    .raw();
  let closed = false;
  res.on('close', () => (closed = true));
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.write(`\uFEFF${csvHeader.join(',')}\r\n`);
  let below = selection ? selection.hiId + 1 : 0;
  let rows = 0;
  while (selection && !closed) {
    const batch = repository.batchBelow(selection, below, batchSize);
    if (batch.length === 0) break;
    const customerIds = [...new Set(batch.map((row) => row[7]).filter((id) => id !== null))];
    const handleOf = new Map(customerIds.length > 0 ? handles.all(JSON.stringify(customerIds)) : []);
    let chunk = '';
    for (const [id, at, actorId, actorRole, action, targetType, targetId, customerId, ticketRef, reason, details, personal, , hash] of batch) {
      const actorName = actorId === null ? '' : staffNames.get(actorId as number);
      const handle = customerId === null ? '' : handleOf.get(customerId as number);
      chunk += `${cell(id)},${cell(at)},${cell(actorId)},${cell(actorName)},${cell(actorRole)},${cell(action)},${cell(targetType)},${cell(targetId)},${cell(customerId)},${cell(handle)},${cell(ticketRef)},${cell(reason)},${cell(details)},${personal === null ? 'no' : 'yes'},${cell(hash)}\r\n`;
    }
    rows += batch.length;
    below = batch[batch.length - 1]![0] as number;
    if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
  }
  res.end();
  return rows;
}
