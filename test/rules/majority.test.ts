import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/majority';
import { check } from './support/record-builder';

describe('majority (CGCT L2121-20)', () => {
  it('passes with more for than against', () => {
    expect(check(rule, { vote: { adopted: true, for: 9, against: 8, abstentions: 5 } })).toEqual([]);
  });
  it('fires when adopted with fewer for than against', () => {
    expect(check(rule, { vote: { adopted: true, for: 7, against: 8 } })).toMatchObject([
      { messageId: 'majority.minority', severity: 'error', data: { for: 7, against: 8 } },
    ]);
  });
  it('a tie needs the casting vote', () => {
    expect(check(rule, { vote: { adopted: true, for: 8, against: 8 } })).toMatchObject([{ messageId: 'majority.tie' }]);
    expect(check(rule, { vote: { adopted: true, for: 8, against: 8, castingVote: true } })).toEqual([]);
  });
  it('is silent when not said adopted, or counts are missing', () => {
    expect(check(rule, { vote: { adopted: false, for: 2, against: 8 } })).toEqual([]);
    expect(check(rule, { vote: { adopted: true, for: 2 } })).toEqual([]);
  });
});
