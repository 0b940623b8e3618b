import type { StaffRole } from '../../db/schema/staff.js';

// The permission matrix of SPEC §4.8, in one place. Routes name a permission; the UI receives
// the signed-in role's list from /api/auth/me and only mirrors it.
export const policy = {
  'customers.read': ['agent', 'lead', 'compliance'],
  'backup-email.promote': ['agent', 'lead'],
  // Re-queueing a customer e-mail that failed: whoever looks after customers may do it.
  'messages.retry': ['agent', 'lead', 'compliance'],
  'claims.manage': ['agent', 'lead'],
  'claims.approve': ['lead'],
  'flags.raise': ['agent', 'lead', 'compliance'],
  'flags.triage': ['lead'],
  // Passing an overridable lock (an open high-severity flag) with a reason (SPEC §4.3, §4.6).
  'locks.override': ['lead'],
  'gdpr.intake': ['agent', 'lead', 'compliance'],
  'gdpr.decide': ['compliance'],
  'audit.read': ['lead', 'compliance'],
  // Personal values inside audit entries: shown one entry at a time, each reveal audited.
  'audit.reveal': ['lead', 'compliance'],
  // The review queue of agents' sensitive actions (SPEC §4.7, §4.8).
  'audit.review': ['lead'],
  // Verifying the chain reveals no customer data, so the IT administrator may run it too.
  'audit.verify': ['lead', 'compliance', 'admin'],
  'staff.manage': ['admin'],
  // Separation of duties: a grant of a customer-data role, or a reset of such an account, is approved
  // by a second person who may see customer data (never by an admin alone).
  'staff.approve': ['lead', 'compliance'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof policy;
/**
 * `public`: no session needed (sign-in). `signed-in`: any role (me, sign-out). `service-token`: a
 * machine caller with a configured token (http/service-token.ts), never a staff session.
 */
export type Access = Permission | 'public' | 'signed-in' | 'service-token';

export const permissions = Object.keys(policy) as Permission[];

export function isAllowed(role: StaffRole | undefined, access: Access): boolean {
  if (access === 'public') return true;
  // No staff role may call a machine endpoint, whatever its rights on the data.
  if (role === undefined || access === 'service-token') return false;
  if (access === 'signed-in') return true;
  return (policy[access] as readonly StaffRole[]).includes(role);
}

export function permissionsOf(role: StaffRole): Permission[] {
  return permissions.filter((permission) => isAllowed(role, permission));
}

/** Roles that read customer data: granting one, or resetting such an account, needs a second person. */
export const readsCustomerData = (role: StaffRole): boolean => isAllowed(role, 'customers.read');
