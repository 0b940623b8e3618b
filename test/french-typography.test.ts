import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchLabels } from '../admin-ui/src/i18n/index.js';

// French is written with the typographic apostrophe (l’adresse), never the typewriter one: a
// screen, an e-mail or a letter that mixes both looks careless. These tests fail on any straight one.

/** `a.b.c` → label, for every French label the console can show (ours and react-admin's). */
function leaves(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (!tree || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

// An elision only French has (l'adresse, d'identité, n'a, qu'il, jusqu'au, aujourd'hui…): English
// never writes these, so a match in server or template source is French text with a straight apostrophe.
const frenchElisionWithStraightApostrophe = /\b(?:[lLdDnNsSjJcCmMtT]|[qQ]u|jusqu|lorsqu|puisqu|presqu|quelqu|aujourd)'(?=[A-Za-zÀ-ÿ0-9%${«])/;

describe('French typography', () => {
  it('writes every French label of the console with ’, never a straight apostrophe', () => {
    const labels = leaves(frenchLabels);
    expect(labels.length).toBeGreaterThan(500);
    expect(labels.filter(([key]) => key.startsWith('guichet.')).length).toBeGreaterThan(200);
    expect(labels.filter(([, text]) => text.includes("'"))).toEqual([]);
    // The check itself: a label the way react-admin's catalogue writes it is now typographic.
    expect(labels.some(([, text]) => text.includes('l’'))).toBe(true);
  });

  it('writes the French of e-mails, letters and server messages with ’', () => {
    const offending = ['templates', 'server'].flatMap((dir) =>
      sourceFiles(dir).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, index) => (frenchElisionWithStraightApostrophe.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      ),
    );
    expect(offending).toEqual([]);
  });

  it('catches a straight apostrophe in French source text', () => {
    expect(frenchElisionWithStraightApostrophe.test(`"Vous n'êtes pas à l'origine"`)).toBe(true);
    expect(frenchElisionWithStraightApostrophe.test("`jusqu'au ${date}`")).toBe(true);
    expect(frenchElisionWithStraightApostrophe.test(`"the account holder's document, don't"`)).toBe(false);
  });
});
