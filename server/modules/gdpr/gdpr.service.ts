import type { Database_ } from '../../../db/client.js';
import type { GdprFileKind } from '../../../db/schema/gdpr.js';
import type { GdprNoticeProps } from '../../../templates/emails/gdpr-notice.js';
import { localeFor } from '../../../templates/emails/index.js';
import { renderGdprNoticeLetter } from '../../../templates/letters/gdpr-notice.js';
import { staleVersion } from '../../http/errors.js';
import type { ListQueryOf } from '../../http/list-query.js';
import type { AuditedChanges, ChangeContext } from '../audit/audited-change.js';
import type { AuditActor, AuditEntryInput } from '../audit/audit.service.js';
import { customerNotFound } from '../customers/customers.errors.js';
import { daysBetween, urgencyOf, type DeadlineCalendar } from './gdpr.deadlines.js';
import * as errors from './gdpr.errors.js';
import type { GdprFiles, StoredFile } from './gdpr.files.js';
import { createGdprRepository, type GdprRequestRow } from './gdpr.repository.js';
import { completionNeeds, identityMethodsByChannel, isClosed } from './gdpr.rules.js';
import type { DueFilter, gdprRequestListContract } from './gdpr.schemas.js';
import type { CompleteBody, ExtendBody, IntakeBody, LinkBody, RefuseBody, RestrictBody, VerifyIdentityBody } from './gdpr.schemas.js';

export interface GdprDeps {
  database: Database_;
  changes: AuditedChanges;
  calendar: DeadlineCalendar;
  files: GdprFiles;
  clock: () => Date;
}

const letterKinds: Partial<Record<GdprNoticeProps['kind'], GdprFileKind>> = { extension: 'extension_letter', identity_proof: 'identity_letter' };

export const requestRef = (id: number) => `DSR-${String(id).padStart(6, '0')}`;

/** Intake, the clock, identity, extension and the decisions of SPEC §4.5 (erasure and exports apart). */
export function createGdprService({ database, changes, calendar, files, clock }: GdprDeps) {
  const repository = createGdprRepository(database);

  /** Days paused so far: the closed pauses plus the open one up to today. */
  function pausedDaysOf(row: GdprRequestRow, today: string): number {
    return row.pausedDays + (row.pausedSince ? Math.max(0, daysBetween(row.pausedSince, today)) : 0);
  }

  /** What `clock_due_on` stores: the applicable due date with the closed pauses only (see db/schema/gdpr.ts). */
  const clockDueOn = (row: Pick<GdprRequestRow, 'receivedOn' | 'pausedDays' | 'extensionMonths'>) =>
    calendar.deadline(row.receivedOn, 1 + row.extensionMonths, row.pausedDays);

  /** Rows written before the column existed get it on the first start (a derived value, not a change to audit). */
  for (const row of repository.withoutClockDueOn()) repository.setClockDueOn(row.id, clockDueOn(row));

  function clockOf(row: GdprRequestRow, now: Date) {
    return calendar.clock({ receivedOn: row.receivedOn, pausedDays: pausedDaysOf(row, calendar.today(now)), extensionMonths: row.extensionMonths }, now);
  }

  /** The account a request is about, as its pages show it (state and restriction only on the detail). */
  type RequestAccount = { nicHandle: string; displayName: string; processingRestricted?: boolean; state?: string };

  function toView(row: GdprRequestRow, customer: RequestAccount | null, now = clock()) {
    const deadline = clockOf(row, now);
    const { clockDueOn: _sortKey, ...fields } = row; // the list's sort key; the live dates follow
    return {
      ...fields,
      reference: requestRef(row.id),
      ...deadline,
      isPaused: row.pausedSince !== null,
      urgency: urgencyOf(deadline.daysLeft, isClosed(row.status)),
      identityMethods: identityMethodsByChannel[row.channel],
      customer,
    };
  }

  const displayName = (c: { organisation: string | null; firstName: string; lastName: string }) => c.organisation ?? `${c.firstName} ${c.lastName}`;

  function customerOf(customerId: number | null) {
    if (customerId === null) return null;
    const found = repository.customerSummary(customerId);
    return found ? { nicHandle: found.nicHandle, displayName: displayName(found), processingRestricted: found.processingRestricted, state: found.state } : null;
  }

  function get(id: number) {
    const row = repository.load(id);
    if (!row) throw errors.requestNotFound();
    const files_ = repository.files(id).map(({ storagePath: _path, ...file }) => file);
    return { ...toView(row, customerOf(row.customerId)), files: files_ };
  }

  /** Ids of the open requests whose clock stands where `due` says (days left are computed, not stored). */
  function idsDue(due: DueFilter, now: Date): number[] {
    return repository
      .openRequests()
      .filter((row) => due === 'open' || toView(row, null, now).urgency === due)
      .map((row) => row.id);
  }

  function list(query: ListQueryOf<typeof gdprRequestListContract>) {
    const { due, ...filter } = query.filter;
    if (due) {
      const wanted = idsDue(due, clock());
      const ids = filter.id ? filter.id.filter((id) => wanted.includes(id)) : wanted;
      // No id matches: an impossible id keeps the one list statement (an empty IN would match nothing too).
      query = { ...query, filter: { ...filter, id: ids.length > 0 ? ids : [0] } };
    }
    const page = repository.list(query);
    const rows = page.rows as unknown as GdprRequestRow[];
    const summaries = new Map(repository.customerSummaries([...new Set(rows.flatMap((r) => (r.customerId ? [r.customerId] : [])))]).map((c) => [c.id, c]));
    const now = clock();
    return {
      total: page.total,
      rows: rows.map((row) => {
        const customer = row.customerId ? summaries.get(row.customerId) : undefined;
        return toView(row, customer ? { nicHandle: customer.nicHandle, displayName: displayName(customer) } : null, now);
      }),
    };
  }

  /** The open requests (of one customer, or all) with their clocks, for the strip and the dashboard. */
  function openViews(now: Date, customerId?: number) {
    return (customerId === undefined ? repository.openRequests() : repository.openRequestsOf(customerId)).map((row) => {
      const view = toView(row, null, now);
      return { id: view.id, reference: view.reference, right: view.right, daysLeft: view.daysLeft, urgency: view.urgency, isPaused: view.isPaused };
    });
  }

  /** Open requests by urgency, for the dashboard and the customer page's summary strip. */
  function summary(customerId?: number) {
    const open = openViews(clock(), customerId);
    return {
      open: open.length,
      dueSoon: open.filter((r) => r.urgency === 'due_soon').length,
      overdue: open.filter((r) => r.urgency === 'overdue').length,
      nearest: open.sort((a, b) => a.daysLeft - b.daysLeft)[0]?.daysLeft ?? null,
    };
  }

  function intake(actor: AuditActor, body: IntakeBody) {
    return changes.apply(({ now, nowIso }) => {
      if (body.receivedOn > calendar.today(now)) throw errors.receivedInFuture();
      if (body.customerId !== undefined && !repository.customerSummary(body.customerId)) throw customerNotFound();
      const row = repository.insert({
        ...body,
        customerId: body.customerId ?? null,
        requesterEmail: body.requesterEmail ?? null,
        requesterAddress: body.requesterAddress ?? null,
        details: body.details ?? null,
        clockDueOn: clockDueOn({ receivedOn: body.receivedOn, pausedDays: 0, extensionMonths: 0 }),
        createdBy: actor.id,
        createdAt: nowIso,
        updatedAt: nowIso,
      });
      // The requester's name and addresses stay on the request (anonymised at erasure), never in the log.
      return { result: row.id, audit: entry(actor, row, 'gdpr.intake', { right: row.right, channel: row.channel, receivedOn: row.receivedOn }) };
    }).result;
  }

  function entry(
    actor: AuditActor | null,
    row: GdprRequestRow,
    action: string,
    details: Record<string, unknown>,
    extra: Partial<AuditEntryInput> = {},
  ): AuditEntryInput {
    return { actor, action, targetType: 'gdpr_request', targetId: row.id, customerId: row.customerId, ticketRef: row.ticketRef, details, ...extra };
  }

  /** Loads, checks open and version, applies `changes`; every step of a request goes through here. */
  function step(
    change: ChangeContext,
    id: number,
    version: number,
    decide: (row: GdprRequestRow) => Partial<GdprRequestRow>,
  ): { before: GdprRequestRow; after: GdprRequestRow } {
    const before = repository.load(id);
    if (!before) throw errors.requestNotFound();
    if (isClosed(before.status)) throw errors.requestClosed();
    const decided = decide(before);
    const updates = { ...decided, clockDueOn: clockDueOn({ ...before, ...decided }) };
    if (before.version !== version || !repository.updateAtVersion(id, version, updates, change.nowIso)) throw staleVersion();
    return { before, after: repository.load(id) as GdprRequestRow };
  }

  function link(actor: AuditActor, id: number, body: LinkBody) {
    changes.apply((change) => {
      const { after } = step(change, id, body.version, (row) => {
        if (row.customerId !== null) throw errors.alreadyLinked();
        if (!repository.customerSummary(body.customerId)) throw customerNotFound();
        return { customerId: body.customerId };
      });
      return { result: null, audit: entry(actor, after, 'gdpr.link', { customerId: body.customerId }) };
    });
  }

  /**
   * Waiting for the requester's proof of identity: the clock stops from today, and the requester is
   * asked for it (e-mail in their language, or a letter when they gave no e-mail), in the same change.
   */
  async function awaitIdentity(actor: AuditActor, id: number, version: number) {
    await withNotice(
      id,
      (row) => ({ kind: 'identity_proof', ...baseProps(row), channel: row.channel }),
      (notice) =>
        changes.apply((change) => {
          const today = calendar.today(change.now);
          const { after } = step(change, id, version, (row) => {
            if (row.identityVerifiedAt) throw errors.identityAlreadyVerified();
            if (row.status !== 'received' && row.status !== 'in_progress') throw errors.notInState('pause', row.status);
            return { status: 'awaiting_identity', pausedSince: today };
          });
          const sentBy = notice(change, after);
          return { result: null, audit: entry(actor, after, 'gdpr.identity_requested', { pausedSince: today, noticeBy: sentBy }) };
        }),
    );
  }

  function verifyIdentity(actor: AuditActor, id: number, body: VerifyIdentityBody) {
    changes.apply((change) => {
      const today = calendar.today(change.now);
      let resumed = 0;
      const { after } = step(change, id, body.version, (row) => {
        if (row.identityVerifiedAt) throw errors.identityAlreadyVerified();
        if (row.customerId === null) throw errors.notLinked();
        const allowed = identityMethodsByChannel[row.channel];
        if (!allowed.includes(body.method)) throw errors.methodNotEnough(row.channel, allowed);
        resumed = row.pausedSince ? Math.max(0, daysBetween(row.pausedSince, today)) : 0;
        return {
          status: 'in_progress',
          identityMethod: body.method,
          identityVerifiedAt: change.nowIso,
          pausedDays: row.pausedDays + resumed,
          pausedSince: null,
        };
      });
      return {
        result: null,
        audit: entry(
          actor,
          after,
          'gdpr.identity_verified',
          { method: body.method, daysPaused: resumed },
          { personal: body.note ? { note: body.note } : null },
        ),
      };
    });
  }

  /** A notice goes by e-mail when the requester gave one, by letter otherwise (rendered before the change). */
  async function prepareLetter(row: GdprRequestRow, props: GdprNoticeProps): Promise<StoredFile | null> {
    if (row.requesterEmail) return null;
    const customer = customerOf(row.customerId);
    const bytes = await renderGdprNoticeLetter({
      props,
      locale: localeFor(row.language),
      recipient: { name: row.requesterName, addressLines: (row.requesterAddress ?? '').split(/\n|,\s*/).filter(Boolean) },
      date: clock(),
      nicHandle: customer?.nicHandle,
    });
    return files.store({
      requestId: row.id,
      customerId: row.customerId,
      kind: letterKinds[props.kind] ?? 'response_letter',
      bytes,
      mediaType: 'application/pdf',
    });
  }

  function sendNotice(change: ChangeContext, row: GdprRequestRow, props: GdprNoticeProps, letter: StoredFile | null) {
    if (row.requesterEmail) {
      change.notify({ customerId: row.customerId, to: row.requesterEmail, template: 'gdpr-notice', props, locale: localeFor(row.language) });
      return 'email';
    }
    if (letter) repository.insertFile({ ...letter, requestId: row.id, customerId: row.customerId, createdAt: change.nowIso });
    return 'letter';
  }

  /** Runs a decision that sends a notice: the letter (if any) is on disk first, removed if the change is refused. */
  async function withNotice(
    id: number,
    props: (row: GdprRequestRow) => GdprNoticeProps,
    apply: (notice: (change: ChangeContext, row: GdprRequestRow) => string) => void,
  ) {
    const current = repository.load(id);
    if (!current) throw errors.requestNotFound();
    const letter = await prepareLetter(current, props(current));
    try {
      apply((change, row) => sendNotice(change, row, props(row), letter));
    } catch (error) {
      if (letter) await files.remove(letter.storagePath);
      throw error;
    }
  }

  const baseProps = (row: GdprRequestRow) => ({
    requesterName: row.requesterName,
    requestRef: requestRef(row.id),
    right: row.right,
    receivedOn: row.receivedOn,
  });

  async function extend(actor: AuditActor, id: number, body: ExtendBody) {
    const newDue = (row: GdprRequestRow) => clockOf({ ...row, extensionMonths: body.months }, clock()).effectiveDueOn;
    await withNotice(
      id,
      (row) => ({ kind: 'extension', ...baseProps(row), newDueOn: newDue(row), reason: body.reason }),
      (notice) =>
        changes.apply((change) => {
          const { before, after } = step(change, id, body.version, (row) => {
            if (row.extensionMonths > 0) throw errors.alreadyExtended();
            const { dueOn } = clockOf(row, change.now);
            if (calendar.today(change.now) > dueOn) throw errors.extensionTooLate(dueOn);
            return { extensionMonths: body.months, extensionReason: body.reason, extendedAt: change.nowIso };
          });
          const sentBy = notice(change, after);
          const dueOn = clockOf(before, change.now).dueOn;
          return {
            result: null,
            audit: entry(actor, after, 'gdpr.extend', { months: body.months, dueOn, newDueOn: newDue(after), noticeBy: sentBy }, { reason: body.reason }),
          };
        }),
    );
  }

  async function refuse(actor: AuditActor, id: number, body: RefuseBody) {
    await withNotice(
      id,
      (row) => ({ kind: 'refusal', ...baseProps(row), reason: body.reason }),
      (notice) =>
        changes.apply((change) => {
          const { after } = step(change, id, body.version, () => ({ status: 'refused', outcome: body.reason, closedAt: change.nowIso, pausedSince: null }));
          const sentBy = notice(change, after);
          return { result: null, audit: entry(actor, after, 'gdpr.refuse', { noticeBy: sentBy }, { reason: body.reason }) };
        }),
    );
  }

  async function complete(actor: AuditActor, id: number, body: CompleteBody) {
    await withNotice(
      id,
      (row) => ({ kind: 'completed', ...baseProps(row), note: body.note }),
      (notice) =>
        changes.apply((change) => {
          const { after } = step(change, id, body.version, (row) => {
            if (row.status !== 'in_progress' || !row.identityVerifiedAt) throw errors.identityNotVerified();
            const need = completionNeeds[row.right];
            if (need === 'erasure') throw errors.wrongRight('complete by hand (execute the erasure)', row.right);
            if (need === 'access_report' || need === 'portability_export') {
              if (!repository.files(id).some((f) => f.kind === need))
                throw errors.fileMissing(need === 'access_report' ? 'access report' : 'portability export');
            }
            if (need === 'restricted' && !customerOf(row.customerId)?.processingRestricted) throw errors.notRestricted();
            return { status: 'completed', outcome: body.note ?? null, closedAt: change.nowIso };
          });
          const sentBy = notice(change, after);
          return { result: null, audit: entry(actor, after, 'gdpr.complete', { noticeBy: sentBy }) };
        }),
    );
  }

  /** Restriction / objection: the processing-restricted marker on the account (Art. 18, 21). */
  function restrict(actor: AuditActor, id: number, body: RestrictBody) {
    changes.apply((change) => {
      const { after } = step(change, id, body.version, (row) => {
        if (row.right !== 'restriction' && row.right !== 'objection') throw errors.wrongRight('restrict processing', row.right);
        if (!row.identityVerifiedAt || row.customerId === null) throw errors.identityNotVerified();
        return {};
      });
      const customerId = after.customerId as number;
      const before = customerOf(customerId);
      repository.setProcessingRestricted(customerId, body.restricted, change.nowIso);
      return {
        result: null,
        audit: entry(actor, after, body.restricted ? 'gdpr.restrict_processing' : 'gdpr.lift_restriction', {
          before: { processingRestricted: before?.processingRestricted ?? false },
          after: { processingRestricted: body.restricted },
        }),
      };
    });
  }

  return {
    get,
    list,
    summary,
    openViews,
    intake,
    link,
    awaitIdentity,
    verifyIdentity,
    extend,
    refuse,
    complete,
    restrict,
    clockOf,
    toView,
    customerOf,
    entry,
    step,
  };
}

export type GdprService = ReturnType<typeof createGdprService>;
/** A request as GET /api/gdpr-requests/:id answers it (the UI imports this type). */
export type GdprRequestView = ReturnType<GdprService['get']>;
/** A row of GET /api/gdpr-requests. */
export type GdprRequestListRow = ReturnType<GdprService['list']>['rows'][number];
