import { join } from 'node:path';
import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import type { RouteDefinition } from '../../http/routes.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';
import { createClaimDocumentsService } from '../claim-documents/claim-documents.service.js';
import { createLocalDocumentStorage, type DocumentStorage } from '../claim-documents/document-storage.js';
import { createClaimLetters } from './email-claims.letters.js';
import { emailClaimsRoutes } from './email-claims.routes.js';
import { createEmailClaimsService } from './email-claims.service.js';

interface Deps {
  database: Database_;
  changes: AuditedChanges;
  blocked: BlockedActions;
  config: AppConfig;
  clock: () => Date;
  log: (line: string) => void;
  customerKeys: CustomerKeys;
  storage?: DocumentStorage;
}

const purgeEveryMs = 60 * 60_000;

/** Claims, their documents and letters, wired together; `start` runs the recovery and the purge schedule. */
// Claims keep their files in their own folder of UPLOAD_DIR: the start-up sweep owns everything in it.
export function createEmailClaims({
  database,
  changes,
  blocked,
  config,
  clock,
  log,
  customerKeys,
  storage = createLocalDocumentStorage(join(config.uploadDir, 'claims')),
}: Deps) {
  const letters = createClaimLetters(database, log);
  const service = createEmailClaimsService({ database, changes, blocked, config: config.claims, letters, clock });
  const documents = createClaimDocumentsService({ repository: service.repository, changes, storage, config: config.claims, log, customerKeys });
  const routes: RouteDefinition[] = emailClaimsRoutes({ database, service, documents, letters, storage, config: config.claims, customerKeys, blocked });
  let timer: NodeJS.Timeout | undefined;

  const purge = () => documents.purge(clock());
  return {
    routes,
    service,
    documents,
    letters,
    purge,
    /** Before serving: remove what a crash left in storage, render letters a crash left pending, purge, then hourly. */
    async start() {
      await documents.sweep();
      await letters.renderDue();
      await purge();
      timer = setInterval(() => void purge().catch((error: unknown) => log(`document purge failed: ${String(error)}`)), purgeEveryMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}

export type EmailClaims = ReturnType<typeof createEmailClaims>;
