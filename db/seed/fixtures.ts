import type { CustomerState, LegalForm } from '../schema/customers.js';

/**
 * The documented demo accounts (docs/DEMO-DATA.md). They are written first, with ids 1..N, and
 * are identical whatever the seed or the customer count, so tests, the guide and a new user can
 * rely on them. Their handles have 5 digits and their codes start with 0: generated accounts
 * use 6+ digits and codes from 10000000, so nothing generated can ever take their place.
 */
export interface FixtureAccount {
  id: number;
  nicHandle: string;
  /** Stored form; shown as 0123-45-67. */
  customerCode: string;
  legalForm: LegalForm;
  state: CustomerState;
  country: string;
  language: string;
  firstName: string;
  lastName: string;
  organisation: string | null;
  primaryEmail: string;
  backupEmail: string | null;
  demonstrates: string;
}

export const fixtures = {
  guideExample: {
    id: 1, nicHandle: 'xx11111-ovh', customerCode: '01234567', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Jean', lastName: 'Dupont', organisation: null,
    primaryEmail: 'jean.dupont@example.fr', backupEmail: 'jean.dupont.secours@example.net',
    demonstrates: "The guide's own example: backup e-mail, TOTP, active domain + hosting + VPS, paid invoices only",
  },
  withoutBackupEmail: {
    id: 2, nicHandle: 'hl22222-ovh', customerCode: '02222222', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Hélène', lastName: 'Lefèvre', organisation: null,
    primaryEmail: 'helene.lefevre@example.fr', backupEmail: null,
    demonstrates: 'No backup e-mail: promotion refused with a clear reason; accents folded in search (helene lefevre)',
  },
  unpaidInvoice: {
    id: 3, nicHandle: 'fg33333-ovh', customerCode: '03333333', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'François', lastName: 'Garnier', organisation: null,
    primaryEmail: 'francois.garnier@example.fr', backupEmail: 'f.garnier@example.net',
    demonstrates: 'One overdue unpaid invoice: blocks erasure',
  },
  erasable: {
    id: 4, nicHandle: 'zm44444-ovh', customerCode: '04444444', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Zoë', lastName: 'Marchand', organisation: null,
    primaryEmail: 'zoe.marchand@example.fr', backupEmail: 'zoe.marchand@example.org',
    demonstrates: 'Erasable: only terminated services, invoices paid, no pending order, no credit',
  },
  company: {
    id: 5, nicHandle: 'sr55555-ovh', customerCode: '05555555', legalForm: 'company', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Sophie', lastName: 'Rivière', organisation: 'Boulangerie Rivière SAS',
    primaryEmail: 'sophie.riviere@example.fr', backupEmail: 'compta.riviere@example.net',
    demonstrates: 'Company (SAS) with its legal representative; tech/billing contacts delegated to al66666-ovh; 3 sub-users',
  },
  agency: {
    id: 6, nicHandle: 'al66666-ovh', customerCode: '06666666', legalForm: 'company', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Antoine', lastName: 'Lambert', organisation: 'Agence Web Lumière SARL',
    primaryEmail: 'antoine.lambert@example.fr', backupEmail: 'contact.lumiere@example.net',
    demonstrates: "Web agency: the technical/billing contact on the company's services",
  },
  loginBurst: {
    id: 7, nicHandle: 'mb77777-ovh', customerCode: '07777777', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Marc', lastName: 'Bonnet', organisation: null,
    primaryEmail: 'marc.bonnet@example.fr', backupEmail: 'marc.bonnet@example.net',
    demonstrates: '15 failed logins from BR/VN/NG on new devices within 10 minutes, then a success from VN',
  },
  english: {
    id: 8, nicHandle: 'ob88888-ovh', customerCode: '08888888', legalForm: 'individual', state: 'active',
    country: 'GB', language: 'en', firstName: 'Oliver', lastName: 'Bennett', organisation: null,
    primaryEmail: 'oliver.bennett@example.co.uk', backupEmail: 'oliver.bennett@example.com',
    demonstrates: 'English-language customer of the GB subsidiary (letters and e-mails in English, GBP invoices)',
  },
  suspended: {
    id: 9, nicHandle: 'lm99999-ovh', customerCode: '09999999', legalForm: 'individual', state: 'suspended',
    country: 'FR', language: 'fr', firstName: 'Luc', lastName: 'Moreau', organisation: null,
    primaryEmail: 'luc.moreau@example.fr', backupEmail: null,
    demonstrates: 'Suspended for non-payment: suspended services, unpaid invoice',
  },
  erased: {
    id: 10, nicHandle: 'tc10101-ovh', customerCode: '01010101', legalForm: 'individual', state: 'erased',
    country: 'FR', language: 'fr', firstName: 'Erased', lastName: 'Erased', organisation: null,
    primaryEmail: 'erased-10@invalid', backupEmail: null,
    demonstrates: 'Erased account: personal data replaced, one terminated service, invoice kept for legal retention',
  },
  prepaidCredit: {
    id: 11, nicHandle: 'cb12121-ovh', customerCode: '01212121', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Camille', lastName: 'Blanc', organisation: null,
    primaryEmail: 'camille.blanc@example.fr', backupEmail: 'camille.blanc@example.net',
    demonstrates: 'Prepaid credit of 150.00 EUR: blocks erasure',
  },
  processingRestricted: {
    id: 12, nicHandle: 'nd13131-ovh', customerCode: '01313131', legalForm: 'individual', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Nathalie', lastName: 'Dubois', organisation: null,
    primaryEmail: 'nathalie.dubois@example.fr', backupEmail: 'nathalie.dubois@example.net',
    demonstrates: 'GDPR processing restriction in force (banner everywhere)',
  },
  association: {
    id: 13, nicHandle: 'ap14141-ovh', customerCode: '01414141', legalForm: 'association', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Anne', lastName: 'Perrin', organisation: 'Association Les Amis du Vélo de Lyon',
    primaryEmail: 'velo.lyon@example.org', backupEmail: 'anne.perrin@example.fr',
    demonstrates: 'Association, represented by its president',
  },
  publicBody: {
    id: 14, nicHandle: 'mp15151-ovh', customerCode: '01515151', legalForm: 'public_body', state: 'active',
    country: 'FR', language: 'fr', firstName: 'Martine', lastName: 'Picard', organisation: 'Mairie de Saint-Malo',
    primaryEmail: 'dsi.mairie@example.fr', backupEmail: 'martine.picard@example.fr',
    demonstrates: 'Public body, with a write sub-user for its IT department',
  },
} as const satisfies Record<string, FixtureAccount>;

export type FixtureName = keyof typeof fixtures;

export const fixtureList: readonly FixtureAccount[] = Object.values(fixtures);

export const FIXTURE_COUNT = fixtureList.length;
