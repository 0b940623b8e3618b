import type { Permission } from '../../../server/http/policy';

// Which permission (named in the server's policy table, SPEC §4.8) each screen and action needs.
// The server enforces; this only decides what to show. Unknown resources are denied.

const customerData: Permission = 'customers.read';

/** Which permission opens a resource for reading (list, show) and its default actions. */
const resourcePermission: Record<string, Permission> = {
  customers: customerData,
  services: customerData,
  invoices: customerData,
  orders: customerData,
  'customer-users': customerData,
  'login-events': customerData,
  flags: customerData,
  'email-history': customerData,
  messages: customerData,
  'email-claims': 'claims.manage',
  'gdpr-requests': 'gdpr.intake',
  staff: 'staff.manage',
  'staff-approvals': 'staff.approve',
  'audit-log': 'audit.read',
  // The chain page (verification, checkpoints) is the list view of the checkpoints.
  'audit-checkpoints': 'audit.verify',
  'audit-reviews': 'audit.review',
};

/** Named actions that need more than reading the resource. */
const actionPermission: Record<string, Record<string, Permission>> = {
  customers: { 'promote-backup-email': 'backup-email.promote', 'raise-flag': 'flags.raise', 'override-lock': 'locks.override' },
  flags: { triage: 'flags.triage', note: 'flags.raise' },
  messages: { retry: 'messages.retry' },
  'email-claims': { approve: 'claims.approve' },
  'gdpr-requests': { decide: 'gdpr.decide' },
  'audit-log': { verify: 'audit.verify', reveal: 'audit.reveal' },
};

export interface AccessRequest {
  resource: string;
  action: string;
}

export function requiredPermission({ resource, action }: AccessRequest): Permission | undefined {
  return actionPermission[resource]?.[action] ?? resourcePermission[resource];
}

export function canAccessWith(granted: readonly Permission[], request: AccessRequest): boolean {
  const needed = requiredPermission(request);
  return needed !== undefined && granted.includes(needed);
}
