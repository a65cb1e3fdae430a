import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/votes-sum';
import { check } from './support/record-builder';

describe('votes-sum (CGCT L2121-20)', () => {
  it('for + against + abstentions = voters passes', () => {
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 16, against: 1, abstentions: 1 } })).toEqual([]);
  });
  it('counts blank ballots and printed non-participants', () => {
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 15, against: 1, abstentions: 1, blank: 1 } })).toEqual([]);
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 16, against: 0, abstentions: 1, nonParticipants: 1 } })).toEqual([]);
  });
  it('fires at error against printed voters', () => {
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 16, against: 0, abstentions: 1 } })).toMatchObject([
      { messageId: 'votes-sum.mismatch', severity: 'error', data: { sum: 17, voters: 18 } },
    ]);
  });
  it('infers voters from present + represented, as a warning', () => {
    expect(check(rule, { attendance: { present: 14, represented: 4 }, vote: { for: 18, against: 0, abstentions: 0 } })).toEqual([]);
    expect(check(rule, { attendance: { present: 14, represented: 4 }, vote: { for: 16, against: 0, abstentions: 0 } })).toMatchObject([
      { messageId: 'votes-sum.inferredVoters', severity: 'warning' },
    ]);
  });
  it('judges plain unanimity with only the votes for printed', () => {
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 18, unanimous: true } })).toEqual([]);
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 17, unanimous: true } })).toMatchObject([{ data: { sum: 17, voters: 18 } }]);
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 16, unanimous: true, unanimousOfExpressed: true } })).toEqual([]);
  });
  it('is silent with only the votes for printed, or unanimity with no counts', () => {
    expect(check(rule, { attendance: { voters: 18 }, vote: { for: 12 } })).toEqual([]);
    expect(check(rule, { attendance: { voters: 18 }, vote: { unanimous: true } })).toEqual([]);
  });
});
