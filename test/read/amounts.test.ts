import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts, parseAmount } from '../../lib/read/amounts';

describe('parseAmount', () => {
  it.each([
    ['41 € TTC', 41],
    ['100€TTC', 100],
    ['1 234,50 €', 1234.5],
    ['1\u202f234,50\u00a0€'.replace(/[\u202f\u00a0]/g, ' '), 1234.5],
    ['50 euros', 50],
    ['45 EUR', 45],
    ['1.234,5 €', 1234.5],
  ])('%s → %d', (text, value) => {
    expect(parseAmount(text)).toBe(value);
  });

  it('reads every amount of "4 X 41 Euros soit 164 Euros" in order', () => {
    expect(findAmounts('4 X 41 Euros soit 164 Euros').map((a) => a.value)).toEqual([41, 164]);
  });

  it('ignores numbers without a currency', () => {
    expect(parseAmount('4 écoles inscrites')).toBeNull();
  });

  it('round-trips amounts written the French way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom('€', ' €', ' euros', ' EUR'), (cents, currency) => {
        const text = (cents / 100).toLocaleString('fr-FR', { minimumFractionDigits: 2 }).replace(/\s/g, ' ') + currency;
        expect(parseAmount(text)).toBeCloseTo(cents / 100, 5);
      }),
      { numRuns: 300 },
    );
  });
});
