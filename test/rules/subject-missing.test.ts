import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/subject-missing';
import { check } from './support/record-builder';

describe('subject-missing', () => {
  it('fires on a deliberation with no object', () => {
    expect(check(rule, { session: { date: '2024-06-20' } })).toMatchObject([{ messageId: 'subject-missing.none', severity: 'warning' }]);
    expect(check(rule, { deliberation: { subject: '  ' } }, { kinds: ['deliberation'] })).toHaveLength(1);
  });
  it('is silent with an object, or on a convention alone', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, deliberation: { subject: 'Convention ENT' } })).toEqual([]);
    expect(check(rule, { convention: { academy: 'X' } })).toEqual([]);
  });
});
