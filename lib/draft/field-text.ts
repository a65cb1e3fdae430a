/**
 * Typed text ↔ record value for each field kind of the form (lib/draft/draft-fields.ts).
 * An empty input is a value not stated (null), never a parse error.
 */
import { natureCodes, type NatureCode } from '../record/schema';
import type { FieldKind } from './draft-fields';
import {
  formatAmount, formatFrenchDate, formatTime, parseAmount, parseClassification, parseCount,
  parseDepartment, parseFrenchDate, parseSchoolYear, parseTime, type Parsed,
} from './french-input';

function isNature(text: string): text is NatureCode {
  return (natureCodes as readonly string[]).includes(text);
}

const parsers: Record<FieldKind, (text: string) => Parsed<unknown>> = {
  text: (text) => ({ ok: true, value: text.trim() }),
  longText: (text) => ({ ok: true, value: text.trim() }),
  count: (text) => parseCount(text),
  population: (text) => parseCount(text, 100_000_000),
  amount: parseAmount,
  date: parseFrenchDate,
  time: parseTime,
  boolean: (text) => ({ ok: true, value: text === 'true' }),
  nature: (text) => (isNature(text.trim()) ? { ok: true, value: text.trim() } : { ok: true, value: null }),
  department: parseDepartment,
  classification: parseClassification,
  schoolYear: parseSchoolYear,
  // The checksum is the rules' business (siret-checksum): here only spaces are dropped.
  siret: (text) => ({ ok: true, value: text.replace(/[\s\u00a0\u202f.]+/g, '') }),
};

export function parseFieldText(kind: FieldKind, text: string): Parsed<unknown> {
  if (text.trim() === '') return { ok: true, value: kind === 'boolean' ? false : null };
  return parsers[kind](text);
}

/** How a record value is shown in its input. */
export function formatFieldValue(kind: FieldKind, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (kind === 'date' && typeof value === 'string') return formatFrenchDate(value);
  if (kind === 'time' && typeof value === 'string') return formatTime(value);
  if (kind === 'amount' && typeof value === 'number') return formatAmount(value);
  return String(value);
}
