import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/expressed-sum';
import { check } from './support/record-builder';

describe('expressed-sum', () => {
  it('expressed = for + against passes', () => {
    expect(check(rule, { vote: { expressed: 17, for: 15, against: 2, abstentions: 1 } })).toEqual([]);
  });
  it('fires when abstentions were counted as expressed', () => {
    expect(check(rule, { vote: { expressed: 18, for: 15, against: 2, abstentions: 1 } })).toMatchObject([
      { messageId: 'expressed-sum.mismatch', severity: 'error', data: { expressed: 18, sum: 17 } },
    ]);
  });
  it('with no "contre" printed, only fires below the votes for', () => {
    expect(check(rule, { vote: { expressed: 18, for: 18 } })).toEqual([]);
    expect(check(rule, { vote: { expressed: 16, for: 18 } })).toHaveLength(1);
  });
  it('is silent when expressed is not printed', () => {
    expect(check(rule, { vote: { for: 18, against: 0 } })).toEqual([]);
  });
});
