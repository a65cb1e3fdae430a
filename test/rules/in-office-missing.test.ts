import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/in-office-missing';
import { check, members } from './support/record-builder';

describe('in-office-missing', () => {
  it('is silent when the number in office is printed', () => {
    expect(check(rule, { attendance: { inOffice: 18, present: 14 } })).toEqual([]);
  });

  it('suggests present + represented + absent without proxy (seed 001: 18 + 3 + 2 = 23)', () => {
    const proxies = [{ from: 'A ALPHA', to: 'B BETA' }, { from: 'C GAMMA', to: 'D DELTA' }, { from: 'E EPS', to: 'F PHI' }];
    const findings = check(rule, { attendance: { inOffice: null, present: 18, absent: 5, proxies, absentNames: ['G GAMMA', 'H ETA'] } });
    expect(findings).toMatchObject([{ messageId: 'in-office-missing.suggest', severity: 'info', data: { suggested: 23 } }]);
  });

  it('does not guess when a printed absent count may include those represented', () => {
    const proxies = [{ from: 'A ALPHA', to: 'B BETA' }];
    expect(check(rule, { attendance: { inOffice: null, present: 10, absent: 3, proxies } })).toMatchObject([{ messageId: 'in-office-missing.plain' }]);
  });

  it('stays silent on a convention alone', () => {
    expect(check(rule, { convention: { academy: 'Région académique' } }, { kinds: ['convention'] })).toEqual([]);
    expect(check(rule, { attendance: { presentNames: members(3) } }, { kinds: ['deliberation'] })).toHaveLength(1);
  });
});
