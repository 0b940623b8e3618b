import { describe, expect, it } from 'vitest';
import { foldSearchKey, formatCustomerCode, normaliseCustomerCode, normaliseNicHandle } from '../server/modules/customers/query/search-keys.js';

describe('search keys', () => {
  it.each([
    ['Hélène', 'helene'],
    ['FRANÇOIS', 'francois'],
    ['Łukasz', 'lukasz'],
    ['Müller-Lüdenscheidt', 'muller-ludenscheidt'],
    ["  D'Artagnan  ", 'd artagnan'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['Yılmaz', 'yilmaz'],
  ])('folds %s to %s', (input, expected) => expect(foldSearchKey(input)).toBe(expected));

  it.each([
    ['XX11111', 'xx11111-ovh'],
    ['xx11111-OVH', 'xx11111-ovh'],
    [' ab1-ovh ', 'ab1-ovh'],
    ['x11111', null],
    ['xx11111-ovhx', null],
    ['jean.dupont@', null],
  ])('reads NIC-handle %s as %s', (input, expected) => expect(normaliseNicHandle(input)).toBe(expected));

  it.each([
    ['0123-45-67', '01234567'],
    ['01234567', '01234567'],
    ['0123 45 67', '01234567'],
    ['0123-45-6', null],
    ['0123-45-678', null],
  ])('reads customer code %s as %s', (input, expected) => expect(normaliseCustomerCode(input)).toBe(expected));

  it('formats a stored code for display', () => expect(formatCustomerCode('01234567')).toBe('0123-45-67'));
});
