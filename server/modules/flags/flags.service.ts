import type { Database_ } from '../../../db/client.js';
import { flagSeverities, severityRank, type FlagRule, type FlagSeverity } from '../../../db/schema/flags.js';
import type { SummaryItem, SummarySubject } from '../customer-summary/customer-summary.js';
import { localeFor } from '../../../templates/emails/index.js';
import { staleVersion } from '../../http/errors.js';
import type { ListQueryOf } from '../../http/list-query.js';
import type { AuditedChanges, CommittedChange } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import { guardedActions, type BlockedActions } from '../blocked-actions/blocked-actions.js';
import { customerNotFound } from '../customers/customers.errors.js';
import type { DetectionThresholds, EmailChangeCause } from './detection/rules.js';
import { createDetector } from './detection/detector.js';
import { accountErased, badAssignee, flagNotFound, flagResolved } from './flags.errors.js';
import { createFlagList } from './flags.list.js';
import { createFlagsRepository } from './flags.repository.js';
import type { RaiseFlagBody, ResolveFlagBody, SecurityAdviceBody, TriageFlagBody, flagListContract } from './flags.schemas.js';

interface FlagsDeps {
  database: Database_;
  changes: AuditedChanges;
  blocked: BlockedActions;
  thresholds: DetectionThresholds;
}

/** Audited actions that change a customer's primary e-mail, and the cause the rule names. */
const emailChangeActions: Partial<Record<string, EmailChangeCause>> = {
  'customers.promote_backup_email': 'backup_promotion',
  'email_claims.apply': 'claim_applied',
};

export const ruleNames: Record<FlagRule, string> = {
  new_country_device: 'unknown device from a new country',
  failed_login_burst: 'burst of failed logins',
  impossible_travel: 'impossible travel',
  email_change_after_unknown_login: 'e-mail change after an unknown login',
  manual: 'reported by the customer',
};

export function createFlagsService({ database, changes, blocked, thresholds }: FlagsDeps) {
  const repository = createFlagsRepository(database);
  const detector = createDetector(repository, thresholds);
  const list = createFlagList(database);

  // SPEC §4.6: an open high-severity flag locks every guarded action (promotion, claim application,
  // erasure) for everyone but a lead giving an override reason.
  blocked.add(guardedActions, ({ customerId }) => {
    const flag = repository.activeHigh(customerId);
    if (!flag) return null;
    return {
      code: 'flags.open_high_severity',
      message: `Open high-severity flag #${flag.id} (${ruleNames[flag.rule]}) on this account.`,
      overridable: true,
      params: { flagId: flag.id, rule: flag.rule },
    };
  });

  // Detection after an e-mail change, in its own audited change once the change has committed:
  // the promotion (or claim) knows nothing of flags, and a detection failure cannot undo it.
  changes.onCommitted(({ entry, at }: CommittedChange) => {
    const cause = emailChangeActions[entry.action];
    if (!cause || typeof entry.customerId !== 'number') return;
    const customerId = entry.customerId;
    if (!detector.hasNewEvidence(detector.emailChangeDetections(customerId, at, cause))) return;
    changes.apply(({ nowIso }) => {
      const recorded = detector.record(customerId, detector.emailChangeDetections(customerId, at, cause), nowIso);
      return {
        result: recorded,
        audit: {
          actor: null,
          action: 'flags.detect',
          targetType: 'customer',
          targetId: customerId,
          customerId,
          details: { trigger: entry.action, ...recorded },
        },
      };
    });
  });

  function get(id: number) {
    const flag = repository.get(id);
    if (!flag) throw flagNotFound();
    return { ...flag, evidence: repository.evidence(id).map((e) => ({ ...e, isNewDevice: e.isNewDevice === 1 })), notes: repository.notes(id) };
  }

  function loadActive(id: number) {
    const flag = repository.get(id);
    if (!flag) throw flagNotFound();
    if (flag.status === 'resolved') throw flagResolved();
    return flag;
  }

  function raise(actor: AuditActor, body: RaiseFlagBody) {
    const { result } = changes.apply(({ nowIso }) => {
      const customer = repository.customer(body.customerId);
      if (!customer) throw customerNotFound();
      if (customer.state === 'erased') throw accountErased();
      const id = repository.insert({
        customerId: customer.id,
        rule: 'manual',
        severity: body.severity,
        severityRank: severityRank[body.severity],
        kind: body.kind,
        summary: body.note,
        summaryParams: null,
        ticketRef: body.ticketRef,
        raisedBy: actor.id,
        now: nowIso,
        lastEvidenceAt: null,
      });
      return {
        result: id,
        audit: {
          actor,
          action: 'flags.raise',
          targetType: 'flag',
          targetId: id,
          customerId: customer.id,
          ticketRef: body.ticketRef,
          details: { kind: body.kind, severity: body.severity },
          // The caller's words may name people: kept with the personal values.
          personal: { note: body.note },
        },
      };
    });
    return get(result);
  }

  function triage(actor: AuditActor, id: number, body: TriageFlagBody) {
    changes.apply(({ nowIso }) => {
      const before = loadActive(id);
      const assigneeId = body.assigneeId === undefined ? before.assigneeId : body.assigneeId;
      if (assigneeId !== null && !repository.assignees().some((s) => s.id === assigneeId)) throw badAssignee();
      const severity = body.severity ?? before.severity;
      const changed = repository.updateAtVersion({
        id,
        version: body.version,
        status: 'investigating',
        severity,
        severityRank: severityRank[severity],
        assigneeId,
        resolution: null,
        resolvedAt: null,
        now: nowIso,
      });
      if (!changed) throw staleVersion();
      if (body.note) repository.addNote(id, actor.id, nowIso, body.note);
      return {
        result: null,
        audit: {
          actor,
          action: 'flags.triage',
          targetType: 'flag',
          targetId: id,
          customerId: before.customerId,
          details: {
            before: { status: before.status, severity: before.severity, assigneeId: before.assigneeId },
            after: { status: 'investigating', severity, assigneeId },
          },
          personal: body.note ? { note: body.note } : null,
        },
      };
    });
    return get(id);
  }

  function resolve(actor: AuditActor, id: number, body: ResolveFlagBody) {
    changes.apply(({ nowIso }) => {
      const before = loadActive(id);
      const changed = repository.updateAtVersion({
        id,
        version: body.version,
        status: 'resolved',
        severity: before.severity,
        severityRank: severityRank[before.severity],
        assigneeId: before.assigneeId,
        resolution: body.resolution,
        resolvedAt: nowIso,
        now: nowIso,
      });
      if (!changed) throw staleVersion();
      repository.addNote(id, actor.id, nowIso, body.note);
      return {
        result: null,
        audit: {
          actor,
          action: 'flags.resolve',
          targetType: 'flag',
          targetId: id,
          customerId: before.customerId,
          reason: body.note,
          details: { before: { status: before.status }, after: { status: 'resolved', resolution: body.resolution } },
        },
      };
    });
    return get(id);
  }

  function addNote(actor: AuditActor, id: number, text: string) {
    changes.apply(({ nowIso }) => {
      const flag = repository.get(id);
      if (!flag) throw flagNotFound();
      repository.addNote(id, actor.id, nowIso, text);
      return { result: null, audit: { actor, action: 'flags.note', targetType: 'flag', targetId: id, customerId: flag.customerId, personal: { note: text } } };
    });
    return get(id);
  }

  /** On demand from the customer page: every login rule over the account's recent history. */
  function detectForCustomer(actor: AuditActor | null, customerId: number) {
    return changes.apply(({ nowIso }) => {
      if (!repository.customer(customerId)) throw customerNotFound();
      const recorded = detector.record(customerId, detector.accountDetections(customerId), nowIso);
      return { result: recorded, audit: { actor, action: 'flags.detect', targetType: 'customer', targetId: customerId, customerId, details: { ...recorded } } };
    }).result;
  }

  /** At the demo's first start: the seeded history raises its flags (fixture mb77777-ovh among them). */
  function detectAll() {
    return changes.apply(({ nowIso }) => {
      let raised = 0;
      for (const customerId of repository.customersWithEvents())
        raised += detector.record(customerId, detector.accountDetections(customerId), nowIso).raised.length;
      return { result: raised, audit: { actor: null, action: 'flags.detect_all', targetType: 'flags', details: { raised } } };
    }).result;
  }

  /** The guide's advice, in the customer's language, to the primary address; audited with its ticket. */
  function sendSecurityAdvice(actor: AuditActor, customerId: number, body: SecurityAdviceBody) {
    changes.apply(({ notify }) => {
      const customer = repository.customer(customerId);
      if (!customer) throw customerNotFound();
      if (customer.state === 'erased') throw accountErased();
      if (body.flagId !== undefined && repository.get(body.flagId)?.customerId !== customerId) throw flagNotFound();
      const customerName = customer.organisation ?? `${customer.firstName} ${customer.lastName}`;
      notify({
        customerId,
        to: customer.primaryEmail,
        template: 'security-advice',
        props: { customerName, nicHandle: customer.nicHandle },
        locale: localeFor(customer.language),
      });
      return {
        result: null,
        audit: {
          actor,
          action: 'customers.send_security_advice',
          targetType: 'customer',
          targetId: customerId,
          customerId,
          ticketRef: body.ticketRef,
          details: { flagId: body.flagId ?? null },
          personal: { to: customer.primaryEmail },
        },
      };
    });
  }

  /** The customer page's summary strip: open flags, in the colour of the most severe. */
  function summaryItems({ customerId }: SummarySubject): SummaryItem[] {
    const { count, maxRank } = repository.activeSummary(customerId);
    if (count === 0) return [];
    const severity = flagSeverities[(maxRank ?? 1) - 1] as FlagSeverity;
    return [
      {
        key: 'flags',
        tone: severity === 'high' ? 'danger' : 'warning',
        code: 'open_flags',
        values: { smart_count: count, severity: { enum: 'flagSeverity', values: [severity] } },
        message: `${count} open suspicious-activity flag(s), most severe: ${severity}.`,
        tab: 'flags',
      },
    ];
  }

  return {
    summaryItems,
    list: (query: ListQueryOf<typeof flagListContract>) => list(query),
    get,
    raise,
    triage,
    resolve,
    addNote,
    detectForCustomer,
    detectAll,
    sendSecurityAdvice,
    assignees: () => repository.assignees(),
    detector,
    repository,
  };
}

export type FlagsService = ReturnType<typeof createFlagsService>;

export type FlagDetail = ReturnType<FlagsService['get']>;
