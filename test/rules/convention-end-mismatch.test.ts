import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/convention-end-mismatch';
import { check } from './support/record-builder';

describe('convention-end-mismatch', () => {
  it('fires when they differ (seed 001: 31 Oct vs 1 Sep 2022)', () => {
    expect(check(rule, { deliberation: { conventionEndDate: '2022-10-31' }, convention: { endDate: '2022-09-01' } })).toMatchObject([
      { messageId: 'convention-end-mismatch.differ', severity: 'error', data: { deliberation: '31/10/2022', convention: '01/09/2022' } },
    ]);
  });
  it('is silent when equal or one is missing', () => {
    expect(check(rule, { deliberation: { conventionEndDate: '2025-09-05' }, convention: { endDate: '2025-09-05' } })).toEqual([]);
    expect(check(rule, { deliberation: { conventionEndDate: '2026-12-27' } })).toEqual([]);
  });
});
