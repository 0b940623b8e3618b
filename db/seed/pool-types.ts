import type { Weighted } from './random.js';

export type CountryCode = 'FR' | 'BE' | 'DE' | 'ES' | 'IT' | 'NL' | 'PL' | 'PT' | 'GB' | 'IE';
export type Language = 'fr' | 'nl' | 'de' | 'es' | 'it' | 'pl' | 'pt' | 'en';

/**
 * A region is a country (or, for Belgium, one of its language communities) as written by
 * hand: lists are comma-separated strings (cities and streets semicolon-separated, because
 * some contain commas) so each file reads like the data it holds.
 */
export interface RegionSource {
  region: string;
  country: CountryCode;
  language: Language;
  /** Share of generated customers, in percent. */
  share: number;
  subsidiaries: Weighted<string>;
  femaleFirstNames: string;
  maleFirstNames: string;
  /** `Kowalski/Kowalska` gives the masculine and feminine forms. */
  lastNames: string;
  /** Spain and Portugal: people usually carry two surnames. */
  secondLastNameChance: number;
  /** `postal|City` entries separated by `;`. */
  cities: string;
  /** Full street names, with the street-type word as the language writes it; `;`-separated. */
  streets: string;
  houseNumberPlacement: 'before' | 'after' | 'after-comma';
  /** Optional second address lines, `;`-separated; `#` becomes a random digit. */
  addressLine2: string;
  /** International phone formats; `#` becomes a random digit. */
  phoneFormats: string;
  emailDomains: Weighted<string>;
  domainTlds: Weighted<string>;
  /** Legal-form suffixes; a leading comma joins without a space (`, Lda.`). */
  companyForms: readonly string[];
  companyActivities: string;
  /**
   * `;`-separated; `{city}` becomes a city of the region, `{deCity}` the French `de Lyon`,
   * `d'Angers`, `du Mans`.
   */
  associationNames: string;
  publicBodyNames: string;
  /** First two octets (`90.12`) of address blocks of the region's ISPs, comma-separated. */
  ipPrefixes: string;
}
