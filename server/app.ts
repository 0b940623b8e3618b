import express, { type Request, type RequestHandler } from 'express';
import type { Database_ } from '../db/client.js';
import type { AppConfig } from './config.js';
import { auditInvariant, type AuditInvariantViolation } from './http/audit-invariant.js';
import { errorHandler, unknownApiRoute } from './http/error-handler.js';
import { answerJsonDirectly } from './http/json-answer.js';
import { apiVersion, openApiDocument, openApiDocumentSchema } from './http/openapi.js';
import { mountRoutes, type RouteDefinition } from './http/routes.js';
import { runSteps, type RequestStep } from './http/in-sequence.js';
import { securityHeaders } from './http/security-headers.js';
import { csrfProtection, loadSession } from './http/session.js';
import { accountRecordsRoutes } from './modules/account-records/account-records.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { createAuditedChanges } from './modules/audit/audited-change.js';
import { createPersonalCipher } from './modules/audit/audit-personal.js';
import { createAuditLog } from './modules/audit/audit.service.js';
import { createCheckpoints } from './modules/audit/checkpoints.service.js';
import { auditDashboardTiles } from './modules/audit/audit.dashboard.js';
import { createDashboard } from './modules/dashboard/dashboard.registry.js';
import { auditReviewRoutes } from './modules/audit-review/audit-review.routes.js';
import { createAuditReviews } from './modules/audit-review/audit-review.service.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { scheduleCheckpoints } from './modules/audit/checkpoint-schedule.js';
import { authRoutes, createFailedAttemptLimit } from './modules/auth/auth.routes.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createCustomerKeys } from './modules/customer-keys/customer-keys.service.js';
import { createBlockedActions } from './modules/blocked-actions/blocked-actions.js';
import { backupEmailRoutes } from './modules/backup-email/backup-email.routes.js';
import { createBackupEmailService } from './modules/backup-email/backup-email.service.js';
import { customerSummaryRoutes } from './modules/customer-summary/customer-summary.routes.js';
import { createCustomerSummary } from './modules/customer-summary/customer-summary.js';
import { createEmailClaims } from './modules/email-claims/email-claims.module.js';
import { claimSummaryItems } from './modules/email-claims/email-claims.summary.js';
import { claimDashboardTiles } from './modules/email-claims/email-claims.dashboard.js';
import { flagDashboardTiles } from './modules/flags/flags.dashboard.js';
import { customerDashboardTiles } from './modules/customers/customers.dashboard.js';
import { customersRoutes } from './modules/customers/customers.routes.js';
import { staffDirectoryRoutes } from './modules/staff-directory/staff-directory.routes.js';
import { createCustomersService, type CustomersService } from './modules/customers/customers.service.js';
import { AppError } from './http/errors.js';

import { flagsRoutes } from './modules/flags/flags.routes.js';
import { createFlagsService } from './modules/flags/flags.service.js';
import { loginIngestRoutes } from './modules/login-ingest/login-ingest.routes.js';
import { createLoginIngestService } from './modules/login-ingest/login-ingest.service.js';
import { loadServiceCaller } from './http/service-token.js';
import { createMailTransport } from './modules/messages/mail-transport.js';
import { messagesRoutes } from './modules/messages/messages.routes.js';
import { createMessagesService } from './modules/messages/messages.service.js';
import { createGdpr } from './modules/gdpr/gdpr.module.js';
import { staffApprovalsRoutes } from './modules/staff-approvals/staff-approvals.routes.js';
import { createStaffApprovals } from './modules/staff-approvals/staff-approvals.service.js';
import { staffLinksRoutes } from './modules/staff-links/staff-links.routes.js';
import { createStaffLinks } from './modules/staff-links/staff-links.service.js';
import { staffSelfRoutes } from './modules/staff-self/staff-self.routes.js';
import { createStaffSelf } from './modules/staff-self/staff-self.service.js';
import { staffRoutes } from './modules/staff/staff.routes.js';
import { createStaffService } from './modules/staff/staff.service.js';
import { twoFactorRoutes } from './modules/two-factor/two-factor.routes.js';
import { createTwoFactor } from './modules/two-factor/two-factor.service.js';
import { serveUi } from './ui/ui-assets.js';

export interface AppDeps {
  config: AppConfig;
  database: Database_;
  clock?: () => Date;
  log?: (line: string) => void;
  /** Tests pass this to hold every request to its route's audit policy (http/audit-invariant.ts). */
  onAuditViolation?: (violation: AuditInvariantViolation) => void;
}

/** Method, path without query string, status and time: never bodies or queries (personal data). */
const requestLog =
  (log: (line: string) => void): RequestHandler =>
  (req, res, next) => {
    const started = process.hrtime.bigint();
    // baseUrl: a route answered inside its capability's sub-router sees only the rest of the path.
    res.on('finish', () => log(`${req.method} ${req.baseUrl}${req.path} ${res.statusCode} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}ms`));
    next();
  };

/** The account a handle, customer code or e-mail designates exactly, or null (the audit log's customer filter). */
function findCustomerId(customers: CustomersService, text: string): number | null {
  try {
    return customers.findExact(text).id;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
}

/** Whether a request carries a body, decided as body-parser decides it (type-is `hasBody`). */
const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || !Number.isNaN(Number(req.headers['content-length']));

/**
 * What every API request goes through before its route, as one layer: no-store, the JSON body (only
 * when there is one: a GET has none, and body-parser's own checks cost a few µs a request), then the
 * synchronous steps (service caller, session, CSRF). Order and errors as when they were middlewares.
 */
function apiEntry(parseJson: RequestHandler, steps: readonly RequestStep[]): RequestHandler {
  const afterBody = (req: Request, res: Parameters<RequestHandler>[1], next: Parameters<RequestHandler>[2]) => {
    try {
      runSteps(steps, req, res);
    } catch (error) {
      return next(error);
    }
    next();
  };
  return (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    // Machine endpoints parse their (larger) bodies themselves, after their token is checked.
    if (!hasBody(req) || req.path.startsWith('/ingest/')) return afterBody(req, res, next);
    parseJson(req, res, (error?: unknown) => (error ? next(error) : afterBody(req, res, next)));
  };
}

export function createApp({ config, database, clock = () => new Date(), log = console.log, onAuditViolation }: AppDeps) {
  const customerKeys = createCustomerKeys({ database, masterKey: config.customerKeyMasterKey, clock });
  const blocked = createBlockedActions();
  const customers = createCustomersService({ database, blocked });
  const audit = createAuditLog(database, createPersonalCipher(customerKeys), { resolveCustomer: (text) => findCustomerId(customers, text) });
  const changes = createAuditedChanges({ database, audit, clock, log });
  const checkpoints = createCheckpoints({ database, changes, signingKey: config.auditSigningKey, clock });
  const twoFactor = createTwoFactor({ database, config, changes, clock });
  const auth = createAuthService({ database, config, changes, clock, twoFactor });
  const transport = createMailTransport(config.smtpUrl);
  const messages = createMessagesService({ database, changes, transport, mailFrom: config.mailFrom, clock, log });
  const failedAttemptLimit = createFailedAttemptLimit(config);
  const staffLinks = createStaffLinks({
    database,
    config,
    changes,
    transport,
    afterPasswordSet: (staffId) => {
      auth.revokeSessionsOfStaff(staffId);
      auth.clearAllFailures(staffId);
    },
    log,
  });
  const staffApprovals = createStaffApprovals({ database, changes, links: staffLinks, revokeSessionsOfStaff: auth.revokeSessionsOfStaff });
  // Capabilities add their items to the customer page's summary strip through `summary.add`.
  const summary = createCustomerSummary({ database, clock });
  const gdpr = createGdpr({ database, changes, audit, blocked, customerKeys, deliverMessages: () => messages.kick(), config, clock, log });
  const claims = createEmailClaims({ database, changes, blocked, config, clock, log, customerKeys });
  summary.add(claimSummaryItems(database));
  // Home dashboards (SPEC §4.10): each capability registers its tiles here.
  const dashboard = createDashboard(log);
  dashboard.register(...auditDashboardTiles({ repository: audit.repository, checkpoints }));
  const flags = createFlagsService({ database, changes, blocked, thresholds: config.detection });
  const reviews = createAuditReviews({ database, auditRepository: audit.repository, changes, config: config.reviewSampling });
  audit.onAppend(reviews.sample);
  dashboard.register(reviews.dashboardTile);
  dashboard.register(...claimDashboardTiles(database, config.claims), ...flagDashboardTiles(database), ...customerDashboardTiles(database));
  summary.add(flags.summaryItems);
  summary.add(gdpr.summaryItems);
  dashboard.register(...gdpr.dashboardTiles);
  const routes: RouteDefinition[] = [
    ...dashboardRoutes(dashboard, clock),
    ...authRoutes(auth, config, failedAttemptLimit),
    ...staffLinksRoutes(staffLinks, failedAttemptLimit),
    ...staffApprovalsRoutes(staffApprovals),
    ...twoFactorRoutes(twoFactor),
    ...staffSelfRoutes(createStaffSelf({ database, changes, clock }), failedAttemptLimit),
    ...customersRoutes(customers),
    ...customerSummaryRoutes(summary),
    ...staffDirectoryRoutes(database),
    ...backupEmailRoutes(createBackupEmailService({ database, changes, blocked }), customers),
    ...messagesRoutes(messages),
    ...accountRecordsRoutes(database),
    ...staffRoutes(
      createStaffService({
        database,
        changes,
        revokeSessionsOfStaff: auth.revokeSessionsOfStaff,
        clearAllFailures: auth.clearAllFailures,
        links: staffLinks,
        approvals: staffApprovals,
      }),
    ),
    ...auditRoutes({ audit, changes, checkpoints }),
    ...auditReviewRoutes(reviews),
    ...gdpr.routes,
    ...claims.routes,
    ...flagsRoutes(flags),
    ...loginIngestRoutes(createLoginIngestService({ database, changes, detector: flags.detector }), config.ingestBatchesPerMinute),
  ];

  // The API's own description, generated from this very table (http/openapi.ts), for any signed-in person.
  let openApi: ReturnType<typeof openApiDocument> | undefined;
  routes.push({
    method: 'get',
    path: '/api/openapi.json',
    access: 'signed-in',
    schemas: { response: openApiDocumentSchema },
    handler: (_req, res) => res.json((openApi ??= openApiDocument(routes, apiVersion))),
  });

  const app = express();
  app.disable('x-powered-by');
  // The API answers no-store, so ETags would be computed for nothing (~24 µs a page, bench/RESULTS.md).
  app.set('etag', false);
  answerJsonDirectly(app);
  app.set('trust proxy', config.trustProxy);
  app.use(
    securityHeaders({
      contentSecurityPolicy: {
        directives: {
          // MUI (emotion) injects its styles at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          'upgrade-insecure-requests': config.cookieSecure ? [] : null,
        },
      },
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  if (config.demoMode && log !== noLog) app.use('/api', requestLog(log));
  // The audit count only where it is checked (tests): its request context taxes every request.
  if (onAuditViolation) app.use('/api', auditInvariant(routes, onAuditViolation));
  app.use('/api', apiEntry(express.json({ limit: '200kb' }), [loadServiceCaller(config.ingestTokenHashes), loadSession(auth), csrfProtection]));
  mountRoutes(app, routes);
  app.use('/api', unknownApiRoute);
  serveUi(app);
  app.use(errorHandler(log));
  // The caller starts and stops the outbox dispatcher (main: at listen; tests: per server).
  const checkpointSchedule = scheduleCheckpoints({ checkpoints, everyMs: config.auditCheckpointMs, log });
  return { app, routes, messages, changes, audit, customerKeys, claims, checkpoints, checkpointSchedule, dashboard, flags, gdpr };
}

export const noLog = (): void => {};
