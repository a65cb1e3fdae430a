import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/convention-end-missing';
import { check } from './support/record-builder';

describe('convention-end-missing', () => {
  it('fires when the end date is printed blank, even with a duration (seed 002)', () => {
    expect(check(rule, { convention: { durationYears: 3 }, blanks: [{ field: 'convention.endDate', evidence: 'prendra fin le.....' }] })).toMatchObject([
      { messageId: 'convention-end-missing.blank', severity: 'error', evidence: 'prendra fin le.....' },
    ]);
  });
  it('fires when absent with no duration on a convention: an error once the convention itself was read', () => {
    const schools = [{ uai: '0310891A', name: 'LE PETIT PRINCE' }];
    expect(check(rule, { convention: { academy: 'Région académique Occitanie', schools } })).toMatchObject([
      { messageId: 'convention-end-missing.absent', severity: 'error' },
    ]);
    expect(check(rule, { convention: { academy: 'Région académique Occitanie' } })).toMatchObject([{ severity: 'warning' }]);
  });
  it('is silent with an end date, a duration, the deliberation\'s end date, or no convention', () => {
    expect(check(rule, { convention: { academy: 'X', endDate: '2025-09-05' } })).toEqual([]);
    expect(check(rule, { convention: { academy: 'X', durationYears: 1 } })).toEqual([]);
    expect(check(rule, { convention: { academy: 'X', schoolYear: '2024-2025' } })).toEqual([]);
    expect(check(rule, { convention: { academy: 'X' }, deliberation: { conventionEndDate: '2025-09-05' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-06-20' } })).toEqual([]);
  });
});
