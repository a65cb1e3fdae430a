/**
 * A record from storage may predate keys added since (the record welcomes extra keys): lay it
 * over an empty record, then parse. Unknown keys are dropped by the parse, known ones kept.
 */
import { emptyRecord } from '../record/empty-record';
import { recordSchema, type CouncilRecord } from '../record/schema';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function overlay(base: unknown, stored: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(stored)) return stored === undefined ? base : stored;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(stored)) merged[key] = overlay(base[key], value);
  return merged;
}

export type RecordMigration = { ok: true; record: CouncilRecord } | { ok: false; detail: string };

export function migrateRecord(stored: unknown): RecordMigration {
  if (!isPlainObject(stored)) return { ok: false, detail: 'fiche absente' };
  const parsed = recordSchema.safeParse(overlay(emptyRecord(), stored));
  if (parsed.success) return { ok: true, record: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, detail: `champ ${issue?.path.join('.') || '?'} invalide` };
}
