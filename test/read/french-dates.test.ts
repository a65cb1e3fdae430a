import fc from 'fast-check';
import writtenNumber from 'written-number';
import { describe, expect, it } from 'vitest';
import { findDates, parseFrenchDate, parseFrenchTime } from '../../lib/read/french-dates';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

describe('parseFrenchDate', () => {
  it.each([
    ["L'an deux mille vingt et un, le vingt-sept du mois d'octobre à neuf heures", '2021-10-27'],
    ["L’an deux mille vingt-cinq, le jeudi vingt-sept février", '2025-02-27'],
    ['le onze octobre 2021', '2021-10-11'],
    ['1er juin 2024', '2024-06-01'],
    ['29 OCT. 2021', '2021-10-29'],
    ['20/06/2024', '2024-06-20'],
    ['20-06-2024', '2024-06-20'],
    ['20.06.24', '2024-06-20'],
    ['lundi 27 NOVEMBRE 2023', '2023-11-27'],
    ['19 octobre deux mille vingt et un', '2021-10-19'],
    ['le 5 septembre 2025', '2025-09-05'],
    ['le premier octobre deux mil vingt-quatre', '2024-10-01'],
    ['31 déc. 2024', '2024-12-31'],
    ['2024-06-20', '2024-06-20'],
  ])('%s → %s', (text, iso) => {
    expect(parseFrenchDate(text)).toBe(iso);
  });

  it('rejects impossible dates', () => {
    expect(parseFrenchDate('31/02/2024')).toBeNull();
    expect(parseFrenchDate('29 février 2023')).toBeNull();
    expect(parseFrenchDate('le 32 mars 2024')).toBeNull();
    expect(parseFrenchDate('13/13/2024')).toBeNull();
  });

  it('does not read a deliberation number or a decree as a date', () => {
    expect(findDates('N° 2023/11/27-31')).toEqual([]);
    expect(findDates('décret N°83.1025')).toEqual([]);
  });

  it('gives offsets of each date', () => {
    const text = 'Envoyé le 24/06/2024, reçu le 25 juin 2024.';
    expect(findDates(text).map((d) => text.slice(d.start, d.end))).toEqual(['24/06/2024', '25 juin 2024']);
  });

  const dateArb = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true });
  const isoOf = (d: Date) => d.toISOString().slice(0, 10);

  it('round-trips dates written in digits', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom('/', '-', '.'), (d, sep) => {
        const [y, m, day] = isoOf(d).split('-');
        expect(parseFrenchDate(`le ${day}${sep}${m}${sep}${y}`)).toBe(isoOf(d));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips dates written in words (day and year in words, as in "L\'an …")', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const day = d.getUTCDate();
        const dayWords = day === 1 ? 'premier' : writtenNumber(day, { lang: 'fr' });
        const yearWords = writtenNumber(d.getUTCFullYear(), { lang: 'fr' });
        const text = `le ${dayWords} ${MONTHS[d.getUTCMonth()]} ${yearWords}`;
        expect(parseFrenchDate(text)).toBe(isoOf(d));
        expect(parseFrenchDate(`L'an ${yearWords}, le ${dayWords} ${MONTHS[d.getUTCMonth()]}`)).toBe(isoOf(d));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseFrenchTime', () => {
  it.each([
    ['18h30', '18:30'],
    ['18 h 30', '18:30'],
    ['18 heures 30', '18:30'],
    ['à neuf heures', '09:00'],
    ['dix-huit heures trente', '18:30'],
    ['vingt heures et demie', '20:30'],
    ['20:15', '20:15'],
    ['à 20h', '20:00'],
  ])('%s → %s', (text, time) => {
    expect(parseFrenchTime(text)).toBe(time);
  });
});
