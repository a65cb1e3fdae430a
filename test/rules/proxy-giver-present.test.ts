import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/proxy-giver-present';
import { check } from './support/record-builder';

describe('proxy-giver-present (CGCT L2121-20)', () => {
  it('fires when the same full name is present and gives a proxy', () => {
    const findings = check(rule, {
      attendance: { presentNames: ['Jean-Pascal GARNIER', 'Audrey TROIN'], proxies: [{ from: 'GARNIER Jean-Pascal', to: 'Audrey TROIN' }] },
    });
    expect(findings).toMatchObject([{ messageId: 'proxy-giver-present.both', severity: 'error', data: { giver: 'GARNIER Jean-Pascal' } }]);
  });
  it('a shared surname is not the same person (seed 002: Patrick and Jean-Pascal GARNIER)', () => {
    const findings = check(rule, {
      attendance: { presentNames: ['Jean-Pascal GARNIER', 'Audrey TROIN'], proxies: [{ from: 'Patrick GARNIER', to: 'Audrey TROIN' }] },
    });
    expect(findings).toEqual([]);
  });
  it('a surname alone is not enough', () => {
    expect(check(rule, { attendance: { presentNames: ['GARNIER'], proxies: [{ from: 'GARNIER', to: 'X Y' }] } })).toEqual([]);
  });
});
