import type { Database_ } from '../../../db/client.js';
import { staleVersion } from '../../http/errors.js';
import type { ListQuery } from '../../http/list-query.js';
import type { AuditedChanges } from '../audit/audited-change.js';
import type { AuditActor } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { cannotDemoteSelf, emailTaken, staffNotFound } from './staff.errors.js';
import { createStaffRepository } from './staff.repository.js';
import type { CreateStaffBody, StaffListFilter, UpdateStaffBody } from './staff.schemas.js';

interface StaffDeps {
  database: Database_;
  changes: AuditedChanges;
  revokeSessionsOfStaff: (staffId: number) => void;
}

export function createStaffService({ database, changes, revokeSessionsOfStaff }: StaffDeps) {
  const repository = createStaffRepository(database);

  function get(id: number) {
    const record = repository.findById(id);
    if (!record) throw staffNotFound();
    return record;
  }

  async function create(actor: AuditActor | null, body: CreateStaffBody) {
    const passwordHash = await hashPassword(body.password); // outside the transaction: it is slow and async
    return changes.apply(() => {
      if (repository.findByEmail(body.email)) throw emailTaken();
      const created = repository.insert({ email: body.email, displayName: body.displayName, role: body.role, passwordHash });
      return {
        result: created,
        audit: {
          actor,
          action: 'staff.create',
          targetType: 'staff',
          targetId: created.id,
          details: { after: { role: created.role } },
          personal: { after: { email: created.email, displayName: created.displayName } },
        },
      };
    }).result;
  }

  async function update(actor: AuditActor, id: number, body: UpdateStaffBody) {
    const passwordHash = body.password ? await hashPassword(body.password) : undefined;
    return changes.apply(({ nowIso }) => {
      const before = get(id);
      if (id === actor.id && ((body.role && body.role !== 'admin') || body.isActive === false)) throw cannotDemoteSelf();
      const values = {
        ...(body.displayName !== undefined ? { displayName: body.displayName } : {}),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.isActive !== undefined ? { isActive: body.isActive } : {}),
        ...(passwordHash ? { passwordHash, failedLogins: 0, lockedUntil: null } : {}),
        updatedAt: nowIso,
      };
      const after = repository.updateAtVersion(id, body.version, values);
      if (!after) throw staleVersion();
      // A role change, a deactivation or a new password ends the account's open sessions.
      if (before.role !== after.role || !after.isActive || passwordHash) revokeSessionsOfStaff(id);
      return {
        result: after,
        audit: {
          actor,
          action: 'staff.update',
          targetType: 'staff',
          targetId: id,
          details: {
            before: { role: before.role, isActive: before.isActive },
            after: { role: after.role, isActive: after.isActive },
            passwordReset: Boolean(passwordHash),
          },
          personal:
            before.displayName !== after.displayName ? { before: { displayName: before.displayName }, after: { displayName: after.displayName } } : null,
        },
      };
    }).result;
  }

  return { list: (query: ListQuery<StaffListFilter>) => repository.list(query), get, create, update };
}

export type StaffService = ReturnType<typeof createStaffService>;
