import type { Identifier } from 'react-admin';
import type { ClaimDetail } from '../../../../server/modules/email-claims/email-claims.views';
import { getCsrfToken } from '../../providers/csrf';
import { apiUrl } from '../../providers/dataProvider';
import { httpClient } from '../../providers/httpClient';

export type { ClaimDetail };
export type ClaimAction = 'match' | 'start-review' | 'request-documents' | 'approve' | 'reject' | 'object' | 'apply';

/** A transition of the claim (POST on the record); answers the claim as it is now. */
export async function claimAction(id: Identifier, action: ClaimAction, body: object): Promise<ClaimDetail> {
  const { json } = await httpClient(`${apiUrl}/email-claims/${encodeURIComponent(String(id))}/${action}`, { method: 'POST', body: JSON.stringify(body) });
  return json as ClaimDetail;
}

export async function decideDocument(id: Identifier, body: { decision: 'accept' | 'reject'; rejectionReason?: string; note?: string }): Promise<ClaimDetail> {
  const { json } = await httpClient(`${apiUrl}/claim-documents/${encodeURIComponent(String(id))}/decision`, { method: 'POST', body: JSON.stringify(body) });
  return json as ClaimDetail;
}

export async function retryLetter(id: Identifier): Promise<ClaimDetail> {
  const { json } = await httpClient(`${apiUrl}/claim-letters/${encodeURIComponent(String(id))}/retry`, { method: 'POST', body: '{}' });
  return json as ClaimDetail;
}

export const documentUrl = (id: Identifier, disposition: 'inline' | 'attachment') =>
  `${apiUrl}/claim-documents/${encodeURIComponent(String(id))}/file?disposition=${disposition}`;
export const letterUrl = (id: Identifier) => `${apiUrl}/claim-letters/${encodeURIComponent(String(id))}/pdf`;

/**
 * Multipart upload with progress (fetch cannot report upload progress): the `kind` field first,
 * because the server picks the encryption key from it before the first byte of a file.
 */
export function uploadDocuments(claimId: Identifier, kind: string, files: File[], onProgress: (fraction: number) => void): Promise<ClaimDetail> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.append('kind', kind);
    for (const file of files) form.append('files', file, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', `${apiUrl}/email-claims/${encodeURIComponent(String(claimId))}/documents`);
    request.setRequestHeader('Accept', 'application/json');
    const token = getCsrfToken();
    if (token) request.setRequestHeader('X-CSRF-Token', token);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      let body: { message?: string } & Partial<ClaimDetail> = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // not JSON: keep the status line
      }
      if (request.status >= 200 && request.status < 300) resolve(body as ClaimDetail);
      else reject(new Error(body.message ?? `${request.status} ${request.statusText}`));
    };
    request.onerror = () => reject(new Error('The upload was interrupted.'));
    request.send(form);
  });
}
