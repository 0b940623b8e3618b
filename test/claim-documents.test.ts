import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signedInAs, type ApiClient } from './support/api-client.js';
import { claimBody, sampleJpeg, samplePdf, samplePng, uploadDocuments, type ClaimDetail } from './support/claims.js';
import { startTestServer, type TestServer } from './support/test-app.js';

const maxBytes = 4096;
const maxFiles = 4;
let server: TestServer;
let agent: ApiClient;

beforeAll(async () => {
  server = await startTestServer({
    env: { CLAIM_DOCUMENT_MAX_BYTES: String(maxBytes), CLAIM_DOCUMENT_MAX_FILES: String(maxFiles), CLAIM_DOCUMENT_RETENTION_DAYS: '30' },
  });
  agent = await signedInAs(server.baseUrl, 'agent');
});
afterAll(() => server.close());

const storageDir = () => join(server.config.uploadDir, 'claims');
const storedFiles = () => readdirSync(storageDir()).filter((name) => name !== 'tmp');
const stagedFiles = () => readdirSync(join(storageDir(), 'tmp'));
const documentRows = (claimId: number) =>
  Number(server.database.sqlite.prepare('SELECT count(*) FROM claim_documents WHERE claim_id = ?').pluck().get(claimId));
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function newClaim() {
  const customer = server.factories.customer();
  const response = await agent.post<ClaimDetail>('/api/email-claims', claimBody({ claimedHandle: customer.nicHandle }));
  return response.body;
}

async function download(path: string) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { cookie: agent.cookie ?? '' } });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Nothing of a refused upload stays: no row, no committed file, no staged file. */
function expectNothingStored(claimId: number, filesBefore: string[]) {
  expect(documentRows(claimId)).toBe(0);
  expect(storedFiles().sort()).toEqual(filesBefore.sort());
  expect(stagedFiles()).toEqual([]);
}

describe('uploading proof documents', () => {
  it('encrypts identity documents at rest with the customer’s key and serves them decrypted, audited, with safe headers', async () => {
    const claim = await newClaim();
    const png = samplePng(40, 40);
    const uploaded = await uploadDocuments(agent, claim.id, 'holder_id', [{ name: 'passeport.png', bytes: png, type: 'image/png' }]);
    expect(uploaded.status).toBe(201);
    const document = uploaded.body.documents[0];
    expect(document).toMatchObject({
      kind: 'holder_id',
      mimeType: 'image/png',
      sizeBytes: png.length,
      sha256: sha256(png),
      encrypted: true,
      status: 'pending',
    });
    const key = server.database.sqlite.prepare('SELECT storage_key FROM claim_documents WHERE id = ?').pluck().get(document?.id) as string;
    const atRest = readFileSync(join(storageDir(), key));
    expect(atRest.includes(png.subarray(0, 8))).toBe(false);
    expect(atRest.length).toBeGreaterThan(png.length);

    const inline = await download(`/api/claim-documents/${document?.id}/file?disposition=inline`);
    expect(inline.response.status).toBe(200);
    expect(sha256(inline.bytes)).toBe(sha256(png));
    expect(inline.response.headers.get('content-type')).toBe('image/png');
    expect(inline.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(inline.response.headers.get('cache-control')).toBe('no-store');
    expect(inline.response.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(inline.response.headers.get('content-disposition')).toMatch(/^inline; filename="CLM-\d{6}-\d+\.png"$/);
    const attachment = await download(`/api/claim-documents/${document?.id}/file`);
    expect(attachment.response.headers.get('content-disposition')).toMatch(/^attachment;/);
    const audited = server.database.sqlite
      .prepare("SELECT action FROM audit_log WHERE target_type = 'claim_document' AND target_id = ? ORDER BY id")
      .pluck()
      .all(String(document?.id));
    expect(audited).toEqual(['claim_documents.view', 'claim_documents.download']);
  });

  it('stores other documents as they are, named by a random key, whatever name the file came with', async () => {
    const claim = await newClaim();
    const pdf = samplePdf();
    const uploaded = await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: '../../../etc/passwd.pdf', bytes: pdf }]);
    expect(uploaded.status).toBe(201);
    const document = uploaded.body.documents[0];
    expect(document).toMatchObject({ originalName: 'passwd.pdf', mimeType: 'application/pdf', encrypted: false });
    const key = server.database.sqlite.prepare('SELECT storage_key FROM claim_documents WHERE id = ?').pluck().get(document?.id) as string;
    expect(key).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(readFileSync(join(storageDir(), key))).toEqual(pdf);
  });

  it('decides the type from the bytes: an HTML page named and labelled as a PDF is refused', async () => {
    const claim = await newClaim();
    const before = storedFiles();
    const html = Buffer.from('<html><body><script>alert(1)</script>%PDF-1.4</body></html>');
    const response = await uploadDocuments(agent, claim.id, 'signed_form', [{ name: 'form.pdf', bytes: html, type: 'application/pdf' }]);
    expect(response.status).toBe(415);
    expect(response.body.code).toBe('claim_documents.unsupported_type');
    expectNothingStored(claim.id, before);
  });

  it('refuses a GIF/script polyglot, and serves a JPEG with a script appended only as an inert image', async () => {
    const claim = await newClaim();
    const before = storedFiles();
    const gif = Buffer.from('GIF89a/*\x01\x00\x01\x00\x00\x00\x00*/=alert(1)//;');
    expect((await uploadDocuments(agent, claim.id, 'signed_form', [{ name: 'scan.jpg', bytes: gif, type: 'image/jpeg' }])).status).toBe(415);
    expectNothingStored(claim.id, before);

    const jpegWithHtml = Buffer.concat([sampleJpeg(), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    const stored = await uploadDocuments(agent, claim.id, 'signed_form', [{ name: 'scan.html', bytes: jpegWithHtml, type: 'text/html' }]);
    expect(stored.status).toBe(201);
    const served = await download(`/api/claim-documents/${stored.body.documents[0]?.id}/file?disposition=inline`);
    expect(served.response.headers.get('content-type')).toBe('image/jpeg');
    expect(served.response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('accepts a file of exactly the size limit and refuses one byte more with a 413', async () => {
    const claim = await newClaim();
    const atLimit = Buffer.concat([samplePdf(), Buffer.alloc(maxBytes - samplePdf().length, 0x20)]);
    expect((await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: 'ok.pdf', bytes: atLimit }])).status).toBe(201);
    const before = storedFiles();
    const over = Buffer.concat([atLimit, Buffer.from(' ')]);
    const response = await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: 'big.pdf', bytes: over }]);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('claim_documents.too_large');
    expect(documentRows(claim.id)).toBe(1);
    expect(storedFiles().sort()).toEqual(before.sort());
    expect(stagedFiles()).toEqual([]);
  });

  it('refuses more files than a claim may hold, in one upload or across uploads', async () => {
    const claim = await newClaim();
    const before = storedFiles();
    const five = Array.from({ length: maxFiles + 1 }, (_, i) => ({ name: `p${i}.png`, bytes: samplePng() }));
    const response = await uploadDocuments(agent, claim.id, 'proof_of_address', five);
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('claim_documents.too_many');
    expectNothingStored(claim.id, before);
    expect((await uploadDocuments(agent, claim.id, 'proof_of_address', five.slice(0, 3))).status).toBe(201);
    const more = await uploadDocuments(agent, claim.id, 'proof_of_address', five.slice(0, 2));
    expect(more.status).toBe(413);
    expect(documentRows(claim.id)).toBe(3);
  });

  it('refuses an empty file', async () => {
    const claim = await newClaim();
    const before = storedFiles();
    const response = await uploadDocuments(agent, claim.id, 'signed_form', [{ name: 'empty.pdf', bytes: Buffer.alloc(0) }]);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('claim_documents.empty');
    expectNothingStored(claim.id, before);
  });

  it('keeps neither a file nor a row when the connection drops in the middle of an upload', async () => {
    const claim = await newClaim();
    const before = storedFiles();
    const boundary = 'guichetboundary';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nproof_of_address\r\n--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="half.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const url = new URL(`${server.baseUrl}/api/email-claims/${claim.id}/documents`);
    await new Promise<void>((resolve) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          cookie: agent.cookie ?? '',
          'x-csrf-token': agent.csrfToken ?? '',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': '100000',
        },
      });
      req.on('error', () => resolve());
      req.write(head);
      req.write(Buffer.concat([samplePdf(), Buffer.alloc(1500, 0x20)]), () => setTimeout(() => (req.destroy(), resolve()), 100));
    });
    await vi.waitFor(() => expect(stagedFiles()).toEqual([]));
    expectNothingStored(claim.id, before);
  });

  it('sweeps at start-up what a crash left: staged parts and files that no row names', async () => {
    const claim = await newClaim();
    const kept = await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: 'a.pdf', bytes: samplePdf() }]);
    const liveKey = server.database.sqlite.prepare('SELECT storage_key FROM claim_documents WHERE id = ?').pluck().get(kept.body.documents[0]?.id) as string;
    writeFileSync(join(storageDir(), 'AAAAAAAAAAAAAAAAAAAAAAAA'), 'stray');
    writeFileSync(join(storageDir(), 'tmp', 'BBBBBBBBBBBBBBBBBBBBBBBB.part'), 'half');
    expect(await server.claims.documents.sweep()).toEqual({ staged: 1, strays: 1 });
    expect(storedFiles()).toContain(liveKey);
    expect(storedFiles()).not.toContain('AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(stagedFiles()).toEqual([]);
  });
});

describe('minimisation', () => {
  it('deletes the files of a decided claim after the retention period, keeping the row and its fingerprint', async () => {
    const claim = await newClaim();
    const pdf = samplePdf();
    const uploaded = await uploadDocuments(agent, claim.id, 'proof_of_address', [{ name: 'a.pdf', bytes: pdf }]);
    const rejected = await agent.post<ClaimDetail>(`/api/email-claims/${claim.id}/reject`, { rejectionReason: 'illegible', version: uploaded.body.version });
    expect(rejected.body.documents[0]?.purgeOn).toBeTruthy();
    const key = server.database.sqlite.prepare('SELECT storage_key FROM claim_documents WHERE claim_id = ?').pluck().get(claim.id) as string;

    expect(await server.claims.purge()).toBe(0);
    server.advanceClock(31 * 86_400_000);
    expect(await server.claims.purge()).toBeGreaterThanOrEqual(1);
    expect(storedFiles()).not.toContain(key);
    agent = await signedInAs(server.baseUrl, 'agent');
    const detail = (await agent.get<ClaimDetail>(`/api/email-claims/${claim.id}`)).body;
    expect(detail.documents[0]).toMatchObject({ sha256: sha256(pdf), sizeBytes: pdf.length, purgeOn: null });
    expect(detail.documents[0]?.purgedAt).toBeTruthy();
    const gone = await download(`/api/claim-documents/${detail.documents[0]?.id}/file`);
    expect(gone.response.status).toBe(410);
  });
});

describe('letters', () => {
  it('keeps a letter whose rendering failed, visible with its error, and renders it on retry', async () => {
    agent = await signedInAs(server.baseUrl, 'agent');
    const claim = await newClaim();
    const letterId = Number(
      server.database.sqlite
        .prepare(
          "INSERT INTO claim_letters (claim_id, customer_id, kind, locale, props, status, created_at) VALUES (?, ?, 'claim_rejected', 'en', '{}', 'pending', ?)",
        )
        .run(claim.id, claim.customerId, new Date().toISOString()).lastInsertRowid,
    );
    await server.claims.letters.render(letterId);
    const failed = (await agent.get<ClaimDetail>(`/api/email-claims/${claim.id}`)).body.letters[0];
    expect(failed).toMatchObject({ id: letterId, status: 'failed', attempts: 1 });
    expect(failed?.lastError).toBeTruthy();
    expect((await agent.get<{ code: string }>(`/api/claim-letters/${letterId}/pdf`)).body.code).toBe('claim_letters.not_ready');

    const props = {
      reference: 'CLM-000001',
      nicHandle: 'xx11111-ovh',
      recipient: { name: 'Ana Öztürk', addressLines: ['1 rue Ğ'] },
      receivedOn: '2026-11-20',
      decidedAt: new Date().toISOString(),
      reason: 'illegible',
      note: null,
      rejectedDocuments: [],
      toSendAgain: ['signed_form'],
    };
    server.database.sqlite.prepare('UPDATE claim_letters SET props = ? WHERE id = ?').run(JSON.stringify(props), letterId);
    const retried = await agent.post<ClaimDetail>(`/api/claim-letters/${letterId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.letters[0]).toMatchObject({ status: 'rendered', attempts: 2, lastError: null });
    expect((await download(`/api/claim-letters/${letterId}/pdf`)).response.headers.get('content-type')).toBe('application/pdf');
  });
});
