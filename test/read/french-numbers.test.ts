import fc from 'fast-check';
import writtenNumber from 'written-number';
import { describe, expect, it } from 'vitest';
import { parseCount, parseFrenchNumberWords } from '../../lib/read/french-numbers';

describe('parseFrenchNumberWords', () => {
  it.each([
    ['deux mille vingt et un', 2021],
    ['vingt-sept', 27],
    ['soixante-dix-neuf', 79],
    ['quatre-vingt-onze', 91],
    ['quatre-vingts', 80],
    ['soixante et onze', 71],
    ['deux mil vingt-quatre', 2024],
    ['DEUX MILLE VINGT-CINQ', 2025],
    ['premier', 1],
    ['cent', 100],
    ['mille neuf cent quatre-vingt-dix-neuf', 1999],
  ])('%s → %i', (words, value) => {
    expect(parseFrenchNumberWords(words)).toBe(value);
  });

  it('rejects what is not a number in words', () => {
    expect(parseFrenchNumberWords('dix-huit heures trente')).toBeNull();
    expect(parseFrenchNumberWords('septembre')).toBeNull();
    expect(parseFrenchNumberWords('')).toBeNull();
  });

  it('reads back every number written-number writes in French (0–9999)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (n) => {
        expect(parseFrenchNumberWords(writtenNumber(n, { lang: 'fr' }))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('parseCount takes digits and words', () => {
    expect(parseCount('04')).toBe(4);
    expect(parseCount('trois')).toBe(3);
  });
});
