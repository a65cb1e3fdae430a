import { departmentNames } from '../identifiers/department';

export { departmentNames };

const departmentCodePattern = /^\s*(\d{1,3}|0?2[AB])\s*$/i; // "9", "31", "031", "2a", "02B", "974"

/** "31" / "031" → "31"; "9" → "09"; "2a" → "2A"; null when not a department code. */
export function normaliseDepartmentCode(raw: string): string | null {
  const match = departmentCodePattern.exec(raw);
  if (!match?.[1]) return null;
  const token = match[1].toUpperCase();
  const code = /^\d+$/.test(token) ? String(Number(token)).padStart(2, '0') : token.replace(/^0/, '');
  return departmentNames[code] === undefined ? null : code;
}

export function departmentName(raw: string): string | null {
  const code = normaliseDepartmentCode(raw);
  return code === null ? null : (departmentNames[code] ?? null);
}

/** The department on three characters, as @CTES ids and SCDL PREF_ID write it: "031", "02A", "974". */
export function departmentCodeOnThree(raw: string): string | null {
  const code = normaliseDepartmentCode(raw);
  return code === null ? null : code.padStart(3, '0');
}
