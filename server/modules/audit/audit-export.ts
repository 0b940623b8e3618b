import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
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

// SQLite writes the cells and joins the lines (audit.repository.ts, `exportBatchBelow`): a million
// rows never become a million JavaScript arrays and strings. A cell starting with one of the
// characters below is a formula to a spreadsheet (CSV injection, OWASP): it gets a leading quote
// mark. A cell holding a quote, comma or line break is quoted, its quotes doubled; others are not.
const formulaStart = `substr(%, 1, 1) IN ('=', '+', '-', '@', char(9), char(13))`;
const needsQuotes = `(instr(%, '"') OR instr(%, ',') OR instr(%, char(13)) OR instr(%, char(10)))`;
const textCell = (column: string) =>
  `CASE WHEN % IS NULL THEN '' WHEN ${needsQuotes} THEN '"' || CASE WHEN ${formulaStart} THEN '''' ELSE '' END || replace(%, '"', '""') || '"'
   WHEN ${formulaStart} THEN '''' || % ELSE % END`.replaceAll('%', column);
/**
 * A cell the server itself writes from its own vocabulary: ids, ISO times, roles, action and target
 * codes, hex hashes. None can hold a quote, comma or line break or start like a formula, so none is
 * checked (checking them cost ~40 % of the export's time); what people type is, above.
 */
const codeCell = (column: string) => `coalesce(${column}, '')`;

/** One CSV line per entry, in `csvHeader` order, as an SQL expression over the export's columns. */
const csvLine = [
  codeCell('id'),
  codeCell('at'),
  codeCell('actor_id'),
  textCell('actor_name'),
  codeCell('actor_role'),
  codeCell('action'),
  codeCell('target_type'),
  textCell('target_id'),
  codeCell('customer_id'),
  textCell('customer_handle'),
  textCell('ticket_ref'),
  textCell('reason'),
  textCell('details'),
  `CASE WHEN has_personal THEN 'yes' ELSE 'no' END`,
  codeCell('hash'),
].join(` || ',' || `);

interface ExportRequest {
  repository: AuditRepository;
  selection: AuditSelection | null;
  res: Response;
  filename: string;
}

/**
 * Streams the selection as CSV: one chunk of text per keyset batch (~1 MB), pulled by the response
 * through `pipeline`, which waits for 'drain' itself and stops the batches when the client goes
 * away (a listener per wait used to pile up on the response). Resolves with the rows sent.
 */
export async function streamAuditCsv({ repository, selection, res, filename }: ExportRequest): Promise<number> {
  let rows = 0;
  function* chunks(): Generator<string> {
    yield `\uFEFF${csvHeader.join(',')}\r\n`;
    if (!selection) return;
    let below = selection.hiId + 1;
    for (;;) {
      const batch = repository.exportBatchBelow(selection, below, batchSize, csvLine);
      if (batch.rows === 0 || batch.lastId === null) return;
      rows += batch.rows;
      below = batch.lastId;
      yield `${batch.text ?? ''}\r\n`;
    }
  }
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  try {
    // A batch is read only when the response has room for it: memory holds about one batch.
    await pipeline(Readable.from(chunks(), { objectMode: false, highWaterMark: 1 << 20 }), res);
  } catch (error) {
    // The client went away mid-download: the export stops there, there is no one to answer.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
  return rows;
}
