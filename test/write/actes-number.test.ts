import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanActesNumber, cleanActesNumberWithNotes } from '../../lib/write/actes-fields';

// portals.md §6.2: the number must pass all three at once
const s2low = /^([A-Z0-9][A-Z0-9_]{0,13})?[A-Z0-9]$/;
const pastell2017 = /^[0-9A-Z_]{2,15}$/;
const stela = /^[A-Z0-9_]+$/;
const passesAllPortals = (number: string) => s2low.test(number) && pastell2017.test(number) && stela.test(number) && number.length <= 15;

describe('cleanActesNumber', () => {
  it.each([
    ['2024/36', '202436'], // seed practice: sent as 202436
    ['2021-100', '2021100'],
    ['11', '11'],
    ['DEL11-250625', 'DEL11250625'],
    ['N° 2024/36', '202436'],
    ['Nº 12', '12'],
    ['n°2024.045', '2024045'],
    ['Numéro : 2024-045', '2024045'],
    ['délib été 2024', 'DELIBETE2024'],
    ['2024_036', '2024_036'],
    ['_2024_036_', '2024_036'],
    ['œuvre 3', 'OEUVRE3'],
    ['NOV2024', 'NOV2024'],
    ['2024\u00a0/\u00a036', '202436'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanActesNumber(raw)).toBe(expected);
  });

  it('pads a one-character number and says so', () => {
    const result = cleanActesNumberWithNotes('5');
    expect(result.number).toBe('05');
    expect(result.notes).toHaveLength(1);
  });

  it('keeps the figures when a number is too long, and says so', () => {
    const result = cleanActesNumberWithNotes('2024_DCM_ENSEIGNEMENT_000036');
    expect(result.number).toBe('2024DCM000036');
    expect(result.notes[0]).toMatch(/dépasse 15 caractères/);
    expect(cleanActesNumber('DELIBERATION-2024-CONSEIL-0036')).toBe('2024CONSEIL0036');
    expect(cleanActesNumber('12345678901234567890')).toBe('678901234567890');
  });

  it('returns nothing for a number with no letter or digit', () => {
    expect(cleanActesNumber('')).toBe('');
    expect(cleanActesNumberWithNotes('---').notes).toHaveLength(1);
  });

  const noisy = fc.array(
    fc.oneof(
      fc.constantFrom('/', '-', '.', ' ', '_', '__', '\u00a0', 'N°', 'é', 'œ', 'ß', '²', 'º', '\t', '’', 'DEL', 'ﬁ', '😀', 'İ'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 6 }),
      fc.integer({ min: 0, max: 99999 }).map(String),
    ),
    { maxLength: 12 },
  ).map((pieces) => pieces.join(''));

  it('always satisfies S²LOW, Pastell 2017–2021 and Stela when non-empty (property)', () => {
    fc.assert(fc.property(fc.oneof(noisy, fc.string({ unit: 'binary', maxLength: 40 })), (raw) => {
      const number = cleanActesNumber(raw);
      if (number !== '') expect(passesAllPortals(number), `${JSON.stringify(raw)} → ${number}`).toBe(true);
      // a letter or digit in the input is never lost entirely
      if (/[A-Za-z0-9]/.test(raw.replace(/^\s*(?:n\s?[°º]|no\.)/i, ''))) expect(number).not.toBe('');
      // what it outputs is already clean
      expect(cleanActesNumber(number)).toBe(number);
    }), { numRuns: 3000 });
  });
});
