import PDFDocument from 'pdfkit';
import type { Locale } from '../emails/layout.js';
import { letterFonts } from './fonts.js';

export type { Locale } from '../emails/layout.js';
export { localeFor } from '../emails/layout.js';

/** Millimetres to PDF points (1 pt = 1/72 in). */
export const mm = (value: number) => (value * 72) / 25.4;

/** A4 portrait, in points. */
export const PAGE = { width: mm(210), height: mm(297) } as const;

/**
 * The window of a standard French windowed DL (110 × 220 mm) or C5 envelope (NF, La Poste): 100 × 45 mm,
 * on the right, 20 mm from the envelope's right edge. An A4 sheet folded in three (DL) or in two (C5)
 * sits 5 mm in from each side, so on the page the window spans x 95–195 mm, y 45–90 mm. The recipient
 * block is printed inside it with a 5 mm margin all round, so a sheet that moves a little still shows it.
 */
export const ENVELOPE_WINDOW = { x: mm(95), y: mm(45), width: mm(100), height: mm(45) } as const;
export const RECIPIENT_BLOCK = { x: mm(100), y: mm(53), width: mm(90), height: mm(32) } as const;

/** The provider's letterhead: who writes, and the return address printed above the window. */
export const PROVIDER = {
  name: 'Guichet Hosting SAS',
  addressLines: ['12 rue des Serveurs', '59100 Roubaix', 'France'],
  legal: { fr: 'SAS au capital de 10 000 € · RCS Lille 000 000 000', en: 'SAS with a share capital of €10,000 · RCS Lille 000 000 000' },
  support: 'support@guichet.test',
} as const;

const MARGIN_X = mm(20);
const BODY_TOP = mm(100);
const BOTTOM_MARGIN = mm(25);
const ACCENT = '#1f4e79';
const MUTED = '#57606a';
const TEXT = '#1b2a3a';

export interface PostalRecipient {
  name: string;
  /** The address as written (one line each: street, postcode and town, country). */
  addressLines: string[];
}

export interface LetterHeader {
  locale: Locale;
  /** Our reference, printed in the header and the footer (a claim or request number). */
  reference: string;
  date: Date;
  recipient: PostalRecipient;
  subject: string;
  /** Printed under the reference: the customer's NIC-handle when the letter concerns an account. */
  customerId?: string;
}

const labels = {
  fr: { reference: 'Notre référence', customer: 'Identifiant client', date: 'Date', page: 'Page', of: 'sur' },
  en: { reference: 'Our reference', customer: 'Customer ID', date: 'Date', page: 'Page', of: 'of' },
} as const;

/** 1 décembre 2026 / 1 December 2026, in Paris time (the provider's office). */
export function formatLetterDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
}

/** What a letter's body is made of; every block flows onto new pages by itself. */
export class LetterWriter {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private get width() {
    return PAGE.width - 2 * MARGIN_X;
  }

  heading(text: string): this {
    this.doc.moveDown(0.6).font('bold').fontSize(11.5).fillColor(ACCENT).text(text, MARGIN_X, undefined, { width: this.width });
    this.doc.moveDown(0.3).font('regular').fontSize(10.5).fillColor(TEXT);
    return this;
  }

  paragraph(text: string, options: { bold?: boolean } = {}): this {
    this.doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(10.5)
      .fillColor(TEXT)
      .text(text, MARGIN_X, undefined, { width: this.width, lineGap: 2, align: 'left' });
    this.doc.moveDown(0.7);
    return this;
  }

  /** A list whose items wrap under their own text, not under the bullet. */
  bullets(items: string[]): this {
    for (const item of items) {
      const y = this.doc.y;
      this.doc
        .font('regular')
        .fontSize(10.5)
        .fillColor(TEXT)
        .text('•', MARGIN_X + mm(3), y, { width: mm(5) });
      this.doc.text(item, MARGIN_X + mm(8), y, { width: this.width - mm(8), lineGap: 2 });
      this.doc.moveDown(0.35);
    }
    this.doc.moveDown(0.4);
    return this;
  }

  /** Label / value rows, e.g. the facts of a decision or the fields of a report. */
  keyValues(rows: [label: string, value: string][]): this {
    const labelWidth = mm(55);
    for (const [label, value] of rows) {
      if (this.doc.y > PAGE.height - BOTTOM_MARGIN - mm(12)) this.doc.addPage();
      const y = this.doc.y;
      this.doc
        .font('bold')
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(label, MARGIN_X, y, { width: labelWidth - mm(3) });
      const afterLabel = this.doc.y;
      this.doc
        .font('regular')
        .fontSize(10)
        .fillColor(TEXT)
        .text(value, MARGIN_X + labelWidth, y, { width: this.width - labelWidth, lineGap: 1 });
      this.doc.y = Math.max(this.doc.y, afterLabel) + mm(1.5);
    }
    this.doc.moveDown(0.5);
    return this;
  }

  /**
   * A long list, one record per line in a small size (an Art. 15 report's thousands of sign-ins). A line
   * that fits (the sum of its characters' widths, with room for kerning) is placed directly, without pdfkit's
   * line wrapper, which measures every word of every line; only longer lines wrap. Page breaks are ours.
   */
  async records(lines: string[], fontSize = 8): Promise<void> {
    const doc = this.doc.font('regular').fontSize(fontSize).fillColor(TEXT);
    const lineHeight = doc.currentLineHeight(true) + 1;
    const bottom = PAGE.height - BOTTOM_MARGIN;
    for (const [index, line] of lines.entries()) {
      if (index > 0 && index % recordsPerChunk === 0) {
        await yieldToOthers();
        doc.font('regular').fontSize(fontSize).fillColor(TEXT);
      }
      if (doc.y + lineHeight > bottom) doc.addPage();
      if (roughWidth(doc, fontSize, line) <= this.width * 0.97) {
        const y = doc.y;
        doc.text(line, MARGIN_X, y, { lineBreak: false });
        doc.x = MARGIN_X;
        doc.y = y + lineHeight;
      } else {
        doc.text(line, MARGIN_X, doc.y, { width: this.width, lineGap: 1 });
      }
    }
    doc.x = MARGIN_X;
    doc.moveDown(0.8).fontSize(10.5);
  }

  /** The closing formula and the signing team, kept together on one page. */
  closing(formula: string, signature: string): this {
    if (this.doc.y > PAGE.height - BOTTOM_MARGIN - mm(30)) this.doc.addPage();
    this.paragraph(formula);
    this.doc.moveDown(0.5);
    this.paragraph(signature, { bold: true });
    return this;
  }

  /** Escape hatch for layouts this writer does not cover (tables of a report, for instance). */
  get pdf(): PDFKit.PDFDocument {
    return this.doc;
  }
}

const glyphWidths = new WeakMap<object, Map<number, Float64Array>>();
/**
 * The line's width from its characters' widths (each measured once per document, font and size), without
 * shaping the line: exact but for kerning, which the caller allows for.
 */
function roughWidth(doc: PDFKit.PDFDocument, fontSize: number, line: string): number {
  const font = (doc as unknown as { _font: object })._font;
  let bySize = glyphWidths.get(font);
  if (!bySize) glyphWidths.set(font, (bySize = new Map<number, Float64Array>()));
  let widths = bySize.get(fontSize);
  if (!widths) bySize.set(fontSize, (widths = new Float64Array(0x10000).fill(-1)));
  let total = 0;
  for (let index = 0; index < line.length; index++) {
    const code = line.charCodeAt(index);
    let width = widths[code]!;
    if (width < 0) widths[code] = width = doc.widthOfString(line[index]!);
    total += width;
  }
  return total;
}

/** Lets other requests in between chunks of a long document (the event loop is not held for all of it). */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
const recordsPerChunk = 250;

function drawLetterhead(doc: PDFKit.PDFDocument, header: LetterHeader) {
  const text = labels[header.locale];
  doc.rect(0, 0, PAGE.width, mm(4)).fill(ACCENT);
  doc.font('bold').fontSize(15).fillColor(ACCENT).text(PROVIDER.name, MARGIN_X, mm(14), { lineBreak: false });
  doc.font('regular').fontSize(8.5).fillColor(MUTED);
  PROVIDER.addressLines.forEach((line, index) => doc.text(line, MARGIN_X, mm(21) + index * 11, { lineBreak: false }));
  doc.text(PROVIDER.support, MARGIN_X, mm(21) + PROVIDER.addressLines.length * 11, { lineBreak: false });

  // Left of the window: our reference, the account and the date, where a reader looks first.
  const facts: [string, string][] = [[text.reference, header.reference]];
  if (header.customerId) facts.push([text.customer, header.customerId]);
  facts.push([text.date, formatLetterDate(header.date, header.locale)]);
  facts.forEach(([label, value], index) => {
    const y = RECIPIENT_BLOCK.y + index * mm(9);
    doc.font('regular').fontSize(8).fillColor(MUTED).text(label, MARGIN_X, y, { lineBreak: false });
    doc
      .font('bold')
      .fontSize(10)
      .fillColor(TEXT)
      .text(value, MARGIN_X, y + 10, { width: mm(70), lineBreak: false });
  });

  // The return address, small, on the window's first line (postal services expect it there).
  const returnLine = [PROVIDER.name, ...PROVIDER.addressLines].join(' · ');
  doc
    .font('regular')
    .fontSize(6.5)
    .fillColor(MUTED)
    .text(returnLine, RECIPIENT_BLOCK.x, ENVELOPE_WINDOW.y + mm(2.5), { width: RECIPIENT_BLOCK.width, lineBreak: false });
  doc
    .moveTo(RECIPIENT_BLOCK.x, ENVELOPE_WINDOW.y + mm(6))
    .lineTo(RECIPIENT_BLOCK.x + RECIPIENT_BLOCK.width, ENVELOPE_WINDOW.y + mm(6))
    .lineWidth(0.4)
    .strokeColor('#c0c7d0')
    .stroke();

  // Recipient: at most 6 lines so the block never leaves the window; long lines are shrunk, not cut.
  const lines = [header.recipient.name, ...header.recipient.addressLines].filter((line) => line.trim() !== '').slice(0, 6);
  lines.forEach((line, index) => {
    doc.font(index === 0 ? 'bold' : 'regular').fontSize(10.5);
    const fitted = doc.widthOfString(line) > RECIPIENT_BLOCK.width ? (10.5 * RECIPIENT_BLOCK.width) / doc.widthOfString(line) : 10.5;
    doc
      .fontSize(fitted)
      .fillColor(TEXT)
      .text(line, RECIPIENT_BLOCK.x, RECIPIENT_BLOCK.y + index * mm(5), { lineBreak: false });
  });

  // Fold marks for a DL envelope (A4 in three).
  for (const y of [mm(99), mm(198)]) doc.moveTo(mm(4), y).lineTo(mm(9), y).lineWidth(0.5).strokeColor('#9aa4ae').stroke();

  doc
    .font('bold')
    .fontSize(11.5)
    .fillColor(TEXT)
    .text(header.subject, MARGIN_X, BODY_TOP, { width: PAGE.width - 2 * MARGIN_X });
  doc.moveDown(1).font('regular').fontSize(10.5).fillColor(TEXT);
}

function drawFooters(doc: PDFKit.PDFDocument, header: LetterHeader) {
  const text = labels[header.locale];
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing inside the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - mm(15);
    doc
      .moveTo(MARGIN_X, y - mm(3))
      .lineTo(PAGE.width - MARGIN_X, y - mm(3))
      .lineWidth(0.4)
      .strokeColor('#d0d7de')
      .stroke();
    doc.font('regular').fontSize(7.5).fillColor(MUTED).text(`${PROVIDER.name} · ${PROVIDER.legal[header.locale]}`, MARGIN_X, y, { lineBreak: false });
    const pageLabel = `${header.reference} · ${text.page} ${index - start + 1} ${text.of} ${count}`;
    doc.text(pageLabel, PAGE.width - MARGIN_X - doc.widthOfString(pageLabel), y, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * Renders one letter on the provider's letterhead: the recipient in the envelope window, reference and
 * date beside it, the subject, then whatever `write` puts in the body, and a footer on every page.
 * Everything is deterministic for the same input (fixed creation date), so a re-render is identical.
 */
export async function renderLetterPdf(header: LetterHeader, write: (writer: LetterWriter) => void | Promise<void>): Promise<Buffer> {
  const fonts = letterFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: mm(20), bottom: BOTTOM_MARGIN, left: MARGIN_X, right: MARGIN_X },
    bufferPages: true,
    // No standard font: every glyph comes from the embedded Unicode font.
    font: null as unknown as string,
    lang: header.locale,
    displayTitle: true,
    info: { Title: header.subject, Author: PROVIDER.name, Subject: header.reference, CreationDate: header.date, ModDate: header.date },
  });
  // pdfkit takes an already-parsed fontkit font; its types only list paths and buffers.
  doc.registerFont('regular', fonts.regular as unknown as Buffer);
  doc.registerFont('bold', fonts.bold as unknown as Buffer);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  try {
    drawLetterhead(doc, header);
    await write(new LetterWriter(doc));
    drawFooters(doc, header);
  } catch (error) {
    doc.end();
    throw error instanceof Error ? error : new Error(String(error));
  }
  doc.end();
  return done;
}

/** The usual letter: greeting, paragraphs, an optional list, closing. */
export interface SimpleLetter extends LetterHeader {
  greeting: string;
  paragraphs: string[];
  bullets?: string[];
  /** Paragraphs after the list. */
  after?: string[];
  closing: string;
  signature: string;
}

export function renderSimpleLetter(letter: SimpleLetter): Promise<Buffer> {
  return renderLetterPdf(letter, (writer) => {
    writer.paragraph(letter.greeting);
    for (const p of letter.paragraphs) writer.paragraph(p);
    if (letter.bullets && letter.bullets.length > 0) writer.bullets(letter.bullets);
    for (const p of letter.after ?? []) writer.paragraph(p);
    writer.closing(letter.closing, letter.signature);
  });
}
