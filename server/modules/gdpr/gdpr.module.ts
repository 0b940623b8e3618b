import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditLog } from '../audit/audit.service.js';
import { outsideRequestAudit } from '../../http/audit-invariant.js';
import type { BlockedActions } from '../blocked-actions/blocked-actions.js';
import type { CustomerKeys } from '../customer-keys/customer-keys.service.js';
import { gdprDashboardTiles, gdprSummaryItems } from './gdpr.dashboard.js';
import { createDeadlineCalendar } from './gdpr.deadlines.js';
import { createGdprErasure } from './gdpr.erasure.js';
import { createGdprFiles } from './gdpr.files.js';
import { createGdprFulfilment } from './gdpr.fulfilment.js';
import { createGdprRectification } from './gdpr.rectification.js';
import { gdprRoutes } from './gdpr.routes.js';
import { createGdprService } from './gdpr.service.js';
import { createSubjectDataReader } from './gdpr.subject-data.js';

/** The GDPR capability wired once, so that app.ts needs one line for it. */
interface GdprModuleDeps {
  database: Database_;
  changes: AuditedChanges;
  audit: AuditLog;
  blocked: BlockedActions;
  customerKeys: CustomerKeys;
  deliverMessages: () => Promise<void>;
  config: AppConfig;
  clock: () => Date;
  log: (line: string) => void;
}

export function createGdpr({ database, changes, audit, blocked, customerKeys, deliverMessages, config, clock, log }: GdprModuleDeps) {
  const calendar = createDeadlineCalendar({ country: config.gdprCountry, timeZone: config.gdprTimeZone });
  const files = createGdprFiles(config.uploadDir, customerKeys);
  const service = createGdprService({ database, changes, calendar, files, clock });
  const subjectData = createSubjectDataReader(database, audit);
  const fulfilment = createGdprFulfilment({ database, changes, files, subjectData, service, clock });
  const erasure = createGdprErasure({
    database,
    changes,
    blocked,
    customerKeys,
    calendar,
    files,
    service,
    deliverMessages,
    detached: (task) => outsideRequestAudit(() => void task()),
    log,
  });
  return {
    service,
    fulfilment,
    erasure,
    subjectData,
    calendar,
    files,
    summaryItems: gdprSummaryItems(service),
    dashboardTiles: gdprDashboardTiles(database, service),
    routes: gdprRoutes({ service, fulfilment, erasure, rectification: createGdprRectification({ database, changes, service }) }),
  };
}

export type Gdpr = ReturnType<typeof createGdpr>;
