import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/proxy-holder-absent';
import { check, members } from './support/record-builder';

const present = ['Claude MALAVAL', 'Olivier GUILLEMET', 'Denis MANGION'];

describe('proxy-holder-absent (CGCT L2121-20)', () => {
  it('passes when every holder is present (any word order, civility)', () => {
    const proxies = [{ from: 'Isabelle GARY', to: 'M. MALAVAL Claude' }, { from: 'Kristel MASSIA', to: 'GUILLEMET Olivier' }];
    expect(check(rule, { attendance: { present: 3, presentNames: present, proxies } })).toEqual([]);
  });
  it('a proxy to the president is to someone present, even when the list omits them', () => {
    const proxies = [{ from: 'Tiphaine NADEAU MASSON', to: 'Marc Etienne LANSADÉ' }, { from: 'X YVES', to: 'Monsieur le Maire' }];
    expect(check(rule, { session: { president: 'Marc Etienne LANSADE' }, attendance: { present: 4, presentNames: present, proxies } })).toEqual([]);
    expect(check(rule, { commune: { mayor: 'Marc Etienne LANSADÉ' }, attendance: { present: 4, presentNames: present, proxies } })).toEqual([]);
  });
  it('takes a one-letter slip for the same person (SIEYES / SIEYE)', () => {
    expect(check(rule, { attendance: { present: 3, presentNames: present, proxies: [{ from: 'A ALPHA', to: 'Claude MALLAVAL' }] } })).toEqual([]);
  });
  it('only warns when no number of present is printed to prove the list complete', () => {
    expect(check(rule, { attendance: { presentNames: present, proxies: [{ from: 'A ALPHA', to: 'Benoît BONNET' }] } })).toMatchObject([{ severity: 'warning' }]);
  });
  it('gives a bare surname the benefit of the doubt', () => {
    expect(check(rule, { attendance: { present: 3, presentNames: present, proxies: [{ from: 'A ALPHA', to: 'M. MANGION' }] } })).toEqual([]);
  });
  it('fires at error when the holder is not among a complete list of those present', () => {
    const proxies = [{ from: 'Isabelle GARY', to: 'Benoît BONNET' }];
    expect(check(rule, { attendance: { present: 3, presentNames: present, proxies } })).toMatchObject([
      { messageId: 'proxy-holder-absent.notListed', severity: 'error', data: { holder: 'Benoît BONNET', giver: 'Isabelle GARY' } },
    ]);
  });
  it('fires at error when the holder is listed absent, even against a short list', () => {
    const proxies = [{ from: 'Isabelle GARY', to: 'Paul PERCETTI' }];
    expect(check(rule, { attendance: { present: 10, presentNames: present, absentNames: ['Paul PERCETTI'], proxies } })).toMatchObject([
      { messageId: 'proxy-holder-absent.listedAway', severity: 'error' },
    ]);
  });
  it('only warns against an incomplete list of those present', () => {
    const proxies = [{ from: 'Isabelle GARY', to: 'Benoît BONNET' }];
    expect(check(rule, { attendance: { present: 10, presentNames: present, proxies } })).toMatchObject([{ severity: 'warning' }]);
  });
  it('is silent without a list of those present', () => {
    expect(check(rule, { attendance: { present: 10, proxies: [{ from: 'A ALPHA', to: 'B BETA' }] } })).toEqual([]);
    expect(check(rule, { attendance: { presentNames: members(3), proxies: [] } })).toEqual([]);
  });
});
