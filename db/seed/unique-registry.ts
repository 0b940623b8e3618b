/**
 * Remembers every e-mail address and domain name handed out, so no two customers share one.
 *
 * A JavaScript Set of a few million freshly concatenated strings dominated the seeding time
 * (hashing flattens each string, and the table is rehashed as it grows), so values are kept
 * as two independent 32-bit hashes in a flat open-addressing table instead. Two different
 * values agree on both hashes with probability ~2^-64: treating that as "taken" only sends
 * the caller to its fallback, which is unique by construction.
 */
export class UniqueRegistry {
  private primary = new Int32Array(1 << 16);
  private secondary = new Int32Array(1 << 16);
  private size = 0;

  claim(candidate: string): boolean {
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x9747b28c | 0;
    for (let i = 0; i < candidate.length; i++) {
      const code = candidate.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 + code, 0x5bd1e995) ^ (h2 >>> 15);
    }
    // 0 marks an empty slot.
    if (h1 === 0) h1 = 1;
    return this.insert(h1, h2);
  }

  /** Records a value that is unique by construction (a tagged fallback) and returns it. */
  record(value: string): string {
    this.claim(value);
    return value;
  }

  /** Claims the candidate, or else records and returns the fallback (unique by construction). */
  claimWithFallback(candidate: string, fallback: string): string {
    if (this.claim(candidate)) return candidate;
    this.claim(fallback);
    return fallback;
  }

  private insert(h1: number, h2: number): boolean {
    const mask = this.primary.length - 1;
    let slot = h1 & mask;
    for (;;) {
      const stored = this.primary[slot] as number;
      if (stored === 0) break;
      if (stored === h1 && this.secondary[slot] === h2) return false;
      slot = (slot + 1) & mask;
    }
    this.primary[slot] = h1;
    this.secondary[slot] = h2;
    if (++this.size * 2 > this.primary.length) this.grow();
    return true;
  }

  private grow(): void {
    const oldPrimary = this.primary;
    const oldSecondary = this.secondary;
    this.primary = new Int32Array(oldPrimary.length * 2);
    this.secondary = new Int32Array(oldPrimary.length * 2);
    this.size = 0;
    for (let i = 0; i < oldPrimary.length; i++) {
      const h1 = oldPrimary[i] as number;
      if (h1 !== 0) this.insert(h1, oldSecondary[i] as number);
    }
  }
}
