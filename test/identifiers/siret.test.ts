import { describe, expect, it } from 'vitest';
import { compactIdentifier, sirenOfSiret, sirenValid, siretProblem, siretValid } from '../../lib/identifiers/siret';

describe('siret', () => {
  it('validates the seeds\' SIRETs', () => {
    for (const siret of ['21310533100010', '21660049400019', '21340148200012']) expect(siretValid(siret)).toBe(true);
  });
  it('La Poste: 35600000000048 passes Luhn, other establishments pass by digit sum divisible by 5', () => {
    expect(siretValid('35600000000048')).toBe(true);
    expect(siretValid('35600000000001')).toBe(true);
    expect(siretValid('35600000000002')).toBe(false);
  });
  it('reads spaced numbers and reports the problem', () => {
    expect(compactIdentifier('213 105 331 00010')).toBe('21310533100010');
    expect(siretProblem('213 105 331 00010')).toBeNull();
    expect(siretProblem('2131053310001')).toBe('length');
    expect(siretProblem('21310533100011')).toBe('checksum');
    expect(siretProblem('2131O533100010')).toBe('length');
  });
  it('gives the SIREN of a SIRET', () => {
    expect(sirenOfSiret('21310533100010')).toBe('213105331');
    expect(sirenOfSiret('2131')).toBeNull();
    expect(sirenValid('213105331')).toBe(true);
    expect(sirenValid('21300217')).toBe(false);
  });
});
