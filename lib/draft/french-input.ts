/**
 * Parse and format what a secretary types in French: counts, euro amounts, dates JJ/MM/AAAA,
 * times "18h30". A failed parse returns the catalogue key of a French message; the caller keeps
 * the typed text, so nothing typed is ever lost.
 */
import type { UiKey } from '../i18n/ui';

export type Parsed<T> =
  | { ok: true; value: T }
  | { ok: false; error: UiKey; data?: Record<string, string | number> };

/** Spaces a French keyboard or a pasted PDF produces: space, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

function squeeze(text: string): string {
  return text.replace(SPACES, '');
}

/**
 * A council has at most 69 members (L2121-2): above 9999 a count is a typo, except a
 * population, which may reach millions.
 */
export function parseCount(text: string, max = 9999): Parsed<number> {
  const compact = squeeze(text);
  if (!/^\d{1,9}$/.test(compact)) return { ok: false, error: 'input.count' };
  const value = Number(compact);
  if (value > max) return { ok: false, error: 'input.count.tooLarge' };
  return { ok: true, value };
}

/**
 * Euros: "164", "164,50", "1 234,5 €", "1.234,56", "164.50", "164 euros". A dot is decimal only
 * when followed by one or two digits at the end; otherwise it groups thousands.
 */
export function parseAmount(text: string): Parsed<number> {
  const compact = squeeze(text).replace(/(?:€|euros?|eur)$/i, '');
  let normal: string | null = null;
  if (/^\d{1,9}(?:,\d{1,2})?$/.test(compact)) normal = compact.replace(',', '.');
  else if (/^\d{1,9}\.\d{1,2}$/.test(compact)) normal = compact;
  else if (/^\d{1,3}(?:\.\d{3}){1,3}(?:,\d{1,2})?$/.test(compact)) normal = compact.replace(/\./g, '').replace(',', '.');
  if (normal === null) return { ok: false, error: 'input.amount' };
  return { ok: true, value: Math.round(Number(normal) * 100) / 100 };
}

const MONTHS: Record<string, number> = {
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8,
  septembre: 9, octobre: 10, novembre: 11, decembre: 12,
};

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "20/06/2024", "20.06.2024", "20-06-2024", "1/7/2024", "2024-06-20" (pasted ISO),
 * "20 juin 2024", "1er juillet 2024". Two-digit years are refused: a register needs all four.
 */
export function parseFrenchDate(text: string): Parsed<string> {
  const trimmed = text.trim().replace(SPACES, ' ');
  let parts: [number, number, number] | null = null;
  let m = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})$/.exec(trimmed);
  if (m) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  m = m ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (!parts && m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!parts) {
    const words = /^(\d{1,2})(?:er)? ([a-z]{3,9})\.? (\d{4})$/.exec(stripAccents(trimmed.toLowerCase()));
    const month = words ? MONTHS[words[2] ?? ''] : undefined;
    if (words && month) parts = [Number(words[3]), month, Number(words[1])];
  }
  if (!parts) return { ok: false, error: 'input.date.format' };
  const iso = isoDate(...parts);
  if (!iso) return { ok: false, error: 'input.date.invalid', data: { text: trimmed } };
  return { ok: true, value: iso };
}

/** "2024-06-20" → "20/06/2024"; anything else is returned untouched. */
export function formatFrenchDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** "18h30", "18 h 30", "18:30", "18h", "9h05" → "HH:MM". */
export function parseTime(text: string): Parsed<string> {
  const m = /^(\d{1,2})\s?(?:h|:|heures?)\s?(\d{2})?$/i.exec(text.trim().replace(SPACES, ' '));
  if (!m) return { ok: false, error: 'input.time' };
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  if (hours > 23 || minutes > 59) return { ok: false, error: 'input.time' };
  return { ok: true, value: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}` };
}

/** "18:30" → "18h30", as registers print it. */
export function formatTime(time: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? `${m[1]}h${m[2]}` : time;
}

/** 164.5 → "164,50"; whole amounts stay whole ("656"). */
export function formatAmount(value: number): string {
  const whole = Number.isInteger(value);
  return value.toLocaleString('fr-FR', { minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2, useGrouping: false });
}

/** "2024-2025", "2024/2025", "2024 - 2025": two consecutive years. */
export function parseSchoolYear(text: string): Parsed<string> {
  const m = /^(\d{4})\s?[-/–]\s?(\d{4})$/.exec(text.trim().replace(SPACES, ' '));
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return { ok: false, error: 'input.schoolYear' };
  return { ok: true, value: `${m[1]}-${m[2]}` };
}

/** "31", "2A", "974", "031" (as @CTES writes it) → "31". */
export function parseDepartment(text: string): Parsed<string> {
  const compact = squeeze(text).toUpperCase();
  const m = /^0?(\d{2}|2[AB]|97[1-6])$/.exec(compact);
  if (!m || m[1] === '00' || m[1] === '20') return { ok: false, error: 'input.department' };
  return { ok: true, value: m[1] ?? compact };
}

/** @CTES classification: two to five levels, "8.1", "7.5.2". */
export function parseClassification(text: string): Parsed<string> {
  const compact = squeeze(text).replace(/,/g, '.');
  if (!/^\d{1,2}(?:\.\d{1,2}){1,4}$/.test(compact)) return { ok: false, error: 'input.classification' };
  return { ok: true, value: compact };
}
