import { listRoute, recordRoute, parseRecordId } from '../../http/list-query.js';
import { actorOf, type RouteDefinition } from '../../http/routes.js';
import { parseOr400 } from '../../http/validate.js';
import { reviewBody, reviewListContract } from './audit-review.schemas.js';
import type { AuditReviews } from './audit-review.service.js';
import { reviewRowSchema } from './audit-review.views.js';

export function auditReviewRoutes(reviews: AuditReviews): RouteDefinition[] {
  return [
    listRoute({
      access: 'audit.review',
      contract: reviewListContract,
      list: (query) => reviews.list(query.filter.status ?? 'pending', query.sort.order, query.offset, query.limit),
      row: reviewRowSchema,
    }),
    recordRoute({ resource: 'audit-reviews', access: 'audit.review', get: reviews.get, response: reviewRowSchema }),
    {
      method: 'post',
      path: '/api/audit-reviews/:id/review',
      access: 'audit.review',
      schemas: { body: reviewBody, response: reviewRowSchema },
      handler: (req, res) => res.json(reviews.review(parseRecordId(req.params.id), parseOr400(reviewBody, req.body, 'review'), actorOf(req))),
    },
  ];
}
