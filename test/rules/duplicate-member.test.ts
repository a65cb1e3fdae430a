import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/duplicate-member';
import { check } from './support/record-builder';

describe('duplicate-member', () => {
  it('fires for a member both present and absent, or twice present', () => {
    expect(check(rule, { attendance: { presentNames: ['Paul PERCETTI'], absentNames: ['PERCETTI Paul'] } })).toMatchObject([
      { messageId: 'duplicate-member.twice', severity: 'warning', data: { name: 'Paul PERCETTI', roles: 'présent, absent', count: 2 } },
    ]);
    expect(check(rule, { attendance: { presentNames: ['Paul PERCETTI', 'Mme Anne B', 'M. Paul Percetti'] } })).toHaveLength(1);
  });
  it('fires for a member absent and represented', () => {
    expect(check(rule, { attendance: { absentNames: ['Anne ALPHA'], proxies: [{ from: 'Anne ALPHA', to: 'B BETA' }] } })).toHaveLength(1);
  });
  it('leaves present-and-proxy to proxy-giver-present, and shared surnames alone', () => {
    expect(check(rule, { attendance: { presentNames: ['Anne ALPHA'], proxies: [{ from: 'Anne ALPHA', to: 'B BETA' }] } })).toEqual([]);
    expect(check(rule, { attendance: { presentNames: ['Jean-Pascal GARNIER'], proxies: [{ from: 'Patrick GARNIER', to: 'B BETA' }] } })).toEqual([]);
  });
});
