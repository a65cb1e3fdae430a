import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/attendance-sum';
import { check } from './support/record-builder';

describe('attendance-sum', () => {
  it('passes when present + represented + absent without proxy = in office', () => {
    expect(check(rule, { attendance: { inOffice: 33, present: 22, represented: 8, absentNames: ['A ALPHA', 'B BETA', 'C GAMMA'] } })).toEqual([]);
  });

  it('accepts a printed absent count that includes those represented', () => {
    expect(check(rule, { attendance: { inOffice: 23, present: 18, represented: 3, absent: 5 } })).toEqual([]);
    expect(check(rule, { attendance: { inOffice: 23, present: 18, represented: 3, absent: 2 } })).toEqual([]);
  });

  it('fires when the sum is off', () => {
    const findings = check(rule, { attendance: { inOffice: 19, present: 14, represented: 2, absent: 2 } });
    expect(findings).toMatchObject([{ messageId: 'attendance-sum.mismatch', severity: 'warning', data: { sum: 18, inOffice: 19 } }]);
  });

  it('without any absence stated, only fires when already over the number in office', () => {
    expect(check(rule, { attendance: { inOffice: 19, present: 14, represented: 2 } })).toEqual([]);
    expect(check(rule, { attendance: { inOffice: 15, present: 14, represented: 2 } })).toHaveLength(1);
  });
});
