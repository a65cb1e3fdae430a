import { describe, expect, it } from 'vitest';
import { canonicalDepartment, isAlsaceMoselle } from '../../lib/identifiers/department';

describe('department', () => {
  it('puts every writing on one form', () => {
    expect(canonicalDepartment('031')).toBe('31');
    expect(canonicalDepartment('1')).toBe('01');
    expect(canonicalDepartment('02A')).toBe('2A');
    expect(canonicalDepartment('2b')).toBe('2B');
    expect(canonicalDepartment('974')).toBe('974');
    expect(canonicalDepartment('20')).toBeNull();
    expect(canonicalDepartment('977')).toBeNull();
    expect(canonicalDepartment('')).toBeNull();
  });
  it('knows the local-law departments', () => {
    expect(['57', '067', '68'].map(isAlsaceMoselle)).toEqual([true, true, true]);
    expect(isAlsaceMoselle('31')).toBe(false);
  });
});
