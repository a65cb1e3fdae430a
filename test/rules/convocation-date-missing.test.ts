import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/convocation-date-missing';
import { check } from './support/record-builder';

describe('convocation-date-missing (CGCT L2121-10)', () => {
  it('fires on a deliberation with no convocation date', () => {
    expect(check(rule, { session: { date: '2024-06-20' } })).toMatchObject([{ messageId: 'convocation-date-missing.none', severity: 'warning' }]);
  });
  it('is silent with a convocation or posting date, or on a convention alone', () => {
    expect(check(rule, { session: { date: '2024-06-20', convocationDate: '2024-06-14' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-06-20', postedDate: '2024-06-14' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-06-20' } }, { kinds: ['convention'] })).toEqual([]);
  });
});
