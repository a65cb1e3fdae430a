/**
 * ISO dates (YYYY-MM-DD) as day numbers: the rules compare dates on every keystroke, so no
 * Date objects are kept and no time zone can shift a day (Date.UTC is zone-free).
 */
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date, or null when it is not a real calendar date. */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real date written YYYYMMDD (as inside an @CTES id), as ISO, or null. */
export function compactToIso(compact: string): string | null {
  if (!/^\d{8}$/.test(compact)) return null;
  const iso = `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6, 8)}`;
  return dayNumber(iso) === null ? null : iso;
}

/** "2024-06-20" → "20/06/2024", the way a secretary writes it in messages. */
export function frenchDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
