import type { TranslateFunction } from 'react-admin';

/**
 * A device as the sign-in service describes it ("Chrome 130 on Windows 11", "OVHcloud app on
 * iPhone"), in the console's language: product names stay, the words around them are translated.
 * A label of another shape is shown as it came.
 */
export function deviceLabel(translate: TranslateFunction, device: string): string {
  const app = (name: string) => {
    const match = /^(.+) app$/i.exec(name);
    return match?.[1] ? translate('guichet.device.app', { name: match[1] }) : name;
  };
  const match = /^(.+?) on (.+)$/.exec(device);
  if (!match?.[1] || !match[2]) return app(device);
  return translate('guichet.device.on', { browser: app(match[1]), system: match[2] });
}
