import type { Database_ } from '../../../db/client.js';
import type { ReviewSamplingConfig } from '../../config.js';
import { conflict, notFound } from '../../http/errors.js';
import type { AuditRepository, StoredEntry } from '../audit/audit.repository.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { TileContributor } from '../dashboard/dashboard.registry.js';
import { createAuditReviewRepository } from './audit-review.repository.js';
import type { ReviewBody } from './audit-review.schemas.js';
import { isReviewCandidate, reasonsToReview } from './sampling-rules.js';

interface ReviewDeps {
  database: Database_;
  auditRepository: AuditRepository;
  changes: AuditedChanges;
  config: ReviewSamplingConfig;
}

const parseDetails = (text: string): Record<string, unknown> => {
  const value = JSON.parse(text) as unknown;
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
};

export function createAuditReviews({ database, auditRepository, changes, config }: ReviewDeps) {
  const repository = createAuditReviewRepository(database);
  const firstIdSince = (at: string, ms: number) => auditRepository.firstIdAtOrAfter(new Date(Date.parse(at) - ms).toISOString()) ?? 1;

  /**
   * Runs inside the transaction of every appended entry (audit.onAppend): a sampled entry enters the
   * queue atomically with the action it records. The counts read two index ranges bounded by time.
   */
  function sample(entry: StoredEntry): void {
    if (!isReviewCandidate(entry) || entry.actorId === null || entry.customerId === null) return;
    const reasons = reasonsToReview(
      {
        at: entry.at,
        hash: entry.hash,
        details: parseDetails(entry.details),
        sameAccountActions: repository.sameAccountActions(entry.customerId, entry.actorId, firstIdSince(entry.at, config.repeatWindowMs)),
        accountsInBurstWindow: repository.accountsSince(entry.actorId, firstIdSince(entry.at, config.burstWindowMs)),
      },
      config,
    );
    if (reasons.length === 0) return;
    repository.insert({
      auditId: entry.id,
      actorId: entry.actorId,
      customerId: entry.customerId,
      action: entry.action,
      at: entry.at,
      reasons: JSON.stringify(reasons),
    });
  }

  /** A lead's outcome on one queued action, recorded once, never on their own action. */
  function review(id: number, body: ReviewBody, actor: AuditActor) {
    return changes.apply((change) => {
      const item = repository.byId(id);
      if (!item) throw notFound('audit_reviews.not_found', 'This action is not in the review queue.');
      if (item.outcome) throw conflict('audit_reviews.already_reviewed', 'This action was already reviewed.');
      if (item.actorId === actor.id) throw conflict('audit_reviews.own_action', 'Your own actions are reviewed by another lead.');
      const note = body.note?.trim() || null;
      repository.record({ auditId: id, outcome: body.outcome, note, reviewedBy: actor.id, reviewedAt: change.nowIso });
      return {
        result: repository.byId(id)!,
        audit: {
          actor,
          action: 'audit.review',
          targetType: 'audit_entry',
          targetId: id,
          customerId: item.customerId,
          reason: note,
          details: { outcome: body.outcome, reasons: item.reasons, reviewedActorId: item.actorId, reviewedAction: item.action },
        },
      };
    }).result;
  }

  function get(id: number) {
    const item = repository.byId(id);
    if (!item) throw notFound('audit_reviews.not_found', 'This action is not in the review queue.');
    return item;
  }

  const dashboardTile: TileContributor = {
    id: 'audit.review_queue',
    access: 'audit.review',
    order: 10,
    compute({ now }) {
      const { count, oldestAt } = repository.pendingSummary();
      const hours = oldestAt ? Math.max(0, Math.floor((now.getTime() - Date.parse(oldestAt)) / 3_600_000)) : 0;
      return {
        kind: 'count',
        value: count,
        tone: count === 0 ? 'good' : hours >= 72 ? 'alarm' : 'attention',
        ...(oldestAt ? { secondary: { labelKey: 'guichet.dashboard.tiles.audit.review_queue.oldest', params: { hours } } } : {}),
        link: { resource: 'audit-reviews', filter: { status: 'pending' } },
      };
    },
  };

  return { sample, review, get, list: (...args: Parameters<typeof repository.page>) => repository.page(...args), dashboardTile };
}

export type AuditReviews = ReturnType<typeof createAuditReviews>;
