import { describe, expect, it } from 'vitest';
import { ENVELOPE_WINDOW, mm, renderLetterPdf, renderSimpleLetter, type SimpleLetter } from '../templates/letters/layout.js';
import { pdfText, pdfTextPositions } from './support/pdf.js';

const toMm = (points: number) => (points * 25.4) / 72;
const windowMm = {
  left: toMm(ENVELOPE_WINDOW.x),
  top: toMm(ENVELOPE_WINDOW.y),
  right: toMm(ENVELOPE_WINDOW.x + ENVELOPE_WINDOW.width),
  bottom: toMm(ENVELOPE_WINDOW.y + ENVELOPE_WINDOW.height),
};

const letter = (overrides: Partial<SimpleLetter> = {}): SimpleLetter => ({
  locale: 'fr',
  reference: 'RCL-000042',
  date: new Date('2026-12-01T10:00:00Z'),
  customerId: 'lw12345-ovh',
  recipient: { name: 'Łukasz Wróbel', addressLines: ['Ørsted Allé 12', 'c/o Ďurica Ğökçe', '00-950 Warszawa', 'Pologne'] },
  subject: 'Votre demande de changement d’adresse e-mail',
  greeting: 'Bonjour Łukasz Wróbel,',
  paragraphs: ['Nous avons bien reçu votre courrier.'],
  bullets: ['Pièce d’identité : expirée'],
  closing: 'Salutations distinguées.',
  signature: 'Le service Support',
  ...overrides,
});

describe('letter layout', () => {
  it('renders names in any European script with the embedded font, as text a reader can copy', async () => {
    const text = await pdfText(await renderSimpleLetter(letter()));
    for (const expected of ['Łukasz Wróbel', 'Ørsted Allé 12', 'Ďurica Ğökçe', 'RCL-000042', 'lw12345-ovh', '1 décembre 2026', 'Pièce d’identité : expirée']) {
      expect(text).toContain(expected);
    }
  });

  it('places the recipient block inside the window of a DL/C5 envelope', async () => {
    const items = await pdfTextPositions(await renderSimpleLetter(letter()));
    const recipientLines = ['Łukasz Wróbel', 'Ørsted Allé 12', 'c/o Ďurica Ğökçe', '00-950 Warszawa', 'Pologne'];
    for (const line of recipientLines) {
      const placed = items.find((item) => item.text === line && item.xMm > 90);
      expect(placed, line).toBeDefined();
      expect(placed!.xMm).toBeGreaterThanOrEqual(windowMm.left + 3);
      expect(placed!.xMm).toBeLessThan(windowMm.right - 10);
      expect(placed!.yMm).toBeGreaterThan(windowMm.top + 3);
      expect(placed!.yMm).toBeLessThan(windowMm.bottom - 2);
    }
  });

  it('dates and labels the letter in English for English-speaking customers', async () => {
    const text = await pdfText(await renderSimpleLetter(letter({ locale: 'en' })));
    expect(text).toContain('1 December 2026');
    expect(text).toContain('Our reference');
    expect(text).toContain('Page 1 of 1');
  });

  it('flows a long body onto further pages with the footer on each', async () => {
    const pdf = await renderSimpleLetter(letter({ paragraphs: Array.from({ length: 40 }, (_, i) => `Paragraphe ${i + 1} `.repeat(12)) }));
    const text = await pdfText(pdf);
    expect(text).toMatch(/Page 2 sur \d/);
    expect(text).toContain('Paragraphe 40');
  });

  it('keeps an over-long address line inside the window by shrinking it', async () => {
    const long = 'Résidence des Érables, bâtiment C, escalier 4, appartement 1207, 187 boulevard Haussmann';
    const items = await pdfTextPositions(await renderSimpleLetter(letter({ recipient: { name: 'Ana Öztürk', addressLines: [long] } })));
    const placed = items.find((item) => item.text === long);
    expect(placed).toBeDefined();
    expect(placed!.xMm).toBeCloseTo(toMm(mm(100)), 0);
  });

  it('lists thousands of records one per line across pages, wrapping within the margins only the lines too long for one', async () => {
    const records = Array.from(
      { length: 3000 },
      (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')} 10:${String(i % 60).padStart(2, '0')} · 192.0.2.${i % 250} · FR · record ${i + 1}`,
    );
    const long = `Żaneta Ørsted · ${'une valeur très longue '.repeat(12)}· fin`;
    const { reference, date, locale, recipient, subject } = letter();
    const pdf = await renderLetterPdf({ reference, date, locale, recipient, subject }, (writer) =>
      writer.records([...records.slice(0, 1500), long, ...records.slice(1500)]),
    );
    const text = await pdfText(pdf);
    for (const n of [1, 1500, 3000]) expect(text).toMatch(new RegExp(`record ${n}\\b`));
    expect(text).toMatch(/Page 2\d sur 4\d/);
    // The long line wrapped onto several lines of its page (each a text item of its own height).
    const pageOf = async (n: number) => ({ n, items: await pdfTextPositions(pdf, n) });
    const pages = await Promise.all(Array.from({ length: 40 }, (_, i) => pageOf(i + 1)));
    const wrapped = pages.flatMap((page) => page.items).filter((item) => item.text.includes('une valeur'));
    expect(new Set(wrapped.map((item) => Math.round(item.yMm))).size).toBeGreaterThan(1);
    expect(text).toContain('Żaneta Ørsted');
  });
});
