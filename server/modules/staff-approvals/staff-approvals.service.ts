import type { Database_ } from '../../../db/client.js';
import type { StaffApprovalKind, StaffRole } from '../../../db/schema/staff.js';
import type { ListQueryOf } from '../../http/list-query.js';
import type { AuditedChanges, ChangeContext } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import type { IssuedLink, StaffLinks } from '../staff-links/staff-links.service.js';
import { lastAdmin, staffNotFound } from '../staff/staff.errors.js';
import { createStaffRepository } from '../staff/staff.repository.js';
import { alreadyDecided, approvalNotFound, approvalPending, ownRequest } from './staff-approvals.errors.js';
import { createStaffApprovalsRepository } from './staff-approvals.repository.js';
import type { staffApprovalListContract } from './staff-approvals.schemas.js';

interface StaffApprovalsDeps {
  database: Database_;
  changes: AuditedChanges;
  links: StaffLinks;
  revokeSessionsOfStaff: (staffId: number) => void;
}

/**
 * Separation of duties (SPEC §4.8): a grant of a customer-data role, or a password or second-factor
 * reset of such an account, is asked for by an admin and carried out only when a lead or compliance
 * officer approves it. The approver never decides about their own account.
 */
export function createStaffApprovals({ database, changes, links, revokeSessionsOfStaff }: StaffApprovalsDeps) {
  const repository = createStaffApprovalsRepository(database);
  const staff = createStaffRepository(database);

  /** Inside the admin's change: queues the request, or refuses a duplicate of one already waiting. */
  function request(change: ChangeContext, values: { staffId: number; kind: StaffApprovalKind; role: StaffRole | null; requestedBy: number | null }) {
    const pending = repository.insertPending({ ...values, now: change.nowIso });
    if (!pending) throw approvalPending();
    return pending;
  }

  function approve(actor: AuditActor, id: number) {
    return changes.apply((change) => {
      const approval = repository.findById(id);
      if (!approval) throw approvalNotFound();
      if (approval.status !== 'pending') throw alreadyDecided();
      if (approval.staffId === actor.id) throw ownRequest();
      const person = staff.findById(approval.staffId);
      if (!person) throw staffNotFound();
      let issued: IssuedLink | null = null;
      if (approval.kind === 'role-grant' && approval.role) {
        if (person.role === 'admin' && staff.countOtherActiveAdmins(person.id) === 0) throw lastAdmin();
        staff.setRole(person.id, approval.role, change.nowIso);
        // Whatever password the account had may be known to whoever set it up: the person sets a new
        // one through a link that reaches them, and only then can the account read customer data.
        staff.clearPassword(person.id, change.nowIso);
        issued = links.issue(change, person, person.hasPassword ? 'password-reset' : 'invitation');
      } else if (approval.kind === 'password-reset') {
        issued = links.issue(change, person, 'password-reset');
      } else if (approval.kind === 'two-factor-reset') {
        staff.clearTwoFactor(person.id, change.nowIso);
      }
      revokeSessionsOfStaff(person.id);
      const decided = repository.decide(id, 'approved', actor.id, change.nowIso);
      if (!decided) throw alreadyDecided();
      return {
        // Without a mail server the approver hands the link over; with one, it goes only to the person.
        result: { ...decided, issuedLink: issued && !issued.isMailed ? issued : null, linkMailed: issued?.isMailed ?? false },
        audit: {
          actor,
          action: 'staff_approvals.approve',
          targetType: 'staff',
          targetId: person.id,
          details: { approvalId: id, kind: approval.kind, role: approval.role, requestedBy: approval.requestedBy },
        },
      };
    }).result;
  }

  function reject(actor: AuditActor, id: number) {
    return changes.apply(({ nowIso }) => {
      const approval = repository.findById(id);
      if (!approval) throw approvalNotFound();
      if (approval.status !== 'pending') throw alreadyDecided();
      const decided = repository.decide(id, 'rejected', actor.id, nowIso);
      if (!decided) throw alreadyDecided();
      return {
        result: decided,
        audit: {
          actor,
          action: 'staff_approvals.reject',
          targetType: 'staff',
          targetId: approval.staffId,
          details: { approvalId: id, kind: approval.kind, role: approval.role },
        },
      };
    }).result;
  }

  function get(id: number) {
    const approval = repository.findById(id);
    if (!approval) throw approvalNotFound();
    return approval;
  }

  return { request, approve, reject, get, list: (query: ListQueryOf<typeof staffApprovalListContract>) => repository.list(query) };
}

export type StaffApprovals = ReturnType<typeof createStaffApprovals>;
