import { compactToIso } from '../calendar/iso-date';
import { canonicalDepartment } from './department';
import { natureCodes, type NatureCode } from '../record/schema';

/**
 * @CTES id `DDD-SSSSSSSSS-YYYYMMDD-NUMBER-NN`, read by position: the first three parts and the
 * last are fixed; whatever lies between is the act's number, which may itself hold `-`
 * (`DEL11-250625`, seed 004) and was accepted by its platform: it is never judged here.
 */
export interface ActesId {
  raw: string;
  department: string;
  siren: string;
  /** the date part as printed (YYYYMMDD) and as ISO when it is a real date */
  compactDate: string;
  date: string | null;
  number: string;
  nature: string;
}

export type ActesIdProblem = 'parts' | 'department' | 'siren' | 'date' | 'nature';

const separators = /[\s\u00a0\u202f]*-[\s\u00a0\u202f]*/g;
const knownNatures = new Set<string>(natureCodes);
const MAX_ID_LENGTH = 120;

/** Split an id by position; null when it has fewer than five parts. */
export function parseActesId(raw: string): ActesId | null {
  // An id is about 40 characters; anything far longer is not one (and is not scanned).
  if (raw.length > MAX_ID_LENGTH) return null;
  const parts = raw.trim().replace(separators, '-').split('-');
  if (parts.length < 5) return null;
  const [department, siren, compactDate] = parts as [string, string, string];
  const nature = parts[parts.length - 1] as string;
  return {
    raw, department: department.toUpperCase(), siren, compactDate,
    date: compactToIso(compactDate), number: parts.slice(3, -1).join('-'), nature: nature.toUpperCase(),
  };
}

/** The first thing wrong with the id's fixed parts, or null when well formed. */
export function actesIdProblem(id: ActesId | null): ActesIdProblem | null {
  if (!id) return 'parts';
  // Three characters: "031", "974", "02A" (Corsica's padding unconfirmed, so both 2A forms pass).
  if (id.department.length !== 3 || canonicalDepartment(id.department) === null) return 'department';
  if (!/^\d{9}$/.test(id.siren)) return 'siren';
  if (id.date === null) return 'date';
  if (!knownNatures.has(id.nature)) return 'nature';
  return null;
}

export function isNatureCode(code: string): code is NatureCode {
  return knownNatures.has(code);
}
