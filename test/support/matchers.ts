import { expect } from 'vitest';

/**
 * vitest's asymmetric matchers are typed `any` so they fit any expected shape, and type-aware
 * lint rightly refuses an `any` placed in an object literal. Typed `unknown` they fit the same
 * places (toEqual / toMatchObject accept any value) and the lint keeps catching real `any`s.
 * Use these inside expected objects: `toMatchObject({ errors: { email: anyString } })`.
 */
export const anyString: unknown = expect.any(String);
export const anyNumber: unknown = expect.any(Number);
export const anyArray: unknown = expect.any(Array);
export const containing = (text: string): unknown => expect.stringContaining(text);
export const matching = (pattern: RegExp | string): unknown => expect.stringMatching(pattern);
export const including = (items: readonly unknown[]): unknown => expect.arrayContaining(items as unknown[]);
