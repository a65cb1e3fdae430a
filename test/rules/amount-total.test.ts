import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/amount-total';
import { check } from './support/record-builder';

describe('amount-total', () => {
  it('passes when fee × schools = total, in the convention and the deliberation', () => {
    expect(check(rule, { convention: { feePerSchool: 41, schoolCount: 4, total: 164 }, deliberation: { schoolCount: 4, total: 164 } })).toEqual([]);
  });
  it('fires on 4 × 41 = 165', () => {
    expect(check(rule, { convention: { feePerSchool: 41, schoolCount: 4, total: 165 } })).toMatchObject([
      { messageId: 'amount-total.convention', severity: 'error', field: 'convention.total', data: { count: 4, fee: '41 €', total: '165 €', expected: '164 €' } },
    ]);
  });
  it('judges the deliberation with the convention\'s fee when it states none', () => {
    expect(check(rule, { convention: { feePerSchool: 45 }, deliberation: { schoolCount: 2, total: 100 } })).toMatchObject([
      { messageId: 'amount-total.deliberation', field: 'deliberation.total', data: { expected: '90 €' } },
    ]);
  });
  it('counts the schools listed when no number is printed; accepts a total for the whole duration; cents are exact', () => {
    const schools = [{ uai: '0310891A', name: 'A' }, { uai: '0310891A', name: 'B' }];
    expect(check(rule, { convention: { feePerSchool: 40.5, schools, total: 81 } })).toEqual([]);
    expect(check(rule, { convention: { feePerSchool: 50, schoolCount: 2, total: 300, durationYears: 3 } })).toEqual([]);
    expect(check(rule, { convention: { feePerSchool: 0.1, schoolCount: 3, total: 0.3 } })).toEqual([]);
  });
  it('only warns when the count comes from the list of schools, not a printed number', () => {
    const schools = [{ uai: '0310891A', name: 'A' }, { uai: '0310891A', name: 'B' }];
    expect(check(rule, { convention: { feePerSchool: 45, schools, total: 135 } })).toMatchObject([{ severity: 'warning', data: { count: 2 } }]);
  });
  it('is silent with a missing value', () => {
    expect(check(rule, { convention: { feePerSchool: 41, total: 165 } })).toEqual([]);
  });
});
