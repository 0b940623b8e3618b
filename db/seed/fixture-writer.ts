import { foldSearchKey } from '../../server/modules/customers/query/search-keys.js';
import type { SeedContext } from './context.js';
import { currencyOf } from './billing.js';
import { DAY_MS, daysBefore, isoAt, MINUTE_MS, REFERENCE_MS } from './dates.js';
import { fixtureDetails, type FixtureDetails, type FixtureService } from './fixture-details.js';
import { fixtures, type FixtureAccount, type FixtureName } from './fixtures.js';
import { orderNumber, invoiceNumber, serverNumber, uniqueHex8 } from './identifiers.js';

/** Writes the fixture accounts with ids 1..N. Uses no randomness, so they never vary. */
interface Fixture {
  account: FixtureAccount;
  details: FixtureDetails;
}

export function writeFixtures(context: SeedContext): void {
  for (const name of Object.keys(fixtures) as FixtureName[]) {
    const fixture: Fixture = { account: fixtures[name], details: fixtureDetails[name] };
    reserveUniqueValues(context, fixture);
    writeAccount(context, fixture);
    for (const service of fixture.details.services) writeService(context, { account: fixture.account, service });
    writeBilling(context, fixture);
    writeSubUsers(context, fixture);
    writeUsualLogins(context, fixture);
    if (name === 'loginBurst') writeLoginBurst(context, fixture.account);
    writeEmailHistory(context, fixture);
  }
}

function reserveUniqueValues(context: SeedContext, { account, details }: Fixture): void {
  context.emails.claim(account.primaryEmail);
  if (account.backupEmail !== null) context.emails.claim(account.backupEmail);
  if (details.previousPrimary) context.emails.claim(details.previousPrimary.email);
  for (const service of details.services) if (service.name !== undefined) context.domains.claim(service.name);
}

function writeAccount(context: SeedContext, { account, details }: Fixture): void {
  context.writer.customer({
    id: account.id,
    nicHandle: account.nicHandle,
    customerCode: account.customerCode,
    legalForm: account.legalForm,
    firstName: account.firstName,
    lastName: account.lastName,
    organisation: account.organisation,
    addressLine1: details.addressLine1,
    addressLine2: details.addressLine2,
    postalCode: details.postalCode,
    city: details.city,
    country: account.country,
    language: account.language,
    phone: details.phone,
    primaryEmail: account.primaryEmail,
    backupEmail: account.backupEmail,
    twoFactorMethods: JSON.stringify(details.twoFactorMethods),
    backupCodesLeft: details.backupCodesLeft,
    state: account.state,
    subsidiary: details.subsidiary,
    prepaidCreditCents: details.prepaidCreditCents,
    processingRestricted: details.processingRestricted ? 1 : 0,
    lastNameKey: foldSearchKey(account.lastName),
    firstNameKey: foldSearchKey(account.firstName),
    organisationKey: account.organisation === null ? null : foldSearchKey(account.organisation),
    createdAt: details.createdAt,
    updatedAt: isoAt(daysBefore(details.updatedDaysAgo)),
  });
}

function serviceName(context: SeedContext, service: FixtureService): string {
  const { sequences } = context;
  if (service.name !== undefined) return service.name;
  switch (service.kind) {
    case 'vps':
      return `vps-${uniqueHex8(sequences.vps++, 0x5eed)}.vps.ovh.net`;
    case 'dedicated_server':
      return `ns${serverNumber(sequences.server++)}.ip-51-91-12.eu`;
    case 'public_cloud':
      return `pci-project-${uniqueHex8(sequences.cloud++, 0xc10d)}`;
    default:
      throw new Error(`fixture ${service.kind} needs a name`);
  }
}

function writeService(context: SeedContext, { account, service }: { account: FixtureAccount; service: FixtureService }): void {
  context.writer.service({
    customerId: account.id,
    kind: service.kind,
    name: serviceName(context, service),
    status: service.status,
    createdAt: service.createdAt,
    expiresAt: service.expiresInDays === null ? null : isoAt(REFERENCE_MS + service.expiresInDays * DAY_MS),
    adminContact: account.nicHandle,
    techContact: service.techContact ?? account.nicHandle,
    billingContact: service.billingContact ?? account.nicHandle,
  });
}

function writeBilling(context: SeedContext, { account, details }: Fixture): void {
  const { writer, sequences } = context;
  const currency = currencyOf(details.subsidiary);
  for (const invoice of details.invoices) {
    const issuedMs = daysBefore(invoice.issuedDaysAgo) + 6 * 60 * MINUTE_MS;
    writer.invoice({
      customerId: account.id,
      number: invoiceNumber(details.subsidiary, sequences.invoice++),
      issuedAt: isoAt(issuedMs),
      dueAt: isoAt(issuedMs + (invoice.isUnpaid ? 15 : 30) * DAY_MS),
      amountCents: invoice.amountCents,
      currency,
      status: invoice.isUnpaid ? 'unpaid' : 'paid',
      paidAt: invoice.isUnpaid ? null : isoAt(issuedMs + 2 * DAY_MS),
    });
  }
  for (const order of details.orders) {
    writer.order({
      customerId: account.id,
      number: orderNumber(sequences.order++),
      description: order.description,
      createdAt: isoAt(daysBefore(order.daysAgo) + 14 * 60 * MINUTE_MS),
      amountCents: order.amountCents,
      currency,
      status: order.status,
    });
  }
}

function writeSubUsers(context: SeedContext, { account, details }: Fixture): void {
  for (const user of details.subUsers) {
    context.writer.customerUser({
      customerId: account.id,
      login: `${account.nicHandle}/${user.name}`,
      email: user.email,
      rights: user.rights,
      createdAt: user.createdAt,
      lastLoginAt: user.lastLoginDaysAgo === null ? null : isoAt(daysBefore(user.lastLoginDaysAgo) + 9 * 60 * MINUTE_MS),
    });
  }
}

/** Evenly spread over the last 90 days, at office-ish hours, from the home network. */
function writeUsualLogins(context: SeedContext, { account, details }: Fixture): void {
  const logins = details.usualLogins;
  if (logins === null) return;
  for (let i = 0; i < logins.count; i++) {
    const daysAgo = 2 + ((logins.count - 1 - i) * 86) / logins.count;
    const device = logins.devices[i % logins.devices.length] as string;
    context.writer.loginEvent({
      customerId: account.id,
      occurredAt: isoAt(daysBefore(Math.floor(daysAgo)) + (8 + ((i * 5) % 12)) * 60 * MINUTE_MS + i * 7 * MINUTE_MS),
      ip: `${logins.ipPrefix}${10 + ((account.id * 37 + i * 11) % 200)}`,
      country: logins.country,
      device,
      result: 'success',
      isNewDevice: 0,
    });
  }
}

const BURST_SOURCES = [
  { country: 'BR', ip: '177.37.152.', device: 'Chrome 119 on Linux' },
  { country: 'VN', ip: '14.161.27.', device: 'Firefox 115 on Windows 10' },
  { country: 'NG', ip: '105.112.96.', device: 'Opera on Android' },
] as const;

export const LOGIN_BURST_START = isoAt(daysBefore(1) + (3 * 60 + 12) * MINUTE_MS);

/** 15 failures from three countries never seen on the account, within 10 minutes, then a success. */
function writeLoginBurst(context: SeedContext, account: FixtureAccount): void {
  const startMs = Date.parse(LOGIN_BURST_START);
  for (let i = 0; i < 15; i++) {
    const source = BURST_SOURCES[i % 3] as (typeof BURST_SOURCES)[number];
    context.writer.loginEvent({
      customerId: account.id,
      occurredAt: isoAt(startMs + i * 38_000),
      ip: `${source.ip}${20 + i}`,
      country: source.country,
      device: source.device,
      result: 'wrong_password',
      isNewDevice: 1,
    });
  }
  const winner = BURST_SOURCES[1];
  context.writer.loginEvent({
    customerId: account.id,
    occurredAt: isoAt(startMs + 10 * MINUTE_MS + 30_000),
    ip: `${winner.ip}99`,
    country: winner.country,
    device: winner.device,
    result: 'success',
    isNewDevice: 1,
  });
}

function writeEmailHistory(context: SeedContext, { account, details }: Fixture): void {
  const { writer } = context;
  const base = { customerId: account.id, oldValue: null } as const;
  if (account.state === 'erased') {
    writer.emailHistory({ ...base, changedAt: details.createdAt, slot: 'primary', newValue: null, cause: 'signup' });
    writer.emailHistory({
      ...base,
      changedAt: isoAt(daysBefore(details.updatedDaysAgo)),
      slot: 'primary',
      newValue: account.primaryEmail,
      cause: 'erasure',
    });
    return;
  }
  const previous = details.previousPrimary;
  writer.emailHistory({ ...base, changedAt: details.createdAt, slot: 'primary', newValue: previous?.email ?? account.primaryEmail, cause: 'signup' });
  if (account.backupEmail !== null) {
    writer.emailHistory({ ...base, changedAt: details.createdAt, slot: 'backup', newValue: account.backupEmail, cause: 'signup' });
  }
  if (previous) {
    writer.emailHistory({
      customerId: account.id,
      changedAt: previous.changedAt,
      slot: 'primary',
      oldValue: previous.email,
      newValue: account.primaryEmail,
      cause: 'customer',
    });
  }
}
