import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/expressed-missing';
import { check } from './support/record-builder';

const blank = { field: 'vote.expressed', evidence: 'exprimés' };

describe('expressed-missing', () => {
  it('fires when the "exprimés" line is printed blank, suggesting for + against (seed 000)', () => {
    expect(check(rule, { vote: { for: 18, against: 0 }, blanks: [blank] })).toMatchObject([
      { messageId: 'expressed-missing.suggest', severity: 'info', data: { suggested: 18 }, evidence: 'exprimés' },
    ]);
    expect(check(rule, { blanks: [blank] })).toMatchObject([{ messageId: 'expressed-missing.plain' }]);
    expect(check(rule, { attendance: { voters: 29 }, vote: { unanimous: true }, blanks: [blank] })).toMatchObject([{ data: { suggested: 29 } }]);
  });
  it('is silent when the line is absent or filled', () => {
    expect(check(rule, { vote: { for: 18 } })).toEqual([]);
    expect(check(rule, { vote: { expressed: 18 }, blanks: [blank] })).toEqual([]);
  });
});
