import type { Database_ } from '../../../db/client.js';
import { staleVersion } from '../../http/errors.js';
import type { ListQueryOf } from '../../http/list-query.js';
import { readsCustomerData } from '../../http/policy.js';
import type { AuditedChanges, ChangeContext } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import type { StaffApprovals } from '../staff-approvals/staff-approvals.service.js';
import type { IssuedLink, StaffLinks } from '../staff-links/staff-links.service.js';
import { cannotDemoteSelf, emailTaken, lastAdmin, staffNotFound } from './staff.errors.js';
import { createStaffRepository, type StaffRecord } from './staff.repository.js';
import type { CreateStaffBody, CreateStaffFromCliBody, UpdateStaffBody, staffListContract } from './staff.schemas.js';

interface StaffDeps {
  database: Database_;
  changes: AuditedChanges;
  revokeSessionsOfStaff: (staffId: number) => void;
  /** Forgets every address's failed sign-ins on the account (the auth service). */
  clearAllFailures?: (staffId: number) => void;
  links?: StaffLinks;
  approvals?: StaffApprovals;
}

/** What an admin's action answers: the account, plus a link shown once, or the request now awaiting approval. */
export type StaffActionResult = NonNullable<StaffRecord> & { issuedLink?: IssuedLink; approvalRequested?: string };

export function createStaffService({ database, changes, revokeSessionsOfStaff, clearAllFailures, links, approvals }: StaffDeps) {
  const repository = createStaffRepository(database);

  function get(id: number) {
    const record = repository.findById(id);
    if (!record) throw staffNotFound();
    return record;
  }

  const needs = <T>(dependency: T | undefined): T => {
    if (!dependency) throw new Error('staff service built without links/approvals (command-line use only)');
    return dependency;
  };

  /**
   * An account that reads customer data waits for a lead's or compliance officer's approval; any other
   * (an administrator) gets its link at once, shown once to the admin and e-mailed to the person.
   */
  function grantOrRequest(change: ChangeContext, actor: AuditActor | null, person: NonNullable<StaffRecord>, kind: 'password-reset' | 'two-factor-reset') {
    if (readsCustomerData(person.role)) {
      needs(approvals).request(change, { staffId: person.id, kind, role: null, requestedBy: actor?.id ?? null });
      return { approvalRequested: kind };
    }
    if (kind === 'password-reset') return { issuedLink: needs(links).issue(change, person, 'password-reset') };
    repository.clearTwoFactor(person.id, change.nowIso);
    revokeSessionsOfStaff(person.id);
    return {};
  }

  function create(actor: AuditActor, body: CreateStaffBody): StaffActionResult {
    return changes.apply((change) => {
      if (repository.findByEmail(body.email)) throw emailTaken();
      const created = repository.insert({ email: body.email, displayName: body.displayName, role: body.role, passwordHash: '' });
      const outcome = readsCustomerData(body.role)
        ? (needs(approvals).request(change, { staffId: created.id, kind: 'role-grant', role: body.role, requestedBy: actor.id }),
          { approvalRequested: 'role-grant' })
        : { issuedLink: needs(links).issue(change, created, 'invitation') };
      return {
        result: { ...get(created.id), ...outcome },
        audit: {
          actor,
          action: 'staff.create',
          targetType: 'staff',
          targetId: created.id,
          details: { after: { role: created.role }, ...(outcome.approvalRequested ? { approvalRequested: outcome.approvalRequested } : {}) },
          personal: { after: { email: created.email, displayName: created.displayName } },
        },
      };
    }).result;
  }

  /** `npm run staff:create`: the operator who holds the database creates an account with a password. */
  async function createFromCli(body: CreateStaffFromCliBody) {
    const passwordHash = await hashPassword(body.password); // outside the transaction: it is slow and async
    return changes.apply(() => {
      if (repository.findByEmail(body.email)) throw emailTaken();
      const created = repository.insert({ email: body.email, displayName: body.displayName, role: body.role, passwordHash });
      return {
        result: created,
        audit: {
          actor: null,
          action: 'staff.create',
          targetType: 'staff',
          targetId: created.id,
          details: { after: { role: created.role }, through: 'command-line' },
          personal: { after: { email: created.email, displayName: created.displayName } },
        },
      };
    }).result;
  }

  function update(actor: AuditActor, id: number, body: UpdateStaffBody): StaffActionResult {
    return changes.apply((change) => {
      const before = get(id);
      if (id === actor.id && ((body.role && body.role !== 'admin') || body.isActive === false)) throw cannotDemoteSelf();
      const losesAdmin = before.role === 'admin' && before.isActive && ((body.role !== undefined && body.role !== 'admin') || body.isActive === false);
      if (losesAdmin && repository.countOtherActiveAdmins(id) === 0) throw lastAdmin();
      const roleChange = body.role !== undefined && body.role !== before.role ? body.role : undefined;
      // A customer-data role is granted only by a second person; any other role change applies now.
      const requestsGrant = roleChange !== undefined && readsCustomerData(roleChange);
      const values = {
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(roleChange !== undefined && !requestsGrant ? { role: roleChange } : {}),
        ...(body.isActive !== undefined ? { isActive: body.isActive } : {}),
        updatedAt: change.nowIso,
      };
      const after = repository.updateAtVersion(id, body.version, values);
      if (!after) throw staleVersion();
      if (requestsGrant) needs(approvals).request(change, { staffId: id, kind: 'role-grant', role: roleChange, requestedBy: actor.id });
      // A role change or a deactivation ends the account's open sessions at once.
      if (before.role !== after.role || !after.isActive) revokeSessionsOfStaff(id);
      return {
        result: { ...get(id), ...(requestsGrant ? { approvalRequested: 'role-grant' } : {}) },
        audit: {
          actor,
          action: 'staff.update',
          targetType: 'staff',
          targetId: id,
          details: {
            before: { role: before.role, isActive: before.isActive },
            after: { role: after.role, isActive: after.isActive },
            ...(requestsGrant ? { roleRequested: roleChange } : {}),
          },
          personal:
            before.displayName !== after.displayName ? { before: { displayName: before.displayName }, after: { displayName: after.displayName } } : null,
        },
      };
    }).result;
  }

  /** The admin never sets or sees a password: the owner gets a one-time link (after approval when needed). */
  function requestReset(actor: AuditActor, id: number, kind: 'password-reset' | 'two-factor-reset'): StaffActionResult {
    return changes.apply((change) => {
      const person = get(id);
      const outcome = grantOrRequest(change, actor, person, kind);
      return {
        result: { ...get(id), ...outcome },
        audit: {
          actor,
          action: kind === 'password-reset' ? 'staff.password_reset' : 'staff.two_factor_reset',
          targetType: 'staff',
          targetId: id,
          details: { approvalRequested: Boolean(outcome.approvalRequested) },
        },
      };
    }).result;
  }

  /** Lets every address try again at once (an address waiting after failed sign-ins). */
  function unlock(actor: AuditActor, id: number): StaffActionResult {
    return changes.apply(() => {
      const before = get(id);
      needs(clearAllFailures)(id);
      return {
        result: get(id),
        audit: { actor, action: 'staff.unlock', targetType: 'staff', targetId: id, details: { failedLogins: before.failedLogins } },
      };
    }).result;
  }

  return { list: (query: ListQueryOf<typeof staffListContract>) => repository.list(query), get, create, createFromCli, update, requestReset, unlock };
}

export type StaffService = ReturnType<typeof createStaffService>;
