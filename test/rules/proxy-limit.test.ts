import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/proxy-limit';
import { check } from './support/record-builder';

const two = [{ from: 'Anne ALPHA', to: 'Paul DURAND' }, { from: 'Bob BETA', to: 'DURAND Paul' }];
const three = [...two, { from: 'Carl GAMMA', to: 'M. Paul Durand' }];

describe('proxy-limit (CGCT L2121-20)', () => {
  it('one proxy each passes', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, attendance: { proxies: [{ from: 'A ALPHA', to: 'B BETA' }, { from: 'C GAMMA', to: 'D DELTA' }] } })).toEqual([]);
  });
  it('two proxies to the same person (any word order) fire in ordinary times', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, attendance: { proxies: two } })).toMatchObject([
      { messageId: 'proxy-limit.one', severity: 'error', data: { holder: 'Paul DURAND', count: 2, limit: 1 } },
    ]);
  });
  it('groups "M. le Maire" with the presiding mayor', () => {
    const proxies = [{ from: 'A ALPHA', to: 'Monsieur le Maire' }, { from: 'B BETA', to: 'Jean DUPONT' }];
    expect(check(rule, { session: { date: '2024-06-20', president: 'Jean DUPONT' }, attendance: { proxies } })).toHaveLength(1);
  });
  it('does not group a bare surname shared by two members present', () => {
    const proxies = [{ from: 'A ALPHA', to: 'GARNIER' }, { from: 'B BETA', to: 'GARNIER' }];
    const presentNames = ['Patrick GARNIER', 'Jean-Pascal GARNIER'];
    expect(check(rule, { session: { date: '2024-06-20' }, attendance: { proxies, presentNames } })).toEqual([]);
  });
  it('allows two in a health-crisis window, not three; boundaries of the window', () => {
    expect(check(rule, { session: { date: '2021-03-01' }, attendance: { proxies: two } })).toEqual([]);
    expect(check(rule, { session: { date: '2021-03-01' }, attendance: { proxies: three } })).toMatchObject([
      { messageId: 'proxy-limit.crisis', severity: 'error', data: { count: 3, limit: 2 } },
    ]);
    expect(check(rule, { session: { date: '2022-07-31' }, attendance: { proxies: two } })).toEqual([]);
    expect(check(rule, { session: { date: '2022-08-01' }, attendance: { proxies: two } })).toMatchObject([{ severity: 'error' }]);
    expect(check(rule, { session: { date: '2020-03-24' }, attendance: { proxies: two } })).toEqual([]);
    expect(check(rule, { session: { date: '2020-03-23' }, attendance: { proxies: two } })).toMatchObject([{ severity: 'error' }]);
  });
  it('warns for two on the uncertain days (15–16 Nov 2020, 10–12 Nov 2021)', () => {
    for (const date of ['2020-11-15', '2020-11-16', '2021-11-10', '2021-11-12']) {
      expect(check(rule, { session: { date }, attendance: { proxies: two } })).toMatchObject([
        { messageId: 'proxy-limit.uncertainDay', severity: 'warning' },
      ]);
    }
    expect(check(rule, { session: { date: '2020-11-14' }, attendance: { proxies: two } })).toMatchObject([{ severity: 'error' }]);
    expect(check(rule, { session: { date: '2020-11-17' }, attendance: { proxies: two } })).toEqual([]);
  });
});
