/** Amounts in euros as conventions print them ("41 € TTC", "100€TTC", "1 234,50 €", "50 euros"). */
import { patterns } from '../patterns';

export interface FoundAmount {
  value: number;
  start: number;
  end: number;
}

export function amountValue(digits: string): number | null {
  const plain = digits.replace(patterns.amountGroupSeparator, '').replace(',', '.');
  const value = Number(plain);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** Every amount in euros in the text, in order. */
export function findAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  for (const m of text.matchAll(patterns.amount)) {
    const value = amountValue(m[1]!);
    if (value !== null) found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The first amount in euros in s, or null. */
export function parseAmount(s: string): number | null {
  return findAmounts(s)[0]?.value ?? null;
}
