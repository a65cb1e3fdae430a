import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/secretary-not-present';
import { check } from './support/record-builder';

const presentNames = ['CARISTAN Carole', 'MERCI Bernard', 'LAHANA Agnès'];

describe('secretary-not-present (CGCT L2121-15)', () => {
  it('passes when the secretary is present', () => {
    expect(check(rule, { session: { secretary: 'M. Bernard MERCI' }, attendance: { present: 3, presentNames } })).toEqual([]);
  });
  it('fires when listed absent', () => {
    expect(check(rule, { session: { secretary: 'Paul PERCETTI' }, attendance: { present: 9, presentNames, absentNames: ['Paul PERCETTI'] } })).toMatchObject([
      { messageId: 'secretary-not-present.listedAway', severity: 'warning', data: { secretary: 'Paul PERCETTI' } },
    ]);
  });
  it('fires when missing from a complete list, not from an incomplete one', () => {
    expect(check(rule, { session: { secretary: 'Paul PERCETTI' }, attendance: { present: 3, presentNames } })).toMatchObject([
      { messageId: 'secretary-not-present.notListed' },
    ]);
    expect(check(rule, { session: { secretary: 'Paul PERCETTI' }, attendance: { present: 9, presentNames } })).toEqual([]);
  });
});
