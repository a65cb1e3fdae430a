import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/present-count';
import { check, members } from './support/record-builder';

describe('present-count', () => {
  it('passes when the list matches the number', () => {
    expect(check(rule, { attendance: { present: 5, presentNames: members(5) } })).toEqual([]);
  });

  it('counts the presiding mayor the list leaves out (21 names + the mayor = 22, seed 002)', () => {
    const patch = { session: { president: 'Marc Etienne LANSADÉ' }, attendance: { present: 22, presentNames: members(21) } };
    expect(check(rule, patch)).toEqual([]);
  });

  it('recognises the mayor written with initials in the list ("JM BERGIA" / "BERGIA Jean-Marc")', () => {
    const patch = { session: { president: 'JM BERGIA' }, attendance: { present: 3, presentNames: ['BERGIA Jean-Marc', ...members(2)] } };
    expect(check(rule, patch)).toEqual([]);
  });

  it('fires when the printed number differs', () => {
    expect(check(rule, { attendance: { present: 6, presentNames: members(5) } })).toMatchObject([
      { messageId: 'present-count.mismatch', severity: 'warning', data: { printed: 6, counted: 5 } },
    ]);
    const omitted = check(rule, { session: { president: 'Jean DUPONT' }, attendance: { present: 5, presentNames: members(5) } });
    expect(omitted).toMatchObject([{ messageId: 'present-count.withPresident', data: { printed: 5, counted: 6, listed: 5 } }]);
  });

  it('is silent without a list or a number', () => {
    expect(check(rule, { attendance: { present: 6 } })).toEqual([]);
    expect(check(rule, { attendance: { presentNames: members(5) } })).toEqual([]);
  });
});
