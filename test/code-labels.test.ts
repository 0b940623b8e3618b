import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranslateFunction } from 'react-admin';
import { deviceLabel } from '../admin-ui/src/common/deviceLabel.js';
import * as auditActions from '../admin-ui/src/i18n/audit-actions.js';
import * as gdprLabels from '../admin-ui/src/resources/gdpr-requests/i18n.js';
import { en as englishShared } from '../admin-ui/src/i18n/en.js';
import { fr as frenchShared } from '../admin-ui/src/i18n/fr.js';
import * as messageLabels from '../admin-ui/src/resources/messages/i18n.js';
import { emailTemplates } from '../templates/emails/index.js';
import { transitions } from '../server/modules/email-claims/email-claims.rules.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/**
 * The audit actions the server records, read from its source: literal `action: '…'` values and
 * the audit-entry helpers' arguments, plus the few composed at run time (listed with their parts).
 */
function recordedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sourceFiles('server/modules')) {
    const text = readFileSync(file, 'utf8');
    // `action: 'a.b'`, `action: x ? 'a.b' : 'c.d'`, and `entry(actor, row, 'a.b', …)` over several lines.
    for (const [, code] of text.matchAll(/(?<!enforce\(\{ )action: (?:[^,;{}]*? \? )?'([a-z_-]+\.[a-z_]+)'/g)) actions.add(code!);
    for (const [, code] of text.matchAll(/action: [^,;{}]*? \? '[a-z_-]+\.[a-z_]+' : '([a-z_-]+\.[a-z_]+)'/g)) actions.add(code!);
    for (const [, code] of text.matchAll(/entry\(\s*[\w.]+,[^;]*?'([a-z_-]+\.[a-z_]+)'/g)) actions.add(code!);
    for (const [, code] of text.matchAll(/entry\([^;]*?\? '[a-z_-]+\.[a-z_]+' : '([a-z_-]+\.[a-z_]+)'/g)) actions.add(code!);
  }
  for (const action of Object.keys(transitions)) actions.add(`email_claims.${action}`);
  for (const kind of ['access_report', 'portability_export']) actions.add(`gdpr.${kind}_generated`);
  return actions;
}

function label(labels: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), labels);
}

/** react-admin's translate for one catalogue: polyglot's %{name} interpolation is all deviceLabel needs. */
const translateWith =
  (catalogue: unknown): TranslateFunction =>
  (key, options = {}) =>
    String(label(catalogue, key.split('.'))).replace(/%\{(\w+)\}/g, (_, name: string) => String((options as Record<string, unknown>)[name]));

describe('codes shown as words', () => {
  it('has an English and a French label for every audit action the server records', () => {
    const actions = [...recordedActions()];
    // The reading of the source finds every form, or this test would pass on nothing.
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'staff.two_factor_reset',
        'gdpr.identity_verified',
        'gdpr.lift_restriction',
        'claim_documents.view',
        'email_claims.approve',
      ]),
    );
    const missing = actions.filter((action) =>
      [
        [auditActions.en, gdprLabels.en],
        [auditActions.fr, gdprLabels.fr],
      ].some((catalogues) => catalogues.every((catalogue) => typeof label(catalogue, ['guichet', 'audit', 'actions', ...action.split('.')]) !== 'string')),
    );
    expect(missing).toEqual([]);
  });

  it('names every customer e-mail template in both languages', () => {
    for (const catalogue of [messageLabels.en, messageLabels.fr]) {
      expect(Object.keys(catalogue.guichet.messages.templates).sort()).toEqual(Object.keys(emailTemplates).sort());
    }
  });

  it('reads devices in French: product names kept, the words around them translated', () => {
    const french = translateWith(frenchShared);
    const english = translateWith(englishShared);
    expect(deviceLabel(french, 'Chrome 130 on Windows 11')).toBe('Chrome 130 sur Windows 11');
    expect(deviceLabel(french, 'OVHcloud app on iPhone')).toBe('Appli OVHcloud sur iPhone');
    expect(deviceLabel(english, 'OVHcloud app on iPhone')).toBe('OVHcloud app on iPhone');
    expect(deviceLabel(french, 'curl/8.5')).toBe('curl/8.5');
  });
});
