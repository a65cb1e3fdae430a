import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/amount-mismatch';
import { check } from './support/record-builder';

describe('amount-mismatch', () => {
  it('passes when the deliberation and the convention agree', () => {
    expect(check(rule, { deliberation: { feePerSchool: 45, total: 90 }, convention: { feePerSchool: 45, total: 90 } })).toEqual([]);
  });
  it('fires on a different fee or total', () => {
    expect(check(rule, { deliberation: { feePerSchool: 40, total: 80 }, convention: { feePerSchool: 45, total: 90 } })).toMatchObject([
      { messageId: 'amount-mismatch.fee', severity: 'error', data: { deliberation: '40 €', convention: '45 €' } },
      { messageId: 'amount-mismatch.total', data: { deliberation: '80 €', convention: '90 €' } },
    ]);
  });
  it('is silent when one side is missing', () => {
    expect(check(rule, { deliberation: { total: 80 } })).toEqual([]);
  });
});
