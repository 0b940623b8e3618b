import type { en } from '../i18n/en';

export type EnumName = keyof (typeof en)['guichet']['enums'];

export function enumLabelKey(enumName: EnumName, value: string): string {
  return `guichet.enums.${enumName}.${value}`;
}

/** Choices for SelectInput; react-admin translates the `name` keys. */
export function enumChoices(enumName: EnumName, values: readonly string[]) {
  return values.map((value) => ({ id: value, name: enumLabelKey(enumName, value) }));
}
