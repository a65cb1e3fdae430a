import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeLuhn, luhnDigitAt, luhnValid } from '../../lib/identifiers/luhn';

describe('luhn', () => {
  it('accepts real SIRENs and SIRETs, refuses a changed digit', () => {
    expect(luhnValid('213105331')).toBe(true);
    expect(luhnValid('21310533100010')).toBe(true);
    expect(luhnValid('21310533100011')).toBe(false);
    expect(luhnValid('21310 533')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('any single changed digit breaks the key (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{13}$/), fc.nat(13), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
      const digit = luhnDigitAt(body, body.length);
      const valid = body + digit;
      expect(luhnValid(valid)).toBe(true);
      const position = at % 14;
      const changed = valid.slice(0, position) + ((Number(valid[position]) + delta) % 10) + valid.slice(position + 1);
      expect(luhnValid(changed)).toBe(false);
    }));
  });

  it('completes a number one digit short: the dropped digit is always among the completions, one per position', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{8}$/), fc.nat(8), (body, at) => {
      const valid = body + luhnDigitAt(body, 8);
      const position = at % 9;
      const short = valid.slice(0, position) + valid.slice(position + 1);
      const completions = completeLuhn(short, 9);
      expect(completions.map((c) => c.value)).toContain(valid);
      for (const completion of completions) expect(luhnValid(completion.value)).toBe(true);
      expect(new Set(completions.map((c) => c.value)).size).toBe(completions.length);
    }));
    expect(completeLuhn('12345', 9)).toEqual([]);
  });
});
