/**
 * French dates as deliberations print them, in digits or in words, to ISO.
 */
import { patterns } from '../patterns';
import { foldAccents } from './fold';
import { parseFrenchNumberWords } from './french-numbers';

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  /** "year-first" for the formal opening "L'an deux mille…, le …" */
  form?: 'year-first' | 'words' | 'digits';
}

const MONTHS: Array<[string, number]> = [
  ['janv', 1], ['fev', 2], ['mars', 3], ['avr', 4], ['mai', 5], ['juin', 6], ['juil', 7],
  ['aou', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
];

export function monthNumber(word: string): number | null {
  const w = foldAccents(word.toLowerCase());
  for (const [prefix, n] of MONTHS) if (w.startsWith(prefix)) return n;
  return null;
}

/** ISO date when the day exists (rejects 31/02), else null. */
export function isoFromParts(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dayNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (t.startsWith('1') && t.endsWith('er')) return 1;
  if (patterns.dayDigits.test(t)) return Number(t);
  return parseFrenchNumberWords(t);
}

function yearNumber(s: string): number | null {
  const t = s.trim();
  if (patterns.yearDigits.test(t)) return Number(t);
  return parseFrenchNumberWords(t);
}

/** Every date in the text, in order, with its offsets; overlapping readings keep the longest. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(patterns.yearFirstDate)) {
    const iso = isoFromParts(yearNumber(m[1]!) ?? 0, monthNumber(m[3]!) ?? 0, dayNumber(m[2]!) ?? 0);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length, form: 'year-first' });
  }
  for (const m of text.matchAll(patterns.wordDate)) {
    const iso = isoFromParts(yearNumber(m[3]!) ?? 0, monthNumber(m[2]!) ?? 0, dayNumber(m[1]!) ?? 0);
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length, form: 'words' });
  }
  for (const m of text.matchAll(patterns.numericDate)) {
    let year = Number(m[4]);
    if (m[4]!.length === 2) year += year < 70 ? 2000 : 1900;
    const iso = isoFromParts(year, Number(m[3]), Number(m[1]));
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length, form: 'digits' });
  }
  for (const m of text.matchAll(patterns.isoDate)) {
    const iso = isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, start: m.index, end: m.index + m[0].length, form: 'digits' });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundDate[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** The first date in s, as ISO, or null. */
export function parseFrenchDate(s: string): string | null {
  return findDates(s)[0]?.iso ?? null;
}

/** "18h30", "18 heures 30", "neuf heures", "dix-huit heures trente" → "HH:MM". */
export function parseFrenchTime(s: string): string | null {
  const d = patterns.digitTime.exec(s);
  const w = patterns.wordTime.exec(s);
  if (d && (!w || d.index <= w.index)) return formatTime(Number(d[1]), d[2] ? Number(d[2]) : 0);
  if (w) {
    const hours = parseFrenchNumberWords(w[1]!);
    const rest = (w[2] ?? '').toLowerCase();
    const minutes = rest === '' ? 0 : rest.includes('demie') ? 30 : rest.includes('quart') ? 15 : patterns.digitsOnly.test(rest) ? Number(rest) : parseFrenchNumberWords(rest);
    if (hours !== null && minutes !== null) return formatTime(hours, minutes);
  }
  return null;
}

function formatTime(h: number, m: number): string | null {
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
