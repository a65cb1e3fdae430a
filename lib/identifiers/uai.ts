import { canonicalDepartment } from './department';

/**
 * UAI (Unité administrative immatriculée): 7 digits + the letter
 * "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23] (mission-apprentissage uaiUtils.js). The first three
 * digits are the department ("031", "974"; Corsica "620" = 2A, "720" = 2B; csv-detective).
 */
const checkLetters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
const uaiShape = /^\d{7}[A-Z]$/;

/** The check letter of the seven-digit part ("0310891" → "A"). */
export function uaiCheckLetter(sevenDigits: string): string | null {
  if (!/^\d{7}$/.test(sevenDigits)) return null;
  return checkLetters[Number(sevenDigits) % 23] ?? null;
}

/** "0310891a" → "0310891A": e-mail addresses print the letter in lower case. */
export function normaliseUai(raw: string): string {
  return raw.trim().toUpperCase();
}

export function uaiValid(raw: string): boolean {
  const uai = normaliseUai(raw);
  return uaiShape.test(uai) && uaiCheckLetter(uai.slice(0, 7)) === uai[7];
}

/** The department a UAI belongs to ("31", "974", "2A"), or null. */
export function uaiDepartment(raw: string): string | null {
  const prefix = normaliseUai(raw).slice(0, 3);
  if (!/^\d{3}$/.test(prefix)) return null;
  if (prefix === '620') return '2A';
  if (prefix === '720') return '2B';
  return canonicalDepartment(prefix);
}

const uaiInText = /(?<![0-9A-Za-z])(\d{7}[A-Za-z])(?![0-9A-Za-z])/;

/** The UAI an e-mail address names ("ce.0830556D@ac-nice.fr" → "0830556D"), or null. */
export function uaiInEmail(email: string): string | null {
  const match = uaiInText.exec(email.slice(0, 320));
  return match?.[1] ? normaliseUai(match[1]) : null;
}
