// Unique identifiers derived from a sequence number through bijections, never drawn at random
// and checked: uniqueness then holds by construction, costs nothing, and needs no retry loop.
// Fixture accounts use a disjoint space (5-digit handles, customer codes starting with 0) so a
// generated value can never take a fixture's.

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, n) => 10 ** n);

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** (a·x + b) mod m is a permutation of [0, m) whenever gcd(a, m) = 1. */
function affine(x: number, multiplier: number, offset: number, modulus: number): number {
  if (multiplier * modulus < Number.MAX_SAFE_INTEGER) return (multiplier * x + offset) % modulus;
  // Split the multiplication so the product stays below 2^53 for any modulus up to 10^12.
  const high = Math.floor(multiplier / 1_000_000);
  const low = multiplier % 1_000_000;
  const product = (((((high * x) % modulus) * 1_000_000) % modulus) + low * x) % modulus;
  return (product + offset) % modulus;
}

function reverseDigits(value: number, length: number): number {
  let reversed = 0;
  for (let i = 0; i < length; i++) {
    reversed = reversed * 10 + (value % 10);
    value = Math.floor(value / 10);
  }
  return reversed;
}

/** A permutation of [0, 10^length): affine, digit reversal, affine. Looks random, is bijective. */
function scramble(x: number, length: number): number {
  const modulus = POWERS_OF_TEN[length] as number;
  const first = affine(x, 7_772_113, 4_711 % modulus, modulus);
  return affine(reverseDigits(first, length), 3_141_597, 2_718_281 % modulus, modulus);
}

/**
 * The `sequence`-th unique digit string of at least `minLength` digits: sequences
 * [0, 10^min) get min digits, the next 9·10^min get min+1 digits, and so on; two sequences
 * give strings of different length or different scrambled values, never the same string.
 */
export function uniqueDigits(sequence: number, minLength: number): string {
  let length = minLength;
  while (sequence >= (POWERS_OF_TEN[length] as number)) length++;
  return String(scramble(sequence, length)).padStart(length, '0');
}

/** The digits of the `sequence`-th generated handle: 6+ digits, where fixtures use exactly 5. */
export function handleDigits(sequence: number): string {
  return uniqueDigits(sequence, 6);
}

const CODE_SPACE = 90_000_000;
const CODE_MULTIPLIER = 37_139_213;

/** 8 digits in [10000000, 99999999]; fixture codes start with 0. */
export function generatedCustomerCode(sequence: number): string {
  if (sequence >= CODE_SPACE) throw new Error('too many customers for 8-digit customer codes');
  return String(10_000_000 + affine(sequence, CODE_MULTIPLIER, 12_345_678, CODE_SPACE));
}

/** Invoice numbers `FR0412345`: subsidiary + 7 (or more) unique digits. */
export function invoiceNumber(subsidiary: string, sequence: number): string {
  return subsidiary + uniqueDigits(sequence, 7);
}

const ORDER_SPACE = 900_000_000;
const SERVER_SPACE = 7_000_000;
const SERVER_MULTIPLIER = 1_234_567;
// A multiplier sharing a factor with its modulus would silently break uniqueness.
for (const [multiplier, modulus] of [
  [CODE_MULTIPLIER, CODE_SPACE],
  [CODE_MULTIPLIER, ORDER_SPACE],
  [SERVER_MULTIPLIER, SERVER_SPACE],
  [7_772_113, 10],
  [3_141_597, 10],
] as const) {
  if (gcd(multiplier, modulus) !== 1) throw new Error(`${multiplier} is not coprime to ${modulus}`);
}

/** Order numbers: 9 digits, never starting with 0. */
export function orderNumber(sequence: number): string {
  return String(100_000_000 + affine(sequence, CODE_MULTIPLIER, 98_765_432, ORDER_SPACE));
}

/** 8 lower-case hex digits, a bijection of a 32-bit sequence (for vps-… and project ids). */
export function uniqueHex8(sequence: number, salt: number): string {
  let x = (Math.imul(sequence, 0x9e3779b1) + salt) >>> 0;
  x = (x ^ (x >>> 15)) >>> 0;
  x = Math.imul(x, 0x2c1b3c6d) >>> 0;
  x = (x ^ (x >>> 12)) >>> 0;
  return x.toString(16).padStart(8, '0');
}

/** Dedicated-server numbers like OVHcloud's ns3012345: 7 digits from 3000000. */
export function serverNumber(sequence: number): string {
  if (sequence >= SERVER_SPACE) throw new Error('too many dedicated servers');
  return String(3_000_000 + affine(sequence, SERVER_MULTIPLIER, 424_242, SERVER_SPACE));
}
