// Shapes of the JSON records the API returns (camelCase), used to type record contexts.

export const legalForms = ['individual', 'company', 'association', 'public_body'] as const;
export const customerStates = ['active', 'suspended', 'erased'] as const;
export const staffRoles = ['agent', 'lead', 'compliance', 'admin'] as const;

export type LegalForm = (typeof legalForms)[number];
export type CustomerState = (typeof customerStates)[number];
export type StaffRole = (typeof staffRoles)[number];
export type TwoFactorMethod = 'sms' | 'totp' | 'security_key';

/** A server-side reason an action is not possible now: `code` to translate, `message` as fallback. */
export interface ActionBlocker {
  code: string;
  message: string;
}

export interface Customer {
  id: number;
  nicHandle: string;
  customerCode: string;
  legalForm: LegalForm;
  firstName: string;
  lastName: string;
  organisation: string | null;
  displayName: string;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  language: string;
  phone: string | null;
  primaryEmail: string;
  backupEmail: string | null;
  newBackupRequired: boolean;
  twoFactorMethods: TwoFactorMethod[];
  backupCodesLeft: number;
  state: CustomerState;
  /** Why the backup e-mail cannot be promoted now (server rule), or null when it can. */
  blockedActions: Record<'backup-email.promote', ActionBlocker[]>;
  subsidiary: string;
  prepaidCreditCents: number;
  processingRestricted: boolean;
  hasUnpaidInvoice: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface Service {
  id: number;
  customerId: number;
  kind: 'domain' | 'web_hosting' | 'vps' | 'dedicated_server' | 'email_pro' | 'public_cloud';
  name: string;
  status: 'active' | 'suspended' | 'expired' | 'terminated';
  createdAt: string;
  expiresAt: string | null;
  adminContact: string;
  techContact: string;
  billingContact: string;
}

export interface Invoice {
  id: number;
  customerId: number;
  number: string;
  issuedAt: string;
  dueAt: string;
  amountCents: number;
  currency: string;
  status: 'paid' | 'unpaid';
  paidAt: string | null;
}

export interface Order {
  id: number;
  customerId: number;
  number: string;
  description: string;
  createdAt: string;
  amountCents: number;
  currency: string;
  status: 'pending' | 'paid' | 'cancelled';
}

export interface LoginEvent {
  id: number;
  customerId: number;
  occurredAt: string;
  ip: string;
  country: string;
  device: string;
  result: 'success' | 'failure';
  isNewDevice: boolean;
}

export const messageStatuses = ['queued', 'sent', 'failed'] as const;
export type MessageStatus = (typeof messageStatuses)[number];

export interface Message {
  id: number;
  customerId: number | null;
  toAddress: string;
  template: string;
  locale: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  /** When the next automatic delivery attempt is due (queued after a failure). */
  nextAttemptAt: string | null;
  /** How a sent message left: an SMTP server, or kept in the console's outbox (no server configured). */
  transport: 'smtp' | 'outbox' | null;
  causeAction: string;
  createdAt: string;
  sentAt: string | null;
}

export interface StaffMember {
  id: number;
  email: string;
  displayName: string;
  role: StaffRole;
  isActive: boolean;
  lockedUntil: string | null;
  createdAt: string;
  version: number;
}
