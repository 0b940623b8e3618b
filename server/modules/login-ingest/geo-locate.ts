import { createRequire } from 'node:module';
import countries from 'world-countries';
import type { locationSources } from '../../../db/schema/activity.js';

// Where a login came from when the login system sends no coordinates. Offline only: geoip-lite
// ships MaxMind's GeoLite data inside its npm package (nothing is downloaded at run time), and
// world-countries gives each country's reference point when the address is unknown to it
// (private ranges, new allocations). geoip-lite holds its tables in memory (~150 MB), so it is
// loaded on the first lookup, not when the server starts.

export interface Location {
  latitude: number;
  longitude: number;
  source: (typeof locationSources)[number];
}

type GeoIp = typeof import('geoip-lite');
let geoip: GeoIp | null = null;
const loadGeoIp = (): GeoIp => (geoip ??= createRequire(import.meta.url)('geoip-lite') as GeoIp);

const countryPoints = new Map(countries.map((country) => [country.cca2, country.latlng] as const));

// The detection rules locate every stored success without coordinates each time they read an
// account's history, and the same addresses come back batch after batch: answers are remembered.
// Bounded (emptied when full) so that a stream of new addresses cannot grow it without end.
const remembered = new Map<string, Location | null>();
const rememberedMax = 100_000;

/** Coordinates from the IP (city precision), else from the country; null for an unknown country. */
export function locate(ip: string, country: string): Location | null {
  const key = `${country}${ip}`;
  const known = remembered.get(key);
  if (known !== undefined) return known;
  const found = loadGeoIp().lookup(ip);
  // An address geolocated to another country than the login system says is not trusted for distance.
  let location: Location | null;
  if (found && found.country === country && found.ll.length === 2) location = { latitude: found.ll[0], longitude: found.ll[1], source: 'ip' };
  else {
    const point = countryPoints.get(country);
    location = point ? { latitude: point[0], longitude: point[1], source: 'country' } : null;
  }
  if (remembered.size >= rememberedMax) remembered.clear();
  remembered.set(key, location);
  return location;
}

export const isKnownCountry = (code: string) => countryPoints.has(code);
