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

/** Coordinates from the IP (city precision), else from the country; null for an unknown country. */
export function locate(ip: string, country: string): Location | null {
  const found = loadGeoIp().lookup(ip);
  // An address geolocated to another country than the login system says is not trusted for distance.
  if (found && found.country === country && found.ll.length === 2) return { latitude: found.ll[0], longitude: found.ll[1], source: 'ip' };
  const point = countryPoints.get(country);
  return point ? { latitude: point[0], longitude: point[1], source: 'country' } : null;
}

export const isKnownCountry = (code: string) => countryPoints.has(code);
