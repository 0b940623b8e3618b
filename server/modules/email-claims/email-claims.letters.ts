import type { Database_ } from '../../../db/client.js';
import type { LetterKind } from '../../../db/schema/email-claims.js';
import { claimLetterTemplates, type ClaimLetterProps } from '../../../templates/letters/claim-decision.js';
import type { Locale } from '../../../templates/letters/layout.js';
import type { ChangeContext } from '../audit/audited-change.js';

/** After this many failed renderings a letter waits for someone to press "retry" (it stays visible as failed). */
export const maxAutomaticAttempts = 3;

/**
 * Decision letters. The row (status pending, with the props fixed at the decision) is written in the
 * decision's transaction; the PDF is rendered after the commit and stored in the row. A failure is
 * recorded on the row (failed, with its error) and retried: at start-up and on demand.
 */
export function createClaimLetters({ sqlite }: Database_, log: (line: string) => void) {
  const insert = sqlite.prepare(
    `INSERT INTO claim_letters (claim_id, customer_id, kind, locale, props, status, created_at)
     VALUES (@claimId, @customerId, @kind, @locale, @props, 'pending', @now)`,
  );
  const load = sqlite.prepare<[number], { id: number; kind: LetterKind; locale: Locale; props: string; status: string }>(
    'SELECT id, kind, locale, props, status FROM claim_letters WHERE id = ?',
  );
  const rendered = sqlite.prepare<{ id: number; pdf: Buffer; now: string }>(
    `UPDATE claim_letters SET status = 'rendered', pdf = @pdf, rendered_at = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id`,
  );
  const failed = sqlite.prepare<{ id: number; error: string }>(
    `UPDATE claim_letters SET status = 'failed', attempts = attempts + 1, last_error = @error WHERE id = @id`,
  );
  const due = sqlite.prepare<[number], { id: number }>(
    `SELECT id FROM claim_letters WHERE status = 'pending' OR (status = 'failed' AND attempts < ?) ORDER BY id`,
  );
  const pdfOf = sqlite.prepare<[number], { pdf: Buffer | null; kind: LetterKind; claimId: number; status: string }>(
    'SELECT pdf, kind, claim_id AS claimId, status FROM claim_letters WHERE id = ?',
  );
  const inFlight = new Set<number>();

  async function render(id: number, now: () => Date = () => new Date()): Promise<void> {
    if (inFlight.has(id)) return;
    const row = load.get(id);
    if (!row || row.status === 'rendered') return;
    inFlight.add(id);
    try {
      const template = claimLetterTemplates[row.kind] as (props: ClaimLetterProps[LetterKind], locale: Locale) => Promise<Buffer>;
      const pdf = await template(JSON.parse(row.props) as ClaimLetterProps[LetterKind], row.locale);
      rendered.run({ id, pdf, now: now().toISOString() });
    } catch (error) {
      // The message only: no props (they hold names and addresses).
      const message = error instanceof Error ? error.message.slice(0, 300) : 'rendering failed';
      failed.run({ id, error: message });
      log(`claim letter ${id} failed to render: ${message}`);
    } finally {
      inFlight.delete(id);
    }
  }

  return {
    /** Inside the decision's change: the row now, the PDF after the commit. */
    queue<K extends LetterKind>(
      change: Pick<ChangeContext, 'nowIso' | 'afterCommit'>,
      letter: { claimId: number; customerId: number | null; kind: K; locale: Locale; props: ClaimLetterProps[K] },
    ) {
      const id = Number(insert.run({ ...letter, props: JSON.stringify(letter.props), now: change.nowIso }).lastInsertRowid);
      change.afterCommit(() => render(id));
      return id;
    },
    render,
    /** At start-up: letters a crash left pending, and failed ones not yet retried too often. */
    async renderDue(): Promise<number> {
      const ids = due.all(maxAutomaticAttempts).map((r) => r.id);
      for (const id of ids) await render(id);
      return ids.length;
    },
    pdf: (id: number) => pdfOf.get(id),
  };
}

export type ClaimLetters = ReturnType<typeof createClaimLetters>;
