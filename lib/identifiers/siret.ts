import { luhnValid } from './luhn';

/**
 * SIREN (9 digits) and SIRET (SIREN + 5-digit NIC). Both pass Luhn, except La Poste's
 * establishments (SIREN 356000000) whose SIRET digit sum is divisible by 5 (INSEE; domain.md §3).
 */
export const LA_POSTE_SIREN = '356000000';

const spacing = /[\s\u00a0\u202f.]/g;

/** "213 105 331 00019" → "21310533100019"; letters are kept so that validation can refuse them. */
export function compactIdentifier(raw: string): string {
  return raw.replace(spacing, '');
}

export function sirenValid(siren: string): boolean {
  return siren.length === 9 && luhnValid(siren);
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

export function siretValid(siret: string): boolean {
  if (siret.length !== 14 || !/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN)) return luhnValid(siret) || digitSum(siret) % 5 === 0;
  return luhnValid(siret);
}

/** The SIREN inside a SIRET, or null when the SIRET is not 14 digits. */
export function sirenOfSiret(siret: string | null | undefined): string | null {
  if (!siret) return null;
  const compact = compactIdentifier(siret);
  return /^\d{14}$/.test(compact) ? compact.slice(0, 9) : null;
}

export type SiretProblem = 'length' | 'checksum' | null;

/** What is wrong with a SIRET as printed: not 14 digits, or a failing key; null when fine. */
export function siretProblem(raw: string): SiretProblem {
  const compact = compactIdentifier(raw);
  if (!/^\d{14}$/.test(compact)) return 'length';
  return siretValid(compact) ? null : 'checksum';
}
