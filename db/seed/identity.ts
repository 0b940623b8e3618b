import { foldSearchKey } from '../../server/modules/customers/query/search-keys.js';
import type { LegalForm } from '../schema/customers.js';
import { domainSlug, type City, type NameForm, type Region } from './pools.js';
import type { Random } from './random.js';

export interface Person {
  first: NameForm;
  lastName: string;
  lastNameKey: string;
  lastNameSlug: string;
}

export interface Organisation {
  name: string;
  key: string;
  /** The part a domain is made from: `dupont-photo` for `Dupont Photo SARL`. */
  slug: string;
}

export interface Address {
  line1: string;
  line2: string | null;
  postalCode: string;
  city: City;
}

export function pickPerson(random: Random, region: Region): Person {
  const isFemale = random.chance(0.5);
  const first = random.pick(isFemale ? region.femaleFirstNames : region.maleFirstNames);
  const lastEntry = random.pick(region.lastNames);
  const last = isFemale ? lastEntry.female : lastEntry.male;
  if (region.secondLastNameChance > 0 && random.chance(region.secondLastNameChance)) {
    const secondEntry = random.pick(region.lastNames);
    const second = isFemale ? secondEntry.female : secondEntry.male;
    if (second !== last) {
      // Folding joins parts with one space, so keys concatenate exactly like the display.
      return {
        first,
        lastName: `${last.display} ${second.display}`,
        lastNameKey: `${last.key} ${second.key}`,
        lastNameSlug: last.slug + second.slug,
      };
    }
  }
  return { first, lastName: last.display, lastNameKey: last.key, lastNameSlug: last.slug };
}

/**
 * Replaces each `#` with a random digit. With `isCounting`, a number never starts with 0
 * (floors, flats: `3º B`, not `0º B`); phone numbers keep their leading zeros.
 */
export function fillDigits(random: Random, template: string, isCounting = false): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < template.length; i++) {
    const char = template[i] as string;
    if (char === '#') {
      const isLeading = isCounting && !(previous >= '0' && previous <= '9');
      previous = String.fromCharCode(48 + (isLeading ? 1 + (random.uint32() % 9) : random.uint32() % 10));
    } else {
      previous = char;
    }
    out += previous;
  }
  return out;
}

export function pickAddress(random: Random, region: Region): Address {
  const city = random.pick(region.cities);
  const street = random.pick(region.streets);
  const u = random.float();
  let number = String(1 + Math.floor(u * u * 160)); // small house numbers are the most common
  if (region.language === 'fr' && random.chance(0.04)) number += ' bis';
  const line1 =
    region.houseNumberPlacement === 'before' ? `${number} ${street}` : region.houseNumberPlacement === 'after' ? `${street} ${number}` : `${street}, ${number}`;
  const line2 = random.chance(0.18) ? fillDigits(random, random.pick(region.addressLine2), true) : null;
  return { line1, line2, postalCode: city.postalCode, city };
}

export function pickPhone(random: Random, region: Region): string | null {
  return random.chance(0.9) ? fillDigits(random, random.pick(region.phoneFormats)) : null;
}

// Words that make domain names long without making them recognisable.
const DOMAIN_STOP_WORDS = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'the',
  'of',
  'and',
  'van',
  'der',
  'den',
  'het',
  'di',
  'del',
  'della',
  'e',
  'y',
  'und',
  'von',
  'da',
  'do',
  'dos',
  'das',
  'w',
  'i',
  'z',
  'ev',
  'v',
  'a',
]);

export function organisationDomainSlug(name: string): string {
  const words = domainSlug(name)
    .split('-')
    .filter((word) => word.length > 0 && !DOMAIN_STOP_WORDS.has(word));
  return words.slice(0, 4).join('-');
}

function fillPlace(pattern: string, city: City): string {
  return pattern.replace('{deCity}', city.deName).replace('{city}', city.name);
}

export function pickOrganisation(
  random: Random,
  request: { region: Region; legalForm: Exclude<LegalForm, 'individual'>; representative: Person; city: City },
): Organisation {
  const { region, legalForm, representative: person, city } = request;
  let name: string;
  let slugSource: string;
  if (legalForm === 'company') {
    const activity = random.pick(region.companyActivities).display;
    const other = random.pick(region.lastNames).male.display;
    const patterns = [
      `${person.lastName} ${activity}`,
      `${activity} ${person.lastName}`,
      `${activity} ${city.name}`,
      `${person.lastName} & ${other}`,
      `${person.lastName} ${activity}`,
    ];
    const base = random.pick(patterns);
    const form = random.pick(region.companyForms);
    name = form.startsWith(',') ? base + form : `${base} ${form}`;
    slugSource = base;
  } else {
    const patterns = legalForm === 'association' ? region.associationNames : region.publicBodyNames;
    name = fillPlace(random.pick(patterns), city);
    slugSource = name;
  }
  return { name, key: foldSearchKey(name), slug: organisationDomainSlug(slugSource) };
}
