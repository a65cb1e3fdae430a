/**
 * Numbers, dates and times in French words, as a council register writes them:
 * "L'an deux mille vingt-six, le trois juin à dix-huit heures trente".
 *
 * Spelling: the traditional one that `written-number` produces and registers use — hyphens
 * only below one hundred, "et" in 21, 31 … 71 ("vingt et un"), "quatre-vingts", "deux cents",
 * "mille" invariable ("deux mille"). The 1990 reform (hyphens everywhere: "deux-mille-vingt-
 * et-un") is accepted but rare in registers, so one style is kept throughout.
 */
import writtenNumber from 'written-number';

export const frenchMonths = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

export const frenchWeekdays = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

/** A calendar date split from an ISO string; null when the string is not a real day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/; // ISO date, anchored, no repetition to backtrack
const timePattern = /^(\d{1,2})[:hH](\d{2})?$/; // "18:30", "18h30", "18h"

export function parseIsoDate(iso: string): CalendarDate | null {
  const match = isoDatePattern.exec(iso.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over to March: a real day survives the round trip
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Cardinal number in words, masculine ("vingt et un"). */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`numberInWords: ${n}`);
  // written-number pluralises "vingts"/"cents" before "mille" ("deux cents mille"); mille is an
  // invariable adjective, so the rule "no s when followed by another numeral" applies.
  return writtenNumber(n, { lang: 'fr' }).replace(/(vingt|cent)s mille/g, '$1 mille');
}

/**
 * Feminine cardinal for feminine nouns (heures, minutes, voix): only the final "un" changes
 * ("vingt et une heures", "une voix"); "onze" and "cent un"… keep their form except the last word.
 */
export function feminineNumberInWords(n: number): string {
  const words = numberInWords(n);
  return words.endsWith('un') ? `${words.slice(0, -2)}une` : words;
}

export function yearInWords(year: number): string {
  return numberInWords(year);
}

/** Day of the month: "premier" for the 1st (register usage), cardinal otherwise. */
export function dayInWords(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31) throw new RangeError(`dayInWords: ${day}`);
  return day === 1 ? 'premier' : numberInWords(day);
}

export function monthName(month: number): string {
  const name = frenchMonths[month - 1];
  if (!name) throw new RangeError(`monthName: ${month}`);
  return name;
}

/** "18:30" → "dix-huit heures trente", "01:00" → "une heure", "21:01" → "vingt et une heures une". */
export function timeInWords(time: string): string {
  const match = timePattern.exec(time.trim());
  if (!match) throw new RangeError(`timeInWords: ${time}`);
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) throw new RangeError(`timeInWords: ${time}`);
  const hourWords = `${feminineNumberInWords(hours)} ${hours <= 1 ? 'heure' : 'heures'}`;
  return minutes === 0 ? hourWords : `${hourWords} ${feminineNumberInWords(minutes)}`;
}

/** "le trois juin" / "le premier juin". */
export function dayMonthInWords(iso: string): string {
  const date = requireDate(iso);
  return `le ${dayInWords(date.day)} ${monthName(date.month)}`;
}

/** "le trois juin deux mille vingt-six". */
export function dateInWords(iso: string): string {
  const date = requireDate(iso);
  return `${dayMonthInWords(iso)} ${yearInWords(date.year)}`;
}

/**
 * "L'an deux mille vingt-six, le trois juin à dix-huit heures" — the opening of a
 * deliberation; without a time it stops after the month.
 */
export function dateInRegisterStyle(iso: string, time?: string | null): string {
  const date = requireDate(iso);
  const opening = `L'an ${yearInWords(date.year)}, ${dayMonthInWords(iso)}`;
  return time ? `${opening} à ${timeInWords(time)}` : opening;
}

/** "20 juin 2024", "1er juin 2024" (S²LOW's visible date, letters and headings). */
export function longFrenchDate(iso: string): string {
  const date = requireDate(iso);
  return `${date.day === 1 ? '1er' : String(date.day)} ${monthName(date.month)} ${date.year}`;
}

/** "jeudi 20 juin 2024". */
export function longFrenchDateWithWeekday(iso: string): string {
  const date = requireDate(iso);
  const weekday = frenchWeekdays[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
  return `${weekday} ${longFrenchDate(iso)}`;
}

/** "20/06/2024" (Pastell, Stela). */
export function numericFrenchDate(iso: string): string {
  const date = requireDate(iso);
  return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}

function requireDate(iso: string): CalendarDate {
  const date = parseIsoDate(iso);
  if (!date) throw new RangeError(`not an ISO calendar date: ${iso}`);
  return date;
}
