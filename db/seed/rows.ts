import type { CustomerState, LegalForm } from '../schema/customers.js';

// Row shapes as the seeder writes them: snake_case tables, but booleans as 0/1 because
// better-sqlite3 binds numbers, not booleans.

export interface CustomerRow {
  id: number;
  nicHandle: string;
  customerCode: string;
  legalForm: LegalForm;
  firstName: string;
  lastName: string;
  organisation: string | null;
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  country: string;
  language: string;
  phone: string | null;
  primaryEmail: string;
  backupEmail: string | null;
  twoFactorMethods: string;
  backupCodesLeft: number;
  state: CustomerState;
  subsidiary: string;
  prepaidCreditCents: number;
  processingRestricted: 0 | 1;
  lastNameKey: string;
  firstNameKey: string;
  organisationKey: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ServiceKind = 'domain' | 'web_hosting' | 'vps' | 'dedicated_server' | 'email_pro' | 'public_cloud';
export type ServiceStatus = 'active' | 'suspended' | 'expired' | 'terminated';

export interface ServiceRow {
  customerId: number;
  kind: ServiceKind;
  name: string;
  status: ServiceStatus;
  createdAt: string;
  expiresAt: string | null;
  adminContact: string;
  techContact: string;
  billingContact: string;
}

export interface CustomerUserRow {
  customerId: number;
  login: string;
  email: string;
  rights: 'read' | 'write';
  createdAt: string;
  lastLoginAt: string | null;
}

export interface InvoiceRow {
  customerId: number;
  number: string;
  issuedAt: string;
  dueAt: string;
  amountCents: number;
  currency: string;
  status: 'paid' | 'unpaid';
  paidAt: string | null;
}

export interface OrderRow {
  customerId: number;
  number: string;
  description: string;
  createdAt: string;
  amountCents: number;
  currency: string;
  status: 'pending' | 'paid' | 'cancelled';
}

export interface LoginEventRow {
  customerId: number;
  occurredAt: string;
  ip: string;
  country: string;
  device: string;
  result: 'success' | 'wrong_password' | 'twofa_failed';
  isNewDevice: 0 | 1;
}

export interface EmailHistoryRow {
  customerId: number;
  changedAt: string;
  slot: 'primary' | 'backup';
  oldValue: string | null;
  newValue: string | null;
  cause: 'signup' | 'customer' | 'erasure';
}

export interface SeedSummary {
  customers: number;
  services: number;
  invoices: number;
  orders: number;
  customerUsers: number;
  loginEvents: number;
  emailHistory: number;
}
