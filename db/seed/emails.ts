import type { Organisation, Person } from './identity.js';
import type { Region } from './pools.js';
import type { Random } from './random.js';
import type { UniqueRegistry } from './unique-registry.js';

// Every address and domain is claimed in a registry so no two customers share one. When the
// natural candidates are taken, the last resort carries the customer's unique tag (the digits
// of its NIC-handle): no natural pattern ends in `.` or `-` followed by digits, so it cannot
// collide with anything.

/** What naming needs to know about the customer being written. */
export interface Naming {
  random: Random;
  region: Region;
  emails: UniqueRegistry;
  domains: UniqueRegistry;
  /** The digits of the customer's NIC-handle, unique among customers. */
  tag: string;
  /** The customer's town, for telling namesake organisations apart: `saint-malo`. */
  citySlug: string;
}

function birthYearDigits(random: Random): string {
  const year = 1955 + random.int(0, 52);
  return String(year % 100).padStart(2, '0');
}

/** A plausible personal local part: `jean.dupont`, `jdupont`, `dupont.jean`, `jean.dupont84`… */
export function personalLocalPart(random: Random, person: Person): string {
  const first = person.first.slug;
  const last = person.lastNameSlug;
  const style = random.uint32() % 100;
  if (style < 40) return `${first}.${last}`;
  if (style < 50) return first + last;
  if (style < 63) return `${first}.${last}${birthYearDigits(random)}`;
  if (style < 73) return first.charAt(0) + last;
  if (style < 81) return `${last}.${first}`;
  if (style < 86) return `${first}_${last}`;
  if (style < 93) return first + String(random.int(1, 9999));
  return last + first.charAt(0) + birthYearDigits(random);
}

/**
 * `local@provider`, or, when taken, what people do: a number (`jean.dupont1987`, `jdupont42`),
 * possibly at another provider. With a million customers the pools' names collide often; the
 * retries keep all but ~0.7% of addresses natural.
 */
export function personalEmail(naming: Naming, person: Person): string {
  const { random, region, emails, tag } = naming;
  const local = personalLocalPart(random, person);
  const domain = region.emailDomains.pick(random);
  if (emails.claim(`${local}@${domain}`)) return `${local}@${domain}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const suffix = attempt === 1 ? String(1950 + random.int(0, 57)) : String(random.int(1, attempt === 0 ? 99 : 999));
    const candidate = `${local}${suffix}@${attempt === 0 ? region.emailDomains.pick(random) : domain}`;
    if (emails.claim(candidate)) return candidate;
  }
  return emails.record(`${local}.${tag}@${domain}`);
}

/** A backup at another provider than the primary, so the two can never be equal. */
export function backupEmail(naming: Naming, person: Person, primary: string): string {
  const { random, region, emails, tag } = naming;
  const primaryDomain = primary.slice(primary.indexOf('@') + 1);
  let domain = region.emailDomains.pick(random);
  if (domain === primaryDomain) domain = primaryDomain === 'gmail.com' ? 'outlook.com' : 'gmail.com';
  const local = personalLocalPart(random, person);
  if (emails.claim(`${local}@${domain}`)) return `${local}@${domain}`;
  // Retries keep the provider: it is the one that differs from the primary's.
  for (let attempt = 0; attempt < 2; attempt++) {
    const candidate = `${local}${attempt === 0 ? random.int(1, 99) : 1950 + random.int(0, 57)}@${domain}`;
    if (emails.claim(candidate)) return candidate;
  }
  return emails.record(`${local}.${tag}@${domain}`);
}

/** The organisation's own domain (`dupont-photo.fr`), unique among all demo domains. */
export function organisationDomain(naming: Naming, organisation: Organisation): string {
  const { random, region, domains, tag, citySlug } = naming;
  const slug = organisation.slug.length > 0 ? organisation.slug : 'contact';
  // Namesakes (there are many "Tennis Club de Lyon") take another extension, the town, or a
  // shorter form, as they do in life.
  const short = slug.split('-').slice(0, 2).join('-');
  const candidates = [slug, slug, `${slug}-${citySlug}`, `${short}-${citySlug}`, `${citySlug}-${short}`];
  let tld = '';
  for (const candidate of candidates) {
    tld = region.domainTlds.pick(random);
    if (domains.claim(`${candidate}.${tld}`)) return `${candidate}.${tld}`;
  }
  return domains.record(`${slug}-${tag}.${tld}`);
}

const ORGANISATION_MAILBOXES = ['contact', 'info', 'admin', 'direction', 'secretariat', 'office'];

/** `contact@dupont-photo.fr`, the representative's own mailbox there, or an association's webmail. */
export function organisationEmail(
  naming: Naming,
  organisation: { kind: 'company' | 'association' | 'public_body'; name: Organisation; domain: string; representative: Person },
): string {
  const { random, region, emails, tag } = naming;
  // Small associations often run on a free webmail address rather than their own domain.
  if (organisation.kind === 'association' && random.chance(0.5)) {
    const local = organisation.name.slug.replace(/-/g, '.') || 'association';
    const webmail = region.emailDomains.pick(random);
    return emails.claimWithFallback(`${local}@${webmail}`, `${local}.${tag}@${webmail}`);
  }
  const { representative, domain } = organisation;
  const local = random.chance(0.5) ? random.pick(ORGANISATION_MAILBOXES) : `${representative.first.slug}.${representative.lastNameSlug}`;
  return emails.claimWithFallback(`${local}@${domain}`, `${local}.${tag}@${domain}`);
}
