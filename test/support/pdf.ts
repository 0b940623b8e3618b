import { PDFParse } from 'pdf-parse';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The PDF's text, as a reader's copy-paste would give it. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

export interface PlacedText {
  text: string;
  /** Millimetres from the page's left edge to the start of the text. */
  xMm: number;
  /** Millimetres from the page's top edge to the text's baseline. */
  yMm: number;
}

const toMm = (points: number) => (points * 25.4) / 72;

/** Each text run of one page with where it sits, to check that a block lands where the envelope needs it. */
export async function pdfTextPositions(pdf: Buffer, pageNumber = 1): Promise<PlacedText[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const page = await document.getPage(pageNumber);
    const height = page.view[3] ?? 0;
    const content = await page.getTextContent();
    return content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ text: item.str, xMm: toMm(item.transform[4] as number), yMm: toMm(height - (item.transform[5] as number)) }]
        : [],
    );
  } finally {
    await document.destroy();
  }
}
