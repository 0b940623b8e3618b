import type { Database_ } from '../../../db/client.js';
import type { AppConfig } from '../../config.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditLog } from '../audit/audit.service.js';
import { createDeadlineCalendar } from './gdpr.deadlines.js';
import { createGdprFiles } from './gdpr.files.js';
import { createGdprFulfilment } from './gdpr.fulfilment.js';
import { gdprRoutes } from './gdpr.routes.js';
import { createGdprService } from './gdpr.service.js';
import { createSubjectDataReader } from './gdpr.subject-data.js';

/** The GDPR capability wired once, so that app.ts needs one line for it. */
export function createGdpr({
  database,
  changes,
  audit,
  config,
  clock,
}: {
  database: Database_;
  changes: AuditedChanges;
  audit: AuditLog;
  config: AppConfig;
  clock: () => Date;
}) {
  const calendar = createDeadlineCalendar({ country: config.gdprCountry, timeZone: config.gdprTimeZone });
  const files = createGdprFiles(config.uploadDir);
  const service = createGdprService({ database, changes, calendar, files, clock });
  const subjectData = createSubjectDataReader(database, audit);
  const fulfilment = createGdprFulfilment({ database, changes, files, subjectData, service, clock });
  return { service, fulfilment, subjectData, calendar, files, routes: gdprRoutes(service, fulfilment) };
}
