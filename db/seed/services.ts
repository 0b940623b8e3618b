import type { CustomerProfile, SeedContext } from './context.js';
import { DAY_MS, isoAt, REFERENCE_MS, YEAR_MS } from './dates.js';
import { serverNumber, uniqueHex8 } from './identifiers.js';
import { WeightedTable } from './random.js';
import type { ServiceKind, ServiceStatus } from './rows.js';

const serviceCounts = {
  individual: new WeightedTable([
    [0, 10],
    [1, 22],
    [2, 22],
    [3, 17],
    [4, 11],
    [5, 8],
    [6, 5],
    [8, 3],
    [10, 2],
  ]),
  company: new WeightedTable([
    [1, 10],
    [2, 12],
    [3, 14],
    [4, 14],
    [5, 12],
    [6, 10],
    [8, 12],
    [10, 8],
    [14, 5],
    [20, 3],
  ]),
  association: new WeightedTable([
    [1, 30],
    [2, 30],
    [3, 25],
    [4, 15],
  ]),
  public_body: new WeightedTable([
    [1, 15],
    [2, 25],
    [3, 25],
    [5, 20],
    [8, 15],
  ]),
  // Erased accounts keep only what was terminated before the erasure.
  erased: new WeightedTable([
    [0, 40],
    [1, 35],
    [2, 25],
  ]),
};

const personalKinds = new WeightedTable<ServiceKind>([
  ['domain', 45],
  ['web_hosting', 22],
  ['vps', 15],
  ['public_cloud', 6],
  ['dedicated_server', 4],
  ['email_pro', 3],
]);
const organisationKinds = new WeightedTable<ServiceKind>([
  ['domain', 35],
  ['web_hosting', 15],
  ['email_pro', 15],
  ['vps', 15],
  ['dedicated_server', 10],
  ['public_cloud', 10],
]);

const statusesByState: Record<'active' | 'suspended', WeightedTable<ServiceStatus>> = {
  active: new WeightedTable<ServiceStatus>([
    ['active', 86],
    ['expired', 6],
    ['suspended', 2],
    ['terminated', 6],
  ]),
  suspended: new WeightedTable<ServiceStatus>([
    ['suspended', 75],
    ['expired', 10],
    ['terminated', 15],
  ]),
};

// OVHcloud address blocks that dedicated-server reverse names are built from.
const SERVER_BLOCKS = [
  '51-91',
  '51-68',
  '51-77',
  '54-36',
  '137-74',
  '145-239',
  '147-135',
  '149-202',
  '151-80',
  '164-132',
  '178-32',
  '188-165',
  '37-59',
  '5-39',
  '91-121',
  '94-23',
];

const YEARLY_KINDS: ReadonlySet<ServiceKind> = new Set(['domain', 'web_hosting', 'email_pro']);

export const DELEGATION_RATE = 0.1;

/** Writes the customer's services; returns how many it wrote. */
export function writeServices(context: SeedContext, customer: CustomerProfile): number {
  const { random, writer } = context;
  const count = customer.state === 'erased' ? serviceCounts.erased.pick(random) : serviceCounts[customer.legalForm].pick(random);
  if (count === 0) return 0;
  const kinds = customer.legalForm === 'individual' ? personalKinds : organisationKinds;
  const delegate =
    customer.state !== 'erased' && random.chance(DELEGATION_RATE)
      ? context.agencyHandles.length > 0
        ? random.pick(context.agencyHandles)
        : context.fallbackAgencyHandle
      : null;
  const ownDomains: string[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds.pick(random);
    const status: ServiceStatus = customer.state === 'erased' ? 'terminated' : statusesByState[customer.state].pick(random);
    const createdMs = customer.createdMs + random.float() * (REFERENCE_MS - customer.createdMs);
    let tech = customer.handle;
    let billing = customer.handle;
    if (delegate !== null) {
      const delegatesTech = random.chance(0.7);
      if (delegatesTech) tech = delegate;
      if (random.chance(0.5) || !delegatesTech) billing = delegate;
    }
    writer.service({
      customerId: customer.id,
      kind,
      name: serviceName(context, { customer, kind, ownDomains, index: i }),
      status,
      createdAt: isoAt(createdMs),
      expiresAt: expiry(context, { kind, status, createdMs }),
      adminContact: customer.handle,
      techContact: tech,
      billingContact: billing,
    });
  }
  return count;
}

interface NameRequest {
  customer: CustomerProfile;
  kind: ServiceKind;
  /** Domains this customer already has, that hostings and e-mail plans are named after. */
  ownDomains: string[];
  /** Position of the service among the customer's, to keep fallback names apart. */
  index: number;
}

function serviceName(context: SeedContext, request: NameRequest): string {
  const { random, sequences } = context;
  const { kind, ownDomains } = request;
  switch (kind) {
    case 'vps':
      return `vps-${uniqueHex8(sequences.vps++, 0x5eed)}.vps.ovh.net`;
    case 'dedicated_server':
      return `ns${serverNumber(sequences.server++)}.ip-${random.pick(SERVER_BLOCKS)}-${random.int(0, 255)}.eu`;
    case 'public_cloud':
      return `pci-project-${uniqueHex8(sequences.cloud++, 0xc10d)}`;
    case 'web_hosting':
    case 'email_pro':
      // Hosting and e-mail plans are named after the domain they serve.
      if (ownDomains.length > 0) return random.pick(ownDomains);
      break;
    case 'domain':
      break;
  }
  const domain = newDomain(context, request);
  ownDomains.push(domain);
  return domain;
}

// Extra domains of an organisation: its name under another extension, or with a suffix.
const ORGANISATION_SUFFIXES = ['shop', 'pro', 'app', 'group', 'online', 'events', 'booking', 'store', 'dev', 'info'];

function newDomain(context: SeedContext, request: NameRequest): string {
  const { random, domains } = context;
  const { customer, index } = request;
  const { region, person } = customer;
  const ownDomain = customer.organisationDomain;
  if (ownDomain !== null && request.ownDomains.length === 0) return ownDomain;
  const label = ownDomain === null ? null : ownDomain.slice(0, ownDomain.indexOf('.'));
  const first = person.first.slug;
  const last = person.lastNameSlug;
  let base = '';
  let tld = '';
  // A few deterministic attempts at a natural name before falling back to a tagged one.
  for (let attempt = 0; attempt < 6; attempt++) {
    tld = region.domainTlds.pick(random);
    if (label !== null) {
      base = attempt === 0 ? label : attempt === 5 ? `${label}-${customer.citySlug}` : `${label}-${random.pick(ORGANISATION_SUFFIXES)}`;
    } else {
      const hobby = random.pick(region.words.hobbies);
      base =
        attempt === 4
          ? `${first}-${last}-${hobby}`
          : attempt === 5
            ? `${last}-${customer.citySlug}`
            : random.pick([`${first}-${last}`, last, first + last, `${last}-${hobby}`, `${region.words.family}-${last}`, `${hobby}-${last}`]);
    }
    if (domains.claim(`${base}.${tld}`)) return `${base}.${tld}`;
  }
  // A letter per service keeps two fallbacks of one customer apart; the tag keeps customers apart.
  return domains.claimWithFallback(`${base}-${customer.tag}.${tld}`, `${base}-${customer.tag}${String.fromCharCode(97 + (index % 26))}.${tld}`);
}

function expiry(context: SeedContext, service: { kind: ServiceKind; status: ServiceStatus; createdMs: number }): string | null {
  const { random } = context;
  const { kind, status, createdMs } = service;
  if (status === 'terminated' || status === 'expired') {
    const endedMs = createdMs + random.float() * (REFERENCE_MS - createdMs);
    return isoAt(Math.min(endedMs, REFERENCE_MS - DAY_MS));
  }
  if (kind === 'public_cloud') return null; // pay as you go
  if (status === 'suspended') return isoAt(REFERENCE_MS + (random.float() * 60 - 30) * DAY_MS);
  if (YEARLY_KINDS.has(kind)) {
    const years = Math.max(1, Math.ceil((REFERENCE_MS - createdMs) / YEAR_MS));
    return isoAt(createdMs + years * YEAR_MS);
  }
  return isoAt(REFERENCE_MS + random.float() * 30 * DAY_MS);
}
