import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { claimApprovedLetter } from '../templates/letters/claim-decision.js';
import { median } from './compare.js';
import { paths } from './config.js';
import { mb, ms, percentileOf, seconds, spread, type Section } from './figures.js';
import { startServer, type RunningServer } from './processes.js';
import { signIn } from './sign-in.js';

// Issue 9: a 10 MB scan uploaded through the real route (multer, type sniffing from the bytes,
// encryption with the customer's key, the audited change) against a bare multer-to-disk handler
// with SHA-256 over the stored file; memory while 20 such uploads run at once; the letter with its
// embedded font, rendered in this process.

const scanBytes = 10 * 2 ** 20;
const pairs = 5;
const atOnce = 20;

/** A 10 MB PDF whose one stream is random bytes, as a scanned page's image would be. */
function scan(): Buffer {
  const head = Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Length 0>>stream\n',
  );
  const tail = Buffer.from('\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  return Buffer.concat([head, randomBytes(scanBytes - head.length - tail.length), tail]);
}

function form(bytes: Buffer): FormData {
  const body = new FormData();
  body.append('kind', 'holder_id'); // an identity document: encrypted with the customer's key
  body.append('files', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), 'scan-recto.pdf');
  return body;
}

async function post(url: string, body: FormData, headers: Record<string, string> = {}): Promise<number> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, { method: 'POST', body, headers });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`${url} answered ${response.status}`);
  return seconds(started) * 1000;
}

export async function measureUploads(env: NodeJS.ProcessEnv): Promise<Section> {
  const reader = new Database(paths.database, { readonly: true });
  const claims = reader
    .prepare<[], number>(
      "SELECT id FROM email_claims WHERE state IN ('received', 'in_review', 'awaiting_documents') AND customer_id IS NOT NULL AND id NOT IN (SELECT claim_id FROM claim_documents) ORDER BY id DESC LIMIT 200",
    )
    .pluck()
    .all();
  reader.close();
  if (claims.length < pairs * 2 + atOnce + 2) throw new Error(`only ${claims.length} claims can take a document`);
  const uploadDir = join(paths.cacheDir, 'uploads');
  const bareDir = join(paths.cacheDir, 'bare-uploads');
  const full = await startServer('./serve.ts', [], { ...env, UPLOAD_DIR: uploadDir });
  const bare: RunningServer = await startServer('./bare-upload-server.ts', [bareDir], {});
  try {
    const session = await signIn(full.baseUrl, { email: 'agent3@guichet.test' });
    const headers = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
    const bytes = scan();
    let next = 0;
    const fullOnce = () => post(`${full.baseUrl}/api/email-claims/${claims[next++]}/documents`, form(bytes), headers);
    const bareOnce = () => post(`${bare.baseUrl}/floor/upload`, form(bytes));
    await fullOnce(); // warm-up: first sniffing, first key unwrap
    await bareOnce();
    const fullMs: number[] = [];
    const bareMs: number[] = [];
    for (let pair = 0; pair < pairs; pair++) {
      if (pair % 2 === 0) {
        fullMs.push(await fullOnce());
        bareMs.push(await bareOnce());
      } else {
        bareMs.push(await bareOnce());
        fullMs.push(await fullOnce());
      }
    }
    const ratios = fullMs.map((value, n) => value / (bareMs[n] as number));
    // 20 uploads at once: the server's RSS sampled every 10 ms.
    await full.probe('memory-start');
    const concurrentStarted = process.hrtime.bigint();
    await Promise.all(Array.from({ length: atOnce }, () => fullOnce()));
    const concurrentS = seconds(concurrentStarted);
    const memory = await full.probe<{ before: number; peak: number; after: number }>('memory-stop');
    const growth = memory.peak - memory.before;
    const letters = await measureLetters();
    return {
      title: 'Claims: document upload and letters (issue 9)',
      lines: [
        `A ${mb(scanBytes)} PDF (random bytes in its stream, like a scanned page) uploaded as a holder's ID to a different claim each time: POST /api/email-claims/:id/documents on the real server (multer to disk, type from the bytes, AES-256-GCM with the customer's key, the audited change) against Express + multer to disk + SHA-256 of the stored file; ${pairs} alternating pairs, one upload each, one at a time.`,
        '',
        `| | median | min | max |`,
        `|---|---:|---:|---:|`,
        `| real route | ${ms(median(fullMs))} ms | ${ms(Math.min(...fullMs))} ms | ${ms(Math.max(...fullMs))} ms |`,
        `| bare multer + SHA-256 | ${ms(median(bareMs))} ms | ${ms(Math.min(...bareMs))} ms | ${ms(Math.max(...bareMs))} ms |`,
        '',
        `${atOnce} uploads at once (${mb(atOnce * scanBytes)} in all, ${concurrentS.toFixed(1)} s): server RSS ${mb(memory.before)} before, peak ${mb(memory.peak)} (growth ${mb(growth)}), ${mb(memory.after)} after.`,
        '',
        `Letter (claim approved, embedded Unicode font, accented names), rendered ${letters.count} times in the bench process: p50 ${ms(letters.p50)} ms, p99 ${ms(letters.p99)} ms, first ${ms(letters.first)} ms (font parsed once per process).`,
      ],
      verdicts: [
        {
          target: 'upload of a 10 MB scan within 1.5× of bare multer-to-disk + SHA-256 (median of paired ratios)',
          measured: spread(ratios),
          met: median(ratios) <= 1.5,
          why: 'the real route also sniffs the type, encrypts the file with the customer key and writes the audited change',
        },
        {
          target: `memory flat while ${atOnce} 10 MB scans upload at once (RSS growth < 100 MB, as for the audit export; ${mb(atOnce * scanBytes)} in flight)`,
          measured: `RSS growth ${mb(growth)} (peak ${mb(memory.peak)})`,
          met: growth < 100 * 2 ** 20,
          why: 'files are streamed to disk by multer and encrypted as streams; RSS grows with the socket buffers of 20 connections',
        },
        { target: 'letter rendering with the embedded font: p50 < 50 ms', measured: `p50 ${ms(letters.p50)} ms`, met: letters.p50 < 50 },
      ],
    };
  } finally {
    await Promise.all([full.stop(), bare.stop()]);
    rmSync(bareDir, { recursive: true, force: true });
  }
}

async function measureLetters(): Promise<{ count: number; p50: number; p99: number; first: number }> {
  const props = {
    reference: 'CLM-000123',
    nicHandle: 'lw12345-ovh',
    recipient: { name: 'Łukasz Wróbel', addressLines: ['Ørsted Allé 12', 'c/o Ďurica Ğökçe', '00-950 Warszawa', 'Pologne'] },
    receivedOn: '2026-11-02',
    decidedAt: '2026-11-20T10:00:00.000Z',
    newPrimaryEmail: 'lukasz.wrobel@example.pl',
    newBackupEmail: null,
    backupMissing: true,
  };
  const times: number[] = [];
  for (let n = 0; n < 40; n++) {
    const started = process.hrtime.bigint();
    await claimApprovedLetter(props, n % 2 === 0 ? 'fr' : 'en');
    times.push(seconds(started) * 1000);
  }
  const first = times.shift() as number;
  return { count: times.length, p50: percentileOf(times, 50), p99: percentileOf(times, 99), first };
}
