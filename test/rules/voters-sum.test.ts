import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/voters-sum';
import { check } from './support/record-builder';

describe('voters-sum (CGCT L2121-20)', () => {
  it('voters = present + represented passes', () => {
    expect(check(rule, { attendance: { voters: 30, present: 22, represented: 8 } })).toEqual([]);
  });
  it('uses the proxies listed when no represented number is printed', () => {
    expect(check(rule, { attendance: { voters: 16, present: 14, proxies: [{ from: 'A A', to: 'B B' }, { from: 'C C', to: 'D D' }] } })).toEqual([]);
  });
  it('fires on a gap', () => {
    expect(check(rule, { attendance: { voters: 18, present: 14, represented: 3 } })).toMatchObject([
      { messageId: 'voters-sum.mismatch', severity: 'error', data: { voters: 18, expected: 17 } },
    ]);
  });
  it('with no proxy number nor list, only fires for fewer voters than present', () => {
    expect(check(rule, { attendance: { voters: 18, present: 14 } })).toEqual([]);
    expect(check(rule, { attendance: { voters: 12, present: 14 } })).toMatchObject([{ severity: 'error', data: { expected: 14 } }]);
  });
  it('is silent when a non-participation is stated', () => {
    expect(check(rule, { attendance: { voters: 16, present: 14, represented: 3, nonParticipantNames: ['X YZ'] } })).toEqual([]);
    expect(check(rule, { attendance: { voters: 16, present: 14, represented: 3 }, vote: { nonParticipants: 1 } })).toEqual([]);
  });
});
