import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

// DejaVu Sans covers Latin (with every European diacritic: Ł, Ø, Ď, Ğ, ő…), Greek and Cyrillic.
// It ships as TTF in an npm package, so letters look the same on every machine without system fonts.
const require = createRequire(import.meta.url);
const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);

export interface LetterFonts {
  regular: Font;
  bold: Font;
}

let parsed: LetterFonts | undefined;

/**
 * The fonts, parsed once per process: parsing a 700 kB TTF costs more than rendering a whole letter,
 * and pdfkit accepts an already-parsed fontkit font (each document still embeds its own subset).
 */
export function letterFonts(): LetterFonts {
  parsed ??= {
    regular: create(readFileSync(fontFile('DejaVuSans.ttf'))) as Font,
    bold: create(readFileSync(fontFile('DejaVuSans-Bold.ttf'))) as Font,
  };
  return parsed;
}
