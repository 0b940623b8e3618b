import type { CustomerState, LegalForm } from '../schema/customers.js';
import { writeEmailHistory, writeLoginEvents, writeSubUsers } from './activity.js';
import { UNPAID_RATE, writeInvoices, writeOrders } from './billing.js';
import type { CustomerProfile, SeedContext } from './context.js';
import { DAY_MS, isoAt, REFERENCE_MS, YEAR_MS } from './dates.js';
import { FIXTURE_COUNT } from './fixtures.js';
import { backupEmail, organisationDomain, organisationEmail, personalEmail, type Naming } from './emails.js';
import { generatedCustomerCode, handleDigits } from './identifiers.js';
import { pickAddress, pickOrganisation, pickPerson, pickPhone, type Organisation } from './identity.js';
import { regionTable } from './pools.js';
import { WeightedTable } from './random.js';
import { writeServices } from './services.js';

export const legalFormTable = new WeightedTable<LegalForm>([
  ['individual', 80],
  ['company', 14],
  ['association', 4],
  ['public_body', 2],
]);
export const stateTable = new WeightedTable<CustomerState>([
  ['active', 93],
  ['suspended', 5],
  ['erased', 2],
]);

// ≈35% of accounts have a second factor, mostly an authenticator app.
const twoFactorTable = new WeightedTable<string>([
  ['[]', 65],
  ['["totp"]', 15],
  ['["sms"]', 10],
  ['["sms","totp"]', 5],
  ['["totp","security_key"]', 3],
  ['["security_key"]', 1],
  ['["sms","totp","security_key"]', 1],
]);

export const BACKUP_EMAIL_RATE = 0.6;
export const PREPAID_CREDIT_RATE = 0.05;
export const PROCESSING_RESTRICTED_RATE = 0.005;
export const ACCOUNT_HISTORY_YEARS = 15;

const ERASED = 'Erased';
const ERASED_KEY = 'erased';

function initial(slug: string): string {
  const char = slug.charAt(0);
  return char >= 'a' && char <= 'z' ? char : 'z';
}

/** Writes the `sequence`-th generated customer (id = fixtures + 1 + sequence) and its records. */
export function writeGeneratedCustomer(context: SeedContext, sequence: number): void {
  const { random, writer } = context;
  const id = FIXTURE_COUNT + 1 + sequence;
  const region = regionTable.pick(random);
  const legalForm = legalFormTable.pick(random);
  const state = stateTable.pick(random);
  const person = pickPerson(random, region);
  const address = pickAddress(random, region);
  const tag = handleDigits(sequence);
  const handle = `${initial(person.first.slug)}${initial(person.lastNameSlug)}${tag}-ovh`;
  // Younger accounts are more numerous: the provider grew over the years.
  const ageMs = DAY_MS / 2 + (1 - Math.sqrt(random.float())) * ACCOUNT_HISTORY_YEARS * YEAR_MS;
  const createdMs = REFERENCE_MS - ageMs;
  const updatedMs = createdMs + random.float() * (REFERENCE_MS - createdMs);
  const isErased = state === 'erased';

  const naming: Naming = { random, region, emails: context.emails, domains: context.domains, tag, citySlug: address.city.slug };
  let organisation: Organisation | null = null;
  let ownDomain: string | null = null;
  let primary: string;
  if (legalForm === 'individual') {
    primary = isErased ? `erased-${id}@invalid` : personalEmail(naming, person);
  } else {
    organisation = pickOrganisation(random, { region, legalForm, representative: person, city: address.city });
    ownDomain = organisationDomain(naming, organisation);
    primary = isErased ? `erased-${id}@invalid` : organisationEmail(naming, { kind: legalForm, name: organisation, domain: ownDomain, representative: person });
  }
  const backup = !isErased && random.chance(BACKUP_EMAIL_RATE) ? backupEmail(naming, person, primary) : null;
  const twoFactorMethods = isErased ? '[]' : twoFactorTable.pick(random);
  const subsidiary = region.subsidiaries.pick(random);

  writer.customer({
    id,
    nicHandle: handle,
    customerCode: generatedCustomerCode(sequence),
    legalForm,
    firstName: isErased ? ERASED : person.first.display,
    lastName: isErased ? ERASED : person.lastName,
    organisation: organisation === null ? null : isErased ? ERASED : organisation.name,
    addressLine1: isErased ? ERASED : address.line1,
    addressLine2: isErased ? null : address.line2,
    postalCode: isErased ? '' : address.postalCode,
    city: isErased ? ERASED : address.city.name,
    country: region.country,
    language: region.language,
    phone: isErased ? null : pickPhone(random, region),
    primaryEmail: primary,
    backupEmail: backup,
    twoFactorMethods,
    backupCodesLeft: twoFactorMethods === '[]' ? 0 : random.int(0, 10),
    state,
    subsidiary,
    prepaidCreditCents: !isErased && random.chance(PREPAID_CREDIT_RATE) ? random.int(5, 200) * 100 : 0,
    processingRestricted: !isErased && random.chance(PROCESSING_RESTRICTED_RATE) ? 1 : 0,
    lastNameKey: isErased ? ERASED_KEY : person.lastNameKey,
    firstNameKey: isErased ? ERASED_KEY : person.first.key,
    organisationKey: organisation === null ? null : isErased ? ERASED_KEY : organisation.key,
    createdAt: isoAt(createdMs),
    updatedAt: isoAt(updatedMs),
  });

  const profile: CustomerProfile = {
    id,
    handle,
    tag,
    legalForm,
    state,
    region,
    person,
    subsidiary,
    createdMs,
    updatedMs,
    citySlug: address.city.slug,
    organisationDomain: isErased ? null : ownDomain,
    primaryEmail: primary,
    backupEmail: backup,
    hasUnpaidInvoice: random.chance(UNPAID_RATE[state]),
  };
  writeServices(context, profile);
  writeInvoices(context, profile);
  writeOrders(context, profile);
  writeSubUsers(context, profile);
  writeLoginEvents(context, profile);
  writeEmailHistory(context, profile);
  // Live companies can be another customer's agency (delegated technical or billing contact).
  if (legalForm === 'company' && state === 'active') context.agencyHandles.push(handle);
}
