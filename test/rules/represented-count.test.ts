import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/represented-count';
import { check } from './support/record-builder';

const proxies = [{ from: 'A ALPHA', to: 'B BETA' }, { from: 'C GAMMA', to: 'D DELTA' }];

describe('represented-count', () => {
  it('passes when the proxies listed match', () => {
    expect(check(rule, { attendance: { represented: 2, proxies } })).toEqual([]);
  });
  it('fires when they do not', () => {
    expect(check(rule, { attendance: { represented: 3, proxies } })).toMatchObject([
      { messageId: 'represented-count.mismatch', severity: 'warning', data: { printed: 3, listed: 2 } },
    ]);
  });
  it('is silent with no list (the document may name no one)', () => {
    expect(check(rule, { attendance: { represented: 3 } })).toEqual([]);
  });
});
