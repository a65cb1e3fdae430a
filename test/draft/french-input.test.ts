import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatAmount, formatFrenchDate, isoDate, parseAmount, parseClassification, parseCount,
  parseDepartment, parseFrenchDate, parseSchoolYear, parseTime,
} from '../../lib/draft/french-input';

describe('counts', () => {
  it('reads digits with any French spacing', () => {
    expect(parseCount(' 14 ')).toEqual({ ok: true, value: 14 });
    expect(parseCount('1\u202f234')).toEqual({ ok: true, value: 1234 });
  });
  it('refuses letters and words, keeping a French message key', () => {
    expect(parseCount('1a')).toEqual({ ok: false, error: 'input.count' });
    expect(parseCount('quatorze')).toEqual({ ok: false, error: 'input.count' });
    expect(parseCount('-3')).toEqual({ ok: false, error: 'input.count' });
    expect(parseCount('123456')).toEqual({ ok: false, error: 'input.count.tooLarge' });
    expect(parseCount('123 456', 100_000_000)).toEqual({ ok: true, value: 123456 });
  });
});

describe('amounts', () => {
  it('reads French decimals, thousands and the euro sign', () => {
    expect(parseAmount('164')).toEqual({ ok: true, value: 164 });
    expect(parseAmount('164,5 €')).toEqual({ ok: true, value: 164.5 });
    expect(parseAmount('1 234,56\u00a0euros')).toEqual({ ok: true, value: 1234.56 });
    expect(parseAmount('1.234,56')).toEqual({ ok: true, value: 1234.56 });
    expect(parseAmount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseAmount('45.50')).toEqual({ ok: true, value: 45.5 });
  });
  it('refuses what is not an amount', () => {
    for (const bad of ['cent', '12,345', '1,2,3', '€', '4 5x']) expect(parseAmount(bad).ok, bad).toBe(false);
  });
  it('formats back to something it reads (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
      const value = cents / 100;
      expect(parseAmount(formatAmount(value))).toEqual({ ok: true, value });
    }));
  });
});

describe('dates', () => {
  it('reads JJ/MM/AAAA and its variants', () => {
    expect(parseFrenchDate('20/06/2024')).toEqual({ ok: true, value: '2024-06-20' });
    expect(parseFrenchDate('1.7.2024')).toEqual({ ok: true, value: '2024-07-01' });
    expect(parseFrenchDate('2024-06-20')).toEqual({ ok: true, value: '2024-06-20' });
    expect(parseFrenchDate('1er juillet 2024')).toEqual({ ok: true, value: '2024-07-01' });
    expect(parseFrenchDate('29 FÉVRIER 2024')).toEqual({ ok: true, value: '2024-02-29' });
  });
  it('tells a date that does not exist from a date badly written', () => {
    expect(parseFrenchDate('31/02/2024')).toEqual({ ok: false, error: 'input.date.invalid', data: { text: '31/02/2024' } });
    expect(parseFrenchDate('29/02/2023').ok).toBe(false);
    expect(parseFrenchDate('20/06/24')).toEqual({ ok: false, error: 'input.date.format' });
    expect(parseFrenchDate('le .....')).toEqual({ ok: false, error: 'input.date.format' });
  });
  it('round-trips every calendar day (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2150-12-31'), noInvalidDate: true }), (date) => {
      const iso = date.toISOString().slice(0, 10);
      expect(parseFrenchDate(formatFrenchDate(iso))).toEqual({ ok: true, value: iso });
    }));
  });
  it('knows leap years', () => {
    expect(isoDate(2000, 2, 29)).toBe('2000-02-29');
    expect(isoDate(1900, 2, 29)).toBeNull();
  });
  it('stays fast on hostile input', () => {
    const start = performance.now();
    parseFrenchDate(`${'1'.repeat(50_000)}/`);
    parseAmount(`${'1.'.repeat(50_000)}x`);
    parseTime(`${' '.repeat(50_000)}h`);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('other inputs', () => {
  it('reads times as registers write them', () => {
    expect(parseTime('18h30')).toEqual({ ok: true, value: '18:30' });
    expect(parseTime('9 h')).toEqual({ ok: true, value: '09:00' });
    expect(parseTime('20:05')).toEqual({ ok: true, value: '20:05' });
    expect(parseTime('25h').ok).toBe(false);
  });
  it('reads school years, departments and classifications', () => {
    expect(parseSchoolYear('2024 – 2025')).toEqual({ ok: true, value: '2024-2025' });
    expect(parseSchoolYear('2024-2026').ok).toBe(false);
    expect(parseDepartment('031')).toEqual({ ok: true, value: '31' });
    expect(parseDepartment('2a')).toEqual({ ok: true, value: '2A' });
    expect(parseDepartment('974')).toEqual({ ok: true, value: '974' });
    expect(parseDepartment('20').ok).toBe(false);
    expect(parseClassification('8,1')).toEqual({ ok: true, value: '8.1' });
    expect(parseClassification('huit').ok).toBe(false);
  });
});
