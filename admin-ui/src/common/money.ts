// The API stores money as integer cents; display happens in the reader's language.
export function formatCents(cents: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

// Prepaid credit has no currency column: it is held in the currency of the subsidiary that
// bills the customer (the UK bills in pounds, Poland in złoty, everyone else in euros).
const subsidiaryCurrency: Record<string, string> = { GB: 'GBP', PL: 'PLN' };

export function currencyOfSubsidiary(subsidiary: string): string {
  return subsidiaryCurrency[subsidiary] ?? 'EUR';
}
