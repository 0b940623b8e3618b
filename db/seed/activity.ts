import type { CustomerProfile, SeedContext } from './context.js';
import { DAY_MS, isoAt, REFERENCE_MS } from './dates.js';
import { pickPerson } from './identity.js';
import { regions } from './pools.js';
import { WeightedTable } from './random.js';

export const LOGIN_WINDOW_DAYS = 90;

const loginCounts = new WeightedTable([
  [0, 8],
  [1, 8],
  [2, 10],
  [3, 12],
  [4, 12],
  [5, 11],
  [6, 10],
  [7, 8],
  [8, 7],
  [10, 6],
  [12, 4],
  [15, 3],
  [20, 1],
]);

export const DEVICES: readonly string[] = [
  'Chrome 130 on Windows 11',
  'Chrome 129 on Windows 10',
  'Firefox 132 on Windows 11',
  'Firefox 131 on Ubuntu',
  'Edge 130 on Windows 11',
  'Safari 18 on macOS',
  'Chrome 130 on macOS',
  'Firefox 132 on macOS',
  'Safari on iPhone',
  'Safari on iPad',
  'Chrome on Android',
  'Samsung Internet on Android',
  'OVHcloud app on iPhone',
  'OVHcloud app on Android',
  'Brave on Windows 11',
  'Chrome 130 on ChromeOS',
  'Firefox ESR 128 on Debian',
];

/** Holiday and business-trip destinations, with plausible address blocks. */
const TRAVEL: readonly { country: string; prefixes: readonly string[] }[] = [
  ...regions.map((region) => ({ country: region.country, prefixes: region.ipPrefixes })),
  { country: 'CH', prefixes: ['85.1.', '178.197.', '83.76.'] },
  { country: 'US', prefixes: ['73.162.', '98.207.', '24.5.'] },
  { country: 'MA', prefixes: ['105.154.', '41.250.'] },
  { country: 'TN', prefixes: ['197.2.', '41.226.'] },
  { country: 'CA', prefixes: ['70.52.', '142.114.'] },
];

export function writeLoginEvents(context: SeedContext, customer: CustomerProfile): void {
  const { random, writer } = context;
  if (customer.state === 'erased') return; // erasure anonymises the trail; the demo shows none
  let count = loginCounts.pick(random);
  if (customer.state === 'suspended') count = count >> 1;
  if (count === 0) return;
  const windowStart = Math.max(customer.createdMs, REFERENCE_MS - LOGIN_WINDOW_DAYS * DAY_MS);
  const isNewCustomer = customer.createdMs > REFERENCE_MS - LOGIN_WINDOW_DAYS * DAY_MS;
  const span = REFERENCE_MS - windowStart;
  // Each customer logs in from one home network block and one to three usual devices.
  const homePrefix = random.pick(customer.region.ipPrefixes) + String(random.int(0, 255)) + '.';
  const deviceCount = random.int(1, 3);
  const devices: string[] = [];
  for (let i = 0; i < deviceCount; i++) devices.push(random.pick(DEVICES));
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const occurredMs = windowStart + ((i + random.float()) / count) * span;
    let device = random.pick(devices);
    let country: string = customer.region.country;
    let ip = homePrefix + String(random.int(1, 254));
    let isNewDevice = isNewCustomer && !seen.has(device);
    if (random.chance(0.03)) {
      const trip = random.pick(TRAVEL);
      country = trip.country;
      ip = random.pick(trip.prefixes) + String(random.int(0, 255)) + '.' + String(random.int(1, 254));
      if (random.chance(0.05)) {
        device = random.pick(DEVICES);
        isNewDevice = true;
      }
    } else if (!isNewDevice && random.chance(0.02)) {
      isNewDevice = true; // a new phone or a reinstalled browser
    }
    seen.add(device);
    writer.loginEvent({
      customerId: customer.id,
      occurredAt: isoAt(occurredMs),
      ip,
      country,
      device,
      // One failure in five is a second factor refused (no extra draw: the rest of the stream stays as it was).
      result: random.chance(0.05) ? (i % 5 === 4 ? 'twofa_failed' : 'wrong_password') : 'success',
      isNewDevice: isNewDevice ? 1 : 0,
    });
  }
}

const subUserChance = { individual: 0.08, company: 0.7, association: 0.4, public_body: 0.7 } as const;

export function writeSubUsers(context: SeedContext, customer: CustomerProfile): void {
  const { random, writer } = context;
  if (customer.state === 'erased' || !random.chance(subUserChance[customer.legalForm])) return;
  const names = customer.region.words.subUserNames;
  const count = customer.legalForm === 'individual' ? 1 : customer.legalForm === 'association' ? random.int(1, 2) : random.int(1, 3);
  const offset = random.int(0, names.length - 1);
  for (let i = 0; i < count; i++) {
    const name = names[(offset + i) % names.length] as string;
    const colleague = pickPerson(random, customer.region);
    const email =
      customer.organisationDomain !== null
        ? `${random.chance(0.5) ? name : `${colleague.first.slug}.${colleague.lastNameSlug}`}@${customer.organisationDomain}`
        : `${colleague.first.slug}.${colleague.lastNameSlug}@${customer.region.emailDomains.pick(random)}`;
    const createdMs = customer.createdMs + random.float() * (REFERENCE_MS - customer.createdMs);
    writer.customerUser({
      customerId: customer.id,
      login: `${customer.handle}/${name}`,
      email,
      rights: i === 0 || random.chance(0.4) ? 'write' : 'read',
      createdAt: isoAt(createdMs),
      lastLoginAt: random.chance(0.8) ? isoAt(Math.max(createdMs, REFERENCE_MS - random.float() * LOGIN_WINDOW_DAYS * DAY_MS)) : null,
    });
  }
}

/** The e-mail trail: signup values, an occasional change by the customer, or the erasure. */
export function writeEmailHistory(context: SeedContext, customer: CustomerProfile): void {
  const { random, writer, emails } = context;
  const createdAt = isoAt(customer.createdMs);
  if (customer.state === 'erased') {
    // The signup row survives, its value anonymised; the erasure row shows the placeholder.
    writer.emailHistory({ customerId: customer.id, changedAt: createdAt, slot: 'primary', oldValue: null, newValue: null, cause: 'signup' });
    writer.emailHistory({
      customerId: customer.id,
      changedAt: isoAt(customer.updatedMs),
      slot: 'primary',
      oldValue: null,
      newValue: customer.primaryEmail,
      cause: 'erasure',
    });
    return;
  }
  let signupPrimary = customer.primaryEmail;
  let change: { old: string; atMs: number } | null = null;
  // Only people change their personal address; a company's contact@ mailbox stays put.
  if (customer.legalForm === 'individual' && random.chance(0.15)) {
    const at = customer.primaryEmail.indexOf('@');
    const previous = `${customer.primaryEmail.slice(0, at)}@${customer.region.emailDomains.pick(random)}`;
    if (previous !== customer.primaryEmail && emails.claim(previous)) {
      signupPrimary = previous;
      change = { old: previous, atMs: customer.createdMs + random.float() * (REFERENCE_MS - customer.createdMs) };
    }
  }
  writer.emailHistory({ customerId: customer.id, changedAt: createdAt, slot: 'primary', oldValue: null, newValue: signupPrimary, cause: 'signup' });
  if (customer.backupEmail !== null) {
    writer.emailHistory({ customerId: customer.id, changedAt: createdAt, slot: 'backup', oldValue: null, newValue: customer.backupEmail, cause: 'signup' });
  }
  if (change !== null) {
    writer.emailHistory({
      customerId: customer.id,
      changedAt: isoAt(change.atMs),
      slot: 'primary',
      oldValue: change.old,
      newValue: customer.primaryEmail,
      cause: 'customer',
    });
  }
}
