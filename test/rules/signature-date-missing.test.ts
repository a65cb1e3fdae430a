import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/signature-date-missing';
import { check } from './support/record-builder';

describe('signature-date-missing', () => {
  it('fires for "Fait à Cogolin, le ....." on the convention (seed 002) and on the deliberation', () => {
    expect(check(rule, { blanks: [{ field: 'convention.signedOn', evidence: 'Fait à Cogolin, le .....' }] })).toMatchObject([
      { messageId: 'signature-date-missing.convention', severity: 'warning', field: 'convention.signedOn' },
    ]);
    expect(check(rule, { blanks: [{ field: 'deliberation.signedOn', evidence: 'Fait à Saubens, le' }] })).toMatchObject([
      { messageId: 'signature-date-missing.deliberation', field: 'deliberation.signedOn' },
    ]);
  });
  it('is silent when signed with a date', () => {
    expect(check(rule, { convention: { signedOn: '2023-12-01' }, blanks: [{ field: 'convention.signedOn', evidence: 'le .....' }] })).toEqual([]);
  });
});
