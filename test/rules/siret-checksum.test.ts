import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/siret-checksum';
import { check } from './support/record-builder';

describe('siret-checksum (INSEE)', () => {
  it('passes valid SIRETs, spaced or not, and La Poste\'s', () => {
    expect(check(rule, { commune: { siret: '21310533100010' } })).toEqual([]);
    expect(check(rule, { commune: { siret: '213 105 331 00010' } })).toEqual([]);
    expect(check(rule, { commune: { siret: '35600000000048' } })).toEqual([]);
    expect(check(rule, { commune: { siret: '35600000000001' } })).toEqual([]);
  });
  it('fires on a wrong digit', () => {
    expect(check(rule, { commune: { siret: '21310533100011' } })).toMatchObject([
      { messageId: 'siret-checksum.luhn', severity: 'error', data: { siret: '21310533100011' } },
    ]);
  });
  it('names the one digit that completes a SIRET one digit short when the @CTES id gives the SIREN', () => {
    // the final 1 of the SIREN dropped: only one completion starts with the id's SIREN 213105331
    const findings = check(rule, { commune: { siret: '2131053300010' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } });
    expect(findings).toMatchObject([{ messageId: 'siret-checksum.oneDigitShort', data: { completed: '21310533100010', digit: '1', position: 9 } }]);
  });
  it('says how many completions fit otherwise, and reports other lengths', () => {
    expect(check(rule, { commune: { siret: '2131053310001' } })).toMatchObject([{ messageId: 'siret-checksum.digitShortAmbiguous' }]);
    expect(check(rule, { commune: { siret: '2131053310' } })).toMatchObject([{ messageId: 'siret-checksum.length', data: { length: 10 } }]);
  });
  it('checks a stated SIREN too', () => {
    expect(check(rule, { commune: { siren: '213105332' } })).toMatchObject([{ messageId: 'siret-checksum.siren', field: 'commune.siren' }]);
    expect(check(rule, { commune: { siren: '213105331' } })).toEqual([]);
  });
});
