/**
 * Luhn key of SIREN (9 digits) and SIRET (14 digits), as INSEE and S²LOW (lib/LuhnKey.php)
 * check them. La Poste's establishments are the known exception (domain.md §3).
 */

/** Luhn sum of a digit string: every second digit from the right doubled. */
function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let digit = digits.charCodeAt(i) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

const onlyDigits = /^\d+$/;

export function luhnValid(digits: string): boolean {
  return onlyDigits.test(digits) && luhnSum(digits) % 10 === 0;
}

export interface LuhnCompletion {
  /** the completed number */
  value: string;
  /** index (0-based) where the digit was inserted */
  position: number;
  digit: string;
}

/**
 * Numbers one digit short (`length - 1` digits): every way to insert one digit that passes Luhn.
 * For a given position exactly one digit fits; several positions may fit, hence a list.
 */
export function completeLuhn(shortDigits: string, length: number): LuhnCompletion[] {
  if (!onlyDigits.test(shortDigits) || shortDigits.length !== length - 1) return [];
  const completions: LuhnCompletion[] = [];
  const seen = new Set<string>();
  for (let position = 0; position <= shortDigits.length; position++) {
    for (let digit = 0; digit <= 9; digit++) {
      const value = shortDigits.slice(0, position) + digit + shortDigits.slice(position);
      if (!seen.has(value) && luhnValid(value)) {
        seen.add(value);
        completions.push({ value, position, digit: String(digit) });
      }
    }
  }
  return completions;
}

/** The one digit that completes a Luhn number at a known position (e.g. an unreadable digit). */
export function luhnDigitAt(digits: string, position: number): string | null {
  if (position < 0 || position > digits.length) return null;
  for (let digit = 0; digit <= 9; digit++) {
    const value = digits.slice(0, position) + digit + digits.slice(position);
    if (luhnValid(value)) return String(digit);
  }
  return null;
}
