import { deflateSync } from 'node:zlib';
import type { ApiClient, ApiResponse } from './api-client.js';
import type { ClaimDetail } from '../../server/modules/email-claims/email-claims.views.js';

export type { ClaimDetail };

/** Small but real files of each accepted type (the server decides the type from these bytes). */
export function samplePng(width = 4, height = 4): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0xc8)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const samplePdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );

export const sampleJpeg = () =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]), Buffer.alloc(200, 0x11), Buffer.from([0xff, 0xd9])]);

export interface UploadFile {
  name: string;
  bytes: Buffer;
  type?: string;
}

/** A browser's multipart upload: the `kind` field first, then the files. */
export async function uploadDocuments(
  client: ApiClient,
  claimId: number,
  kind: string,
  files: UploadFile[],
): Promise<ApiResponse<ClaimDetail & { code?: string; message?: string }>> {
  const form = new FormData();
  form.append('kind', kind);
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(`${client.baseUrl}/api/email-claims/${claimId}/documents`, {
    method: 'POST',
    headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '' },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as ClaimDetail & { code?: string; message?: string }, headers: response.headers };
}

export const claimBody = (overrides: Record<string, unknown> = {}) => ({
  receivedOn: '2026-11-20',
  postmarkOn: '2026-11-18',
  claimedHandle: 'XX11111-OVH',
  newPrimaryEmail: 'nouvelle.adresse@example.fr',
  senderName: 'Łukasz Wróbel',
  senderAddress: 'Ørsted Allé 12\n00-950 Warszawa\nPologne',
  ticketRef: 'TCK-2026-0900',
  ...overrides,
});
