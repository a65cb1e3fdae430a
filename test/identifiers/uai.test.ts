import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uaiCheckLetter, uaiDepartment, uaiInEmail, uaiValid } from '../../lib/identifiers/uai';

describe('uai', () => {
  it('computes the check letter (0310891 → A: 310891 mod 23 = 0)', () => {
    expect(uaiCheckLetter('0310891')).toBe('A');
    expect(uaiCheckLetter('031089')).toBeNull();
  });
  it('validates the seeds\' codes, refuses a wrong letter', () => {
    for (const uai of ['0310891A', '0830556D', '0830557E', '0831635B', '0831475C', '0660560A', '0300673U', '0301531B']) {
      expect(uaiValid(uai), uai).toBe(true);
    }
    expect(uaiValid('0310891B')).toBe(false);
    expect(uaiValid('0830556d')).toBe(true);
  });
  it('exactly one letter fits any seven digits (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{7}$/), (digits) => {
      const valid = [...'ABCDEFGHJKLMNPRSTUVWXYZIOQ'].filter((letter) => uaiValid(digits + letter));
      expect(valid).toEqual([uaiCheckLetter(digits)]);
    }));
  });
  it('gives the department, Corsica and overseas included', () => {
    expect(uaiDepartment('0310891A')).toBe('31');
    expect(uaiDepartment('9740001A')).toBe('974');
    expect(uaiDepartment('6200001G')).toBe('2A');
    expect(uaiDepartment('7200001A')).toBe('2B');
  });
  it('finds the UAI inside a school e-mail', () => {
    expect(uaiInEmail('ecole.0831515w@ac-nice.fr')).toBe('0831515W');
    expect(uaiInEmail('ce.0310891A@ac-toulouse.fr')).toBe('0310891A');
    expect(uaiInEmail('mairie@saubens.fr')).toBeNull();
  });
});
