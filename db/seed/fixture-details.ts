import type { TwoFactorMethod } from '../schema/customers.js';
import { fixtures, type FixtureName } from './fixtures.js';
import type { ServiceKind, ServiceStatus } from './rows.js';

// Everything about the fixture accounts beyond their identity. Dates are either fixed ISO
// instants (signups) or days before the reference date (recent activity), never "now".

export interface FixtureService {
  kind: ServiceKind;
  /** Required for domains and hostings; VPS, servers and cloud projects take the next generated name. */
  name?: string;
  status: ServiceStatus;
  createdAt: string;
  /** Days after the reference date (negative: in the past); null for pay-as-you-go. */
  expiresInDays: number | null;
  techContact?: string;
  billingContact?: string;
}

export interface FixtureDetails {
  addressLine1: string;
  addressLine2: string | null;
  postalCode: string;
  city: string;
  phone: string | null;
  subsidiary: string;
  twoFactorMethods: TwoFactorMethod[];
  backupCodesLeft: number;
  prepaidCreditCents: number;
  processingRestricted: boolean;
  createdAt: string;
  /** Days before the reference date. */
  updatedDaysAgo: number;
  services: FixtureService[];
  invoices: { issuedDaysAgo: number; amountCents: number; isUnpaid?: boolean }[];
  orders: { description: string; daysAgo: number; amountCents: number; status: 'pending' | 'paid' | 'cancelled' }[];
  subUsers: { name: string; email: string; rights: 'read' | 'write'; createdAt: string; lastLoginDaysAgo: number | null }[];
  /** Ordinary logins over the last 90 days from home. */
  usualLogins: { count: number; devices: string[]; ipPrefix: string; country: string } | null;
  /** An earlier primary address, replaced by the customer (shows the e-mail history). */
  previousPrimary?: { email: string; changedAt: string };
}

const agencyHandle = fixtures.agency.nicHandle;

export const fixtureDetails: Record<FixtureName, FixtureDetails> = {
  guideExample: {
    addressLine1: '12 rue de la Paix',
    addressLine2: null,
    postalCode: '75002',
    city: 'Paris',
    phone: '+33 6 12 34 56 78',
    subsidiary: 'FR',
    twoFactorMethods: ['totp'],
    backupCodesLeft: 8,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2012-03-14T09:21:07.000Z',
    updatedDaysAgo: 210,
    services: [
      { kind: 'domain', name: 'jean-dupont.fr', status: 'active', createdAt: '2012-03-14T09:30:00.000Z', expiresInDays: 134 },
      { kind: 'web_hosting', name: 'jean-dupont.fr', status: 'active', createdAt: '2012-03-14T09:32:00.000Z', expiresInDays: 134 },
      { kind: 'vps', status: 'active', createdAt: '2023-06-02T18:05:00.000Z', expiresInDays: 12 },
    ],
    invoices: [
      { issuedDaysAgo: 595, amountCents: 8399 },
      { issuedDaysAgo: 230, amountCents: 8399 },
      { issuedDaysAgo: 20, amountCents: 1199 },
    ],
    orders: [{ description: 'VPS Comfort 12 mois', daysAgo: 517, amountCents: 33600, status: 'paid' }],
    subUsers: [],
    usualLogins: { count: 8, devices: ['Firefox 132 on Windows 11', 'Safari on iPhone'], ipPrefix: '90.12.143.', country: 'FR' },
    previousPrimary: { email: 'jdupont@example.org', changedAt: '2019-05-06T20:14:51.000Z' },
  },
  withoutBackupEmail: {
    addressLine1: '27 avenue Jean Jaurès',
    addressLine2: 'Appartement 12',
    postalCode: '69007',
    city: 'Lyon',
    phone: '+33 6 98 76 54 32',
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2016-09-22T14:02:44.000Z',
    updatedDaysAgo: 400,
    services: [
      { kind: 'domain', name: 'helene-lefevre.fr', status: 'active', createdAt: '2016-09-22T14:10:00.000Z', expiresInDays: 325 },
      { kind: 'web_hosting', name: 'helene-lefevre.fr', status: 'active', createdAt: '2016-09-22T14:12:00.000Z', expiresInDays: 325 },
    ],
    invoices: [{ issuedDaysAgo: 40, amountCents: 4799 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 4, devices: ['Chrome 130 on macOS'], ipPrefix: '86.246.12.', country: 'FR' },
  },
  unpaidInvoice: {
    addressLine1: '5 rue du Moulin',
    addressLine2: null,
    postalCode: '44000',
    city: 'Nantes',
    phone: '+33 2 40 12 34 56',
    subsidiary: 'FR',
    twoFactorMethods: ['sms'],
    backupCodesLeft: 10,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2019-02-11T08:45:10.000Z',
    updatedDaysAgo: 20,
    services: [
      { kind: 'domain', name: 'garnier-menuiserie.fr', status: 'active', createdAt: '2019-02-11T08:50:00.000Z', expiresInDays: 102 },
      { kind: 'vps', status: 'active', createdAt: '2024-01-15T10:00:00.000Z', expiresInDays: 14 },
    ],
    invoices: [
      { issuedDaysAgo: 380, amountCents: 1199 },
      { issuedDaysAgo: 200, amountCents: 8400 },
      { issuedDaysAgo: 20, amountCents: 8400, isUnpaid: true },
    ],
    orders: [],
    subUsers: [],
    usualLogins: { count: 5, devices: ['Chrome on Android'], ipPrefix: '88.170.33.', country: 'FR' },
  },
  erasable: {
    addressLine1: '3 impasse des Lilas',
    addressLine2: null,
    postalCode: '35000',
    city: 'Rennes',
    phone: null,
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2017-04-03T19:30:00.000Z',
    updatedDaysAgo: 300,
    services: [
      { kind: 'domain', name: 'zoe-marchand.fr', status: 'terminated', createdAt: '2017-04-03T19:35:00.000Z', expiresInDays: -480 },
      { kind: 'public_cloud', status: 'terminated', createdAt: '2021-10-10T12:00:00.000Z', expiresInDays: -420 },
    ],
    invoices: [
      { issuedDaysAgo: 900, amountCents: 799 },
      { issuedDaysAgo: 450, amountCents: 2399 },
    ],
    orders: [{ description: 'Public Cloud Project 1 mois', daysAgo: 455, amountCents: 2500, status: 'cancelled' }],
    subUsers: [],
    usualLogins: { count: 2, devices: ['Safari 18 on macOS'], ipPrefix: '2.13.77.', country: 'FR' },
  },
  company: {
    addressLine1: '48 cours Lafayette',
    addressLine2: null,
    postalCode: '33000',
    city: 'Bordeaux',
    phone: '+33 5 56 12 34 56',
    subsidiary: 'FR',
    twoFactorMethods: ['totp', 'security_key'],
    backupCodesLeft: 10,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2014-11-05T10:11:12.000Z',
    updatedDaysAgo: 60,
    services: [
      {
        kind: 'domain',
        name: 'boulangerie-riviere.fr',
        status: 'active',
        createdAt: '2014-11-05T10:20:00.000Z',
        expiresInDays: 4,
        techContact: agencyHandle,
        billingContact: agencyHandle,
      },
      {
        kind: 'web_hosting',
        name: 'boulangerie-riviere.fr',
        status: 'active',
        createdAt: '2014-11-05T10:22:00.000Z',
        expiresInDays: 4,
        techContact: agencyHandle,
      },
      {
        kind: 'email_pro',
        name: 'boulangerie-riviere.fr',
        status: 'active',
        createdAt: '2018-02-01T09:00:00.000Z',
        expiresInDays: 93,
        techContact: agencyHandle,
      },
      { kind: 'vps', status: 'active', createdAt: '2022-03-20T16:40:00.000Z', expiresInDays: 19, techContact: agencyHandle, billingContact: agencyHandle },
    ],
    invoices: [
      { issuedDaysAgo: 400, amountCents: 45000 },
      { issuedDaysAgo: 100, amountCents: 12999 },
      { issuedDaysAgo: 35, amountCents: 3599 },
    ],
    orders: [{ description: 'Email Pro 12 mois', daysAgo: 100, amountCents: 2388, status: 'paid' }],
    subUsers: [
      { name: 'compta', email: 'compta.riviere@example.net', rights: 'read', createdAt: '2015-01-12T09:00:00.000Z', lastLoginDaysAgo: 6 },
      { name: 'webmaster', email: 'antoine.lambert@example.fr', rights: 'write', createdAt: '2014-11-06T11:00:00.000Z', lastLoginDaysAgo: 2 },
      { name: 'stagiaire', email: 'stage.riviere@example.net', rights: 'read', createdAt: '2026-06-01T08:30:00.000Z', lastLoginDaysAgo: null },
    ],
    usualLogins: { count: 6, devices: ['Edge 130 on Windows 11'], ipPrefix: '109.210.5.', country: 'FR' },
  },
  agency: {
    addressLine1: '9 rue Sainte-Catherine',
    addressLine2: 'Bâtiment B',
    postalCode: '33000',
    city: 'Bordeaux',
    phone: '+33 5 57 98 76 54',
    subsidiary: 'FR',
    twoFactorMethods: ['totp'],
    backupCodesLeft: 6,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2011-06-30T15:00:00.000Z',
    updatedDaysAgo: 15,
    services: [
      { kind: 'domain', name: 'agence-lumiere.fr', status: 'active', createdAt: '2011-06-30T15:05:00.000Z', expiresInDays: 241 },
      { kind: 'web_hosting', name: 'agence-lumiere.fr', status: 'active', createdAt: '2011-06-30T15:06:00.000Z', expiresInDays: 241 },
      { kind: 'dedicated_server', status: 'active', createdAt: '2020-09-01T09:00:00.000Z', expiresInDays: 27 },
      { kind: 'public_cloud', status: 'active', createdAt: '2023-02-14T14:00:00.000Z', expiresInDays: null },
    ],
    invoices: [
      { issuedDaysAgo: 60, amountCents: 18999 },
      { issuedDaysAgo: 30, amountCents: 18999 },
    ],
    orders: [{ description: 'Rise-1 12 mois', daysAgo: 3, amountCents: 72000, status: 'pending' }],
    subUsers: [{ name: 'dev', email: 'dev.lumiere@example.net', rights: 'write', createdAt: '2019-03-01T09:00:00.000Z', lastLoginDaysAgo: 1 }],
    usualLogins: { count: 10, devices: ['Firefox 131 on Ubuntu', 'Chrome 130 on macOS'], ipPrefix: '78.193.40.', country: 'FR' },
  },
  loginBurst: {
    addressLine1: '14 boulevard de la Liberté',
    addressLine2: null,
    postalCode: '31000',
    city: 'Toulouse',
    phone: '+33 6 45 67 89 01',
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2015-07-19T21:00:00.000Z',
    updatedDaysAgo: 500,
    services: [
      { kind: 'domain', name: 'marc-bonnet.fr', status: 'active', createdAt: '2015-07-19T21:10:00.000Z', expiresInDays: 260 },
      { kind: 'web_hosting', name: 'marc-bonnet.fr', status: 'active', createdAt: '2015-07-19T21:12:00.000Z', expiresInDays: 260 },
    ],
    invoices: [{ issuedDaysAgo: 100, amountCents: 4799 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 10, devices: ['Firefox 132 on Windows 11', 'Safari on iPhone'], ipPrefix: '90.3.21.', country: 'FR' },
  },
  english: {
    addressLine1: '42 Park Road',
    addressLine2: 'Flat 3',
    postalCode: 'M20 2RN',
    city: 'Manchester',
    phone: '+44 7700 900123',
    subsidiary: 'GB',
    twoFactorMethods: ['sms', 'totp'],
    backupCodesLeft: 9,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2018-01-08T11:20:00.000Z',
    updatedDaysAgo: 90,
    services: [
      { kind: 'domain', name: 'bennett-photography.co.uk', status: 'active', createdAt: '2018-01-08T11:25:00.000Z', expiresInDays: 68 },
      { kind: 'web_hosting', name: 'bennett-photography.co.uk', status: 'active', createdAt: '2018-01-08T11:26:00.000Z', expiresInDays: 68 },
    ],
    invoices: [{ issuedDaysAgo: 297, amountCents: 5999 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 5, devices: ['Chrome 130 on Windows 11'], ipPrefix: '86.140.9.', country: 'GB' },
  },
  suspended: {
    addressLine1: '8 rue Nationale',
    addressLine2: null,
    postalCode: '59000',
    city: 'Lille',
    phone: '+33 3 20 11 22 33',
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2020-05-25T07:30:00.000Z',
    updatedDaysAgo: 12,
    services: [
      { kind: 'domain', name: 'luc-moreau.fr', status: 'suspended', createdAt: '2020-05-25T07:35:00.000Z', expiresInDays: 5 },
      { kind: 'vps', status: 'suspended', createdAt: '2022-08-08T08:08:00.000Z', expiresInDays: -10 },
    ],
    invoices: [
      { issuedDaysAgo: 400, amountCents: 8400 },
      { issuedDaysAgo: 45, amountCents: 8400, isUnpaid: true },
    ],
    orders: [],
    subUsers: [],
    usualLogins: { count: 2, devices: ['Chrome 129 on Windows 10'], ipPrefix: '93.22.150.', country: 'FR' },
  },
  erased: {
    addressLine1: 'Erased',
    addressLine2: null,
    postalCode: '',
    city: 'Erased',
    phone: null,
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2013-10-01T10:00:00.000Z',
    updatedDaysAgo: 150,
    services: [{ kind: 'vps', status: 'terminated', createdAt: '2019-04-01T10:00:00.000Z', expiresInDays: -200 }],
    invoices: [{ issuedDaysAgo: 260, amountCents: 8400 }],
    orders: [],
    subUsers: [],
    usualLogins: null,
  },
  prepaidCredit: {
    addressLine1: '31 quai des Célestins',
    addressLine2: null,
    postalCode: '13001',
    city: 'Marseille',
    phone: '+33 6 11 22 33 44',
    subsidiary: 'FR',
    twoFactorMethods: ['totp'],
    backupCodesLeft: 3,
    prepaidCreditCents: 15000,
    processingRestricted: false,
    createdAt: '2021-03-03T13:13:13.000Z',
    updatedDaysAgo: 25,
    services: [
      { kind: 'domain', name: 'camille-blanc.fr', status: 'active', createdAt: '2021-03-03T13:20:00.000Z', expiresInDays: 122 },
      { kind: 'public_cloud', status: 'active', createdAt: '2024-04-04T10:00:00.000Z', expiresInDays: null },
    ],
    invoices: [{ issuedDaysAgo: 25, amountCents: 20000 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 6, devices: ['Chrome 130 on ChromeOS'], ipPrefix: '82.64.7.', country: 'FR' },
  },
  processingRestricted: {
    addressLine1: '2 place du Marché',
    addressLine2: null,
    postalCode: '57000',
    city: 'Metz',
    phone: '+33 3 87 65 43 21',
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: true,
    createdAt: '2018-12-12T12:00:00.000Z',
    updatedDaysAgo: 45,
    services: [
      { kind: 'domain', name: 'nathalie-dubois.fr', status: 'active', createdAt: '2018-12-12T12:10:00.000Z', expiresInDays: 41 },
      { kind: 'web_hosting', name: 'nathalie-dubois.fr', status: 'active', createdAt: '2018-12-12T12:11:00.000Z', expiresInDays: 41 },
    ],
    invoices: [{ issuedDaysAgo: 324, amountCents: 4799 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 3, devices: ['Firefox 132 on macOS'], ipPrefix: '92.154.60.', country: 'FR' },
  },
  association: {
    addressLine1: '17 rue Victor Hugo',
    addressLine2: null,
    postalCode: '69003',
    city: 'Lyon',
    phone: '+33 4 78 12 34 56',
    subsidiary: 'FR',
    twoFactorMethods: [],
    backupCodesLeft: 0,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2016-02-29T18:00:00.000Z',
    updatedDaysAgo: 220,
    services: [
      { kind: 'domain', name: 'amis-velo-lyon.fr', status: 'active', createdAt: '2016-02-29T18:05:00.000Z', expiresInDays: 120 },
      { kind: 'web_hosting', name: 'amis-velo-lyon.fr', status: 'active', createdAt: '2016-02-29T18:06:00.000Z', expiresInDays: 120 },
    ],
    invoices: [{ issuedDaysAgo: 245, amountCents: 3599 }],
    orders: [],
    subUsers: [],
    usualLogins: { count: 3, devices: ['Chrome 130 on Windows 11'], ipPrefix: '90.45.11.', country: 'FR' },
  },
  publicBody: {
    addressLine1: 'place Chateaubriand',
    addressLine2: 'BP 147',
    postalCode: '35400',
    city: 'Saint-Malo',
    phone: '+33 2 99 12 34 00',
    subsidiary: 'FR',
    twoFactorMethods: ['security_key'],
    backupCodesLeft: 10,
    prepaidCreditCents: 0,
    processingRestricted: false,
    createdAt: '2010-01-18T09:00:00.000Z',
    updatedDaysAgo: 70,
    services: [
      { kind: 'domain', name: 'ville-saint-malo.fr', status: 'active', createdAt: '2010-01-18T09:10:00.000Z', expiresInDays: 78 },
      { kind: 'email_pro', name: 'ville-saint-malo.fr', status: 'active', createdAt: '2015-05-05T09:00:00.000Z', expiresInDays: 186 },
      { kind: 'dedicated_server', status: 'active', createdAt: '2021-11-02T09:00:00.000Z', expiresInDays: 1 },
    ],
    invoices: [
      { issuedDaysAgo: 150, amountCents: 129900 },
      { issuedDaysAgo: 32, amountCents: 21999 },
    ],
    orders: [],
    subUsers: [{ name: 'dsi', email: 'dsi.mairie@example.fr', rights: 'write', createdAt: '2015-05-05T09:30:00.000Z', lastLoginDaysAgo: 4 }],
    usualLogins: { count: 7, devices: ['Edge 130 on Windows 11'], ipPrefix: '80.12.44.', country: 'FR' },
  },
};
