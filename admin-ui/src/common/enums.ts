import { en } from '../i18n/en';

export type EnumName = keyof (typeof en)['guichet']['enums'];

export function enumLabelKey(enumName: string, value: string): string {
  return `guichet.enums.${enumName}.${value}`;
}

/**
 * Choices for SelectInput; react-admin translates the `name` keys. The values are the keys of the
 * English labels, which are typed against the server's enum (en.ts), so the list is never restated.
 */
export function enumChoices(enumName: EnumName) {
  return Object.keys(en.guichet.enums[enumName]).map((value) => ({ id: value, name: enumLabelKey(enumName, value) }));
}
