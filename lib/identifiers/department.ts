/**
 * Departments are written "31", "031", "2A", "02A", "974": compare them on one canonical form
 * ("31", "2A", "974"), the @CTES id padding to three characters being only a layout.
 */
export function canonicalDepartment(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim().toUpperCase();
  if (/^0?2[AB]$/.test(text)) return text.slice(-2);
  if (!/^\d{1,3}$/.test(text)) return null;
  const value = Number(text);
  if (value >= 1 && value <= 95 && value !== 20) return String(value).padStart(2, '0');
  if (value >= 971 && value <= 976) return String(value);
  return null;
}

/** Moselle, Bas-Rhin, Haut-Rhin: local law (CGCT L2541-1 ff.) where several rules only warn. */
export function isAlsaceMoselle(department: string | null | undefined): boolean {
  const canonical = canonicalDepartment(department);
  return canonical === '57' || canonical === '67' || canonical === '68';
}
