import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/name-variant';
import { check } from './support/record-builder';

describe('name-variant', () => {
  it('notes SIEYES / SIEYE (seed 002)', () => {
    expect(check(rule, { convention: { academyRepresentative: 'MATHIEU SIEYES' }, signatories: ['Mathieu SIEYE'] })).toMatchObject([
      { messageId: 'name-variant.twoSpellings', severity: 'info', field: 'convention.academyRepresentative', data: { first: 'MATHIEU SIEYES', second: 'Mathieu SIEYE' } },
    ]);
  });
  it('ignores case, accents and word order; different people stay different', () => {
    expect(check(rule, { commune: { mayor: 'Marc Etienne LANSADÉ' }, session: { president: 'LANSADE Marc-Etienne' } })).toEqual([]);
    expect(check(rule, { attendance: { presentNames: ['Patrick GARNIER', 'Jean-Pascal GARNIER', 'Denis HETREUX', 'Denis MANGION'] } })).toEqual([]);
  });
  it('does not take short words one letter apart for variants (Jean / Joan)', () => {
    expect(check(rule, { attendance: { presentNames: ['Jean MARTIN', 'Joan MARTIN'] } })).toEqual([]);
  });
});
