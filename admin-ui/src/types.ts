// Shapes of the JSON records the API returns (camelCase), used to type record contexts.

export const legalForms = ['individual', 'company', 'association', 'public_body'] as const;
export const customerStates = ['active', 'suspended', 'erased'] as const;
export const staffRoles = ['agent', 'lead', 'compliance', 'admin'] as const;

export type LegalForm = (typeof legalForms)[number];
export type CustomerState = (typeof customerStates)[number];
export type StaffRole = (typeof staffRoles)[number];
export type TwoFactorMethod = 'sms' | 'totp' | 'security_key';

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

export interface Message {
  id: number;
  customerId: number;
  toAddress: string;
  template: string;
  locale: string;
  subject: string;
  textBody: string;
  status: 'queued' | 'sent' | 'failed';
  attempts: number;
  lastError: string | null;
  causeAction: string | null;
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
