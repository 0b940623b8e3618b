import { foldSearchKey } from '../../server/modules/customers/query/search-keys.js';
import { belgiumDutch, belgiumFrench } from './pool-be.js';
import { germany } from './pool-de.js';
import { spain } from './pool-es.js';
import { france } from './pool-fr.js';
import { greatBritain, ireland } from './pool-gb.js';
import { italy } from './pool-it.js';
import { netherlands } from './pool-nl.js';
import { poland } from './pool-pl.js';
import { portugal } from './pool-pt.js';
import type { CountryCode, Language, RegionSource } from './pool-types.js';
import { languageWords, type LanguageWords } from './languages.js';
import { WeightedTable } from './random.js';

export type { CountryCode, Language } from './pool-types.js';

// Pools are compiled once at load: search keys and e-mail/domain slugs of every name are
// computed here, so the per-customer loop only concatenates precomputed strings.

/** A name with its search key (`Hélène` → `helene`) and its e-mail slug (`Le Gall` → `legall`). */
export interface NameForm {
  display: string;
  key: string;
  slug: string;
}

export interface LastName {
  male: NameForm;
  female: NameForm;
}

export interface City {
  postalCode: string;
  name: string;
  /** For domain names: `saint-etienne`. */
  slug: string;
  /** French `de Lyon`, `d'Angers`, `du Mans`; other languages never use it. */
  deName: string;
}

export interface Region {
  region: string;
  country: CountryCode;
  language: Language;
  words: LanguageWords;
  femaleFirstNames: NameForm[];
  maleFirstNames: NameForm[];
  lastNames: LastName[];
  secondLastNameChance: number;
  cities: City[];
  streets: string[];
  houseNumberPlacement: RegionSource['houseNumberPlacement'];
  addressLine2: string[];
  phoneFormats: string[];
  emailDomains: WeightedTable<string>;
  domainTlds: WeightedTable<string>;
  subsidiaries: WeightedTable<string>;
  companyForms: readonly string[];
  companyActivities: NameForm[];
  associationNames: string[];
  publicBodyNames: string[];
  /** `90.12.`: the generator appends two random octets. */
  ipPrefixes: string[];
}

export function emailSlug(value: string): string {
  return foldSearchKey(value).replace(/[^a-z0-9]+/g, '');
}

export function domainSlug(value: string): string {
  // Apostrophes vanish rather than split a word: N'Diaye → ndiaye, not n-diaye.
  return foldSearchKey(value.replace(/['’]/g, ''))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function nameForm(display: string): NameForm {
  return { display, key: foldSearchKey(display), slug: emailSlug(display) };
}

function splitList(text: string, separator: ',' | ';'): string[] {
  const items = text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0) throw new Error(`empty pool list: ${text.slice(0, 40)}`);
  return items;
}

function frenchDe(city: string): string {
  if (city.startsWith('Le ')) return `du ${city.slice(3)}`;
  if (city.startsWith('Les ')) return `des ${city.slice(4)}`;
  return /^[aeiouyh]/.test(foldSearchKey(city)) ? `d'${city}` : `de ${city}`;
}

function compileCity(entry: string): City {
  const [postalCode, name] = entry.split('|');
  if (postalCode === undefined || name === undefined) throw new Error(`bad city entry: ${entry}`);
  return { postalCode, name, slug: domainSlug(name), deName: frenchDe(name) };
}

function compileLastName(entry: string): LastName {
  const [male, female] = entry.split('/');
  const maleForm = nameForm(male ?? entry);
  return { male: maleForm, female: female === undefined ? maleForm : nameForm(female) };
}

function compileRegion(source: RegionSource): Region {
  return {
    region: source.region,
    country: source.country,
    language: source.language,
    words: languageWords[source.language],
    femaleFirstNames: splitList(source.femaleFirstNames, ',').map(nameForm),
    maleFirstNames: splitList(source.maleFirstNames, ',').map(nameForm),
    lastNames: splitList(source.lastNames, ',').map(compileLastName),
    secondLastNameChance: source.secondLastNameChance,
    cities: splitList(source.cities, ';').map(compileCity),
    streets: splitList(source.streets, ';'),
    houseNumberPlacement: source.houseNumberPlacement,
    addressLine2: splitList(source.addressLine2, ';'),
    phoneFormats: splitList(source.phoneFormats, ','),
    emailDomains: new WeightedTable(source.emailDomains),
    domainTlds: new WeightedTable(source.domainTlds),
    subsidiaries: new WeightedTable(source.subsidiaries),
    companyForms: source.companyForms,
    companyActivities: splitList(source.companyActivities, ',').map(nameForm),
    associationNames: splitList(source.associationNames, ';'),
    publicBodyNames: splitList(source.publicBodyNames, ';'),
    ipPrefixes: splitList(source.ipPrefixes, ',').map((prefix) => `${prefix}.`),
  };
}

const sources: readonly RegionSource[] = [france, belgiumFrench, belgiumDutch, germany, spain, italy, netherlands, poland, portugal, greatBritain, ireland];

export const regions: readonly Region[] = sources.map(compileRegion);

export const regionTable = new WeightedTable(regions.map((region, i) => [region, (sources[i] as RegionSource).share] as const));

const byCountry = new Map<string, Region>();
for (const region of regions) if (!byCountry.has(region.country)) byCountry.set(region.country, region);

/** The main region of a country (for fixtures and for foreign login IPs). */
export function regionOf(country: CountryCode): Region {
  const region = byCountry.get(country);
  if (region === undefined) throw new Error(`no pool for ${country}`);
  return region;
}
