import type { CustomerProfile, SeedContext } from './context.js';
import { DAY_MS, isoAt, REFERENCE_MS, YEAR_MS } from './dates.js';
import { invoiceNumber, orderNumber } from './identifiers.js';
import { WeightedTable } from './random.js';

const invoiceCounts = new WeightedTable([
  [0, 25],
  [1, 30],
  [2, 20],
  [3, 15],
  [4, 10],
]);
const orderCounts = new WeightedTable([
  [0, 60],
  [1, 30],
  [2, 10],
]);
const orderStatuses = new WeightedTable<'paid' | 'cancelled' | 'pending'>([
  ['paid', 85],
  ['cancelled', 10],
  ['pending', 5],
]);

/** Share of customers with an unpaid invoice, by state (≈4% overall: suspensions follow non-payment). */
export const UNPAID_RATE = { active: 0.02, suspended: 0.4, erased: 0 } as const;

interface Product {
  name: string;
  monthlyCents: number;
  durations: readonly number[];
}

const PRODUCTS: readonly Product[] = [
  { name: 'VPS Starter', monthlyCents: 350, durations: [1, 12] },
  { name: 'VPS Value', monthlyCents: 700, durations: [1, 6, 12] },
  { name: 'VPS Essential', monthlyCents: 1400, durations: [1, 12, 24] },
  { name: 'VPS Comfort', monthlyCents: 2800, durations: [1, 12, 24] },
  { name: 'VPS Elite', monthlyCents: 5600, durations: [1, 12] },
  { name: 'Web Hosting Perso', monthlyCents: 300, durations: [12, 24] },
  { name: 'Web Hosting Pro', monthlyCents: 700, durations: [12, 24] },
  { name: 'Web Hosting Performance', monthlyCents: 1600, durations: [12] },
  { name: 'Email Pro', monthlyCents: 199, durations: [1, 12] },
  { name: 'Rise-1', monthlyCents: 6000, durations: [1, 12] },
  { name: 'Advance-2', monthlyCents: 12000, durations: [1, 12] },
  { name: 'Public Cloud Project', monthlyCents: 2500, durations: [1] },
];

export function currencyOf(subsidiary: string): string {
  return subsidiary === 'GB' ? 'GBP' : subsidiary === 'PL' ? 'PLN' : 'EUR';
}

/** Log-uniform amounts ending in 99, as price lists do. */
function amountCents(random: { float(): number }, minCents: number, maxCents: number): number {
  const value = Math.exp(Math.log(minCents) + random.float() * (Math.log(maxCents) - Math.log(minCents)));
  return Math.max(99, Math.round(value / 100) * 100 - 1);
}

export function writeInvoices(context: SeedContext, customer: CustomerProfile): void {
  const { random, writer, sequences } = context;
  let count = invoiceCounts.pick(random);
  if (customer.hasUnpaidInvoice && count === 0) count = 1;
  if (count === 0) return;
  const currency = currencyOf(customer.subsidiary);
  const maxCents = customer.legalForm === 'individual' ? 25_000 : 300_000;
  const startMs = Math.max(customer.createdMs, REFERENCE_MS - 3 * YEAR_MS);
  const spanMs = REFERENCE_MS - DAY_MS - startMs;
  for (let i = 0; i < count; i++) {
    const isUnpaid = customer.hasUnpaidInvoice && i === count - 1;
    // Stratified over the span so issue dates increase with the invoice id.
    let issuedMs = startMs + ((i + random.float()) / count) * spanMs;
    if (isUnpaid) issuedMs = Math.max(customer.createdMs, REFERENCE_MS - random.int(3, 60) * DAY_MS);
    const paidMs = Math.min(issuedMs + random.float() * 10 * DAY_MS, REFERENCE_MS - 60_000);
    writer.invoice({
      customerId: customer.id,
      number: invoiceNumber(customer.subsidiary, sequences.invoice++),
      issuedAt: isoAt(issuedMs),
      dueAt: isoAt(issuedMs + (isUnpaid ? 15 : 30) * DAY_MS),
      amountCents: amountCents(random, 299, maxCents),
      currency,
      status: isUnpaid ? 'unpaid' : 'paid',
      paidAt: isUnpaid ? null : isoAt(paidMs),
    });
  }
}

export function writeOrders(context: SeedContext, customer: CustomerProfile): void {
  const { random, writer, sequences } = context;
  const count = orderCounts.pick(random);
  for (let i = 0; i < count; i++) {
    let status = orderStatuses.pick(random);
    // Only a live account can have an order waiting; an erased one never does.
    if (status === 'pending' && customer.state !== 'active') status = 'paid';
    const createdMs =
      status === 'pending'
        ? Math.max(customer.createdMs, REFERENCE_MS - random.float() * 14 * DAY_MS)
        : customer.createdMs + random.float() * (REFERENCE_MS - customer.createdMs);
    const product = random.pick(PRODUCTS);
    const months = random.pick(product.durations);
    writer.order({
      customerId: customer.id,
      number: orderNumber(sequences.order++),
      description: `${product.name} ${months} ${customer.region.words.months}`,
      createdAt: isoAt(createdMs),
      amountCents: product.monthlyCents * months,
      currency: currencyOf(customer.subsidiary),
      status,
    });
  }
}
