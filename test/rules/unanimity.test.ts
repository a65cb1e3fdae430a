import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/unanimity';
import { check } from './support/record-builder';

describe('unanimity', () => {
  it('passes with no vote against nor abstention', () => {
    expect(check(rule, { vote: { unanimous: true, for: 18, against: 0, abstentions: 0 } })).toEqual([]);
    expect(check(rule, { vote: { unanimous: true } })).toEqual([]);
  });
  it('is an error with votes against', () => {
    expect(check(rule, { vote: { unanimous: true, for: 16, against: 2 } })).toMatchObject([
      { messageId: 'unanimity.against', severity: 'error', data: { against: 2 } },
    ]);
  });
  it('warns with abstentions unless it says "des suffrages exprimés"', () => {
    expect(check(rule, { vote: { unanimous: true, for: 16, against: 0, abstentions: 2 } })).toMatchObject([
      { messageId: 'unanimity.abstentions', severity: 'warning', data: { abstentions: 2 } },
    ]);
    expect(check(rule, { vote: { unanimous: true, unanimousOfExpressed: true, for: 16, against: 0, abstentions: 2 } })).toEqual([]);
  });
  it('is silent when not said unanimous', () => {
    expect(check(rule, { vote: { unanimous: false, for: 10, against: 8 } })).toEqual([]);
  });
});
