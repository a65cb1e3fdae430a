import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/secretary-missing';
import { check } from './support/record-builder';

describe('secretary-missing (CGCT L2121-15)', () => {
  it('fires on a deliberation with no secretary named', () => {
    expect(check(rule, { session: { date: '2024-06-20' } })).toMatchObject([{ messageId: 'secretary-missing.none', severity: 'warning' }]);
  });
  it('is silent when named, or on a convention alone', () => {
    expect(check(rule, { session: { date: '2024-06-20', secretary: 'Bernard MERCI' } })).toEqual([]);
    expect(check(rule, { convention: { academy: 'Académie de Nice' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-06-20' } }, { kinds: ['convention'] })).toEqual([]);
  });
});
