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

/** Rows per batch (~1 MB of text): one statement per batch, whose fixed cost smaller batches repeat. */
const batchSize = 4000;

// SQLite writes the cells and the lines (audit.repository.ts, `exportBatchBelow`): a million rows
// never become a million JavaScript arrays. A cell starting with one of the characters below is a
// formula to a spreadsheet (CSV injection, OWASP): it gets a leading quote mark. A cell holding a
// quote, comma or line break is quoted, its quotes doubled; others are written as they are. Most
// cells need neither, so the common case is one GLOB pass and one code-point test per cell (four
// instr() and a substr() before).
const formulaStart = `unicode(%) IN (61, 43, 45, 64, 9, 13)`; // = + - @ TAB CR
const needsQuotes = `% GLOB '*[",\r\n]*'`; // a real CR and LF inside the SQL literal
const textCell = (column: string) =>
  `CASE WHEN ${needsQuotes} THEN '"' || CASE WHEN ${formulaStart} THEN '''' ELSE '' END || replace(%, '"', '""') || '"'
   WHEN ${formulaStart} THEN '''' || % ELSE ifnull(%, '') END`.replaceAll('%', column);
/**
 * A cell the server itself writes from its own vocabulary: ids, ISO times, roles, action and target
 * codes, hex hashes. None can hold a quote, comma or line break or start like a formula, so none is
 * checked (checking them cost ~40 % of the export's time); what people type is, above.
 */
const codeCell = (column: string) => `ifnull(${column}, '')`;

/**
 * One CSV line per entry, in `csvHeader` order, over the export query's names (`a` the entry,
 * `actor.cell` its actor's name already a cell, `c` its customer). concat_ws copies each cell once,
 * where a chain of || copies the growing line again at every cell; no cell is null, none is skipped.
 */
const csv = {
  nameCell: textCell('display_name'),
  line: `concat_ws(',', ${[
    codeCell('a.id'),
    codeCell('a.at'),
    codeCell('a.actor_id'),
    `ifnull(actor.cell, '')`,
    codeCell('a.actor_role'),
    codeCell('a.action'),
    codeCell('a.target_type'),
    textCell('a.target_id'),
    codeCell('a.customer_id'),
    textCell('c.nic_handle'),
    textCell('a.ticket_ref'),
    textCell('a.reason'),
    textCell('a.details'),
    `CASE WHEN a.personal IS NULL THEN 'no' ELSE 'yes' END`,
    codeCell('a.hash'),
  ].join(', ')})`,
};

/**
 * The selection's CSV text, newest first: the header, then one piece per batch, each ending with a
 * line break. A batch is read only when the consumer asks for the next piece. Counts into `sent`.
 */
export function* auditCsvPieces(repository: AuditRepository, selection: AuditSelection | null, sent: { rows: number }): Generator<string> {
  yield `\uFEFF${csvHeader.join(',')}\r\n`;
  if (!selection) return;
  let below = selection.hiId + 1;
  for (;;) {
    const lines = repository.exportBatchBelow(selection, below, batchSize, csv);
    const last = lines.at(-1);
    if (last === undefined) return;
    sent.rows += lines.length;
    // Every line's first cell is the entry's id, a bare integer: the next batch starts below it.
    below = Number(last.slice(0, last.indexOf(',')));
    yield `${lines.join('\r\n')}\r\n`;
    if (lines.length < batchSize) return;
  }
}

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
  const sent = { rows: 0 };
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  try {
    // A batch is read only when the response has room for it: memory holds about one batch.
    await pipeline(Readable.from(auditCsvPieces(repository, selection, sent), { objectMode: false, highWaterMark: 1 << 20 }), res);
  } catch (error) {
    // The client went away mid-download: the export stops there, there is no one to answer.
    if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
  return sent.rows;
}
