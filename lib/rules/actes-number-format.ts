import { defineRule } from './rule';

// @CTES schema (as quoted in S²LOW's source): 1–15 of letters, digits, `_`, `-`, space.
const schemaCharacters = /^[A-Za-z0-9_\- ]+$/;
const alphanumericOrUnderscore = /^[A-Za-z0-9_]$/;
// S²LOW: A–Z, 0–9, `_`, first and last a letter or digit; Pastell ^[0-9A-Z_]{1,15}$.
const platformSafe = /^[A-Z0-9](?:[A-Z0-9_]*[A-Z0-9])?$/;

/**
 * Judges only the number about to be transmitted (deliberation.actesNumber, the draft's
 * field) — never the deliberation's free-form printed number ("2024/36" becomes 202436 when
 * transmitted) nor the number inside a printed @CTES id, which its platform accepted.
 * Error: refused by the @CTES schema. Warning: accepted by the schema but refused by S²LOW or
 * Pastell (lower case, `-`, space, `_` at either end).
 */
export default defineRule({
  id: 'actes-number-format',
  severity: 'error',
  fields: ['deliberation.actesNumber'],
  basis: 'schéma @CTES ; S²LOW ; Pastell',
  check(record) {
    const number = record.deliberation.actesNumber ?? null;
    if (number === null) return [];
    const base = { rule: 'actes-number-format', field: 'deliberation.actesNumber' };
    if (number.length === 0 || number.length > 15) {
      return [{ ...base, severity: 'error', messageId: 'actes-number-format.length', data: { number, length: number.length } }];
    }
    if (!schemaCharacters.test(number)) {
      return [{ ...base, severity: 'error', messageId: 'actes-number-format.characters', data: { number, suggested: suggestion(number) } }];
    }
    if (!alphanumericOrUnderscore.test(number[0] as string) || !alphanumericOrUnderscore.test(number[number.length - 1] as string)) {
      return [{ ...base, severity: 'error', messageId: 'actes-number-format.ends', data: { number, suggested: suggestion(number) } }];
    }
    if (!platformSafe.test(number)) {
      return [{ ...base, severity: 'warning', messageId: 'actes-number-format.platforms', data: { number, suggested: suggestion(number) } }];
    }
    return [];
  },
});

const unsafeCharacters = /[^A-Z0-9_]+/g;
const edgeUnderscores = /^_+|_+$/g;

/** What S²LOW and Pastell would take: upper case, only A–Z 0–9 `_`, at most 15. */
function suggestion(number: string): string {
  return number.toUpperCase().replace(unsafeCharacters, '').replace(edgeUnderscores, '').slice(0, 15);
}
