import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyRecord } from '../../../lib/record/empty-record';
import type { Blank, CouncilRecord } from '../../../lib/record/schema';

import { sharedDir } from '../../support/shared-material';

export { sharedDir };
export const expectedDir = join(sharedDir, 'expected');
export const seedsDir = join(sharedDir, 'seeds');

export interface SeedExpectation {
  name: string;
  source: string;
  kinds: ('deliberation' | 'convention')[];
  record: CouncilRecord;
  must: { rule: string; severity: string }[];
  mustNot: string[];
}

/** `{"oneOf": [a, b]}` in the expected files: any is right; the first is taken. */
function resolveOneOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveOneOf);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 1 && entries[0]?.[0] === 'oneOf' && Array.isArray(entries[0][1])) return resolveOneOf(entries[0][1][0]);
    return Object.fromEntries(entries.map(([key, inner]) => [key, resolveOneOf(inner)]));
  }
  return value;
}

function mergeOntoEmpty(partial: Record<string, unknown>): CouncilRecord {
  const record = emptyRecord() as Record<string, unknown>;
  for (const [section, value] of Object.entries(partial)) {
    const base = record[section];
    record[section] = base && typeof base === 'object' && !Array.isArray(base) ? { ...base, ...(value as object) } : value;
  }
  return record as CouncilRecord;
}

/** Where `words` first occurs in the seed text, as the reader would report the blank. */
function blankAt(text: string, field: string | null, words: string): Blank {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`seed text lacks "${words}"`);
  return { field, evidence: words, start, end: start + words.length };
}

/**
 * What the expected files leave out and the reader reports from the text (read in the seeds):
 * - 000: "exprimés" printed with no number; "Publié le" with no date (and the certification's
 *   "transmission … le et de la publication le", the stamp "Envoyé en préfecture le 24/06/2024"
 *   giving the transmission date).
 * - 002: "prendra fin le....." and "Fait à Cogolin, le ....."; the schools' e-mails of the
 *   annex (0831475C listed with ecole.0831515w@…); "Mathieu SIEYE" under the académie's signature.
 * - 003: "Publié le :" blank; "se termine" then nothing.
 */
function addReaderFacts(name: string, text: string, record: CouncilRecord): void {
  if (name.startsWith('000')) {
    record.blanks.push(blankAt(text, 'vote.expressed', 'exprimés'), blankAt(text, 'deliberation.publishedOn', 'Publié le'));
    record.deliberation.transmittedOn ??= '2024-06-24';
    record.deliberation.receivedOn ??= '2024-06-24';
  }
  if (name.startsWith('002')) {
    record.blanks.push(
      blankAt(text, 'convention.endDate', 'prendra fin le.....'),
      blankAt(text, 'convention.signedOn', 'Fait à Cogolin, le .....'),
    );
    const emailLine = /^EPPU\t(\d{7}[A-Z])\t.*\t(\S+@\S+)$/gm;
    const emails = new Map<string, string>();
    for (const match of text.matchAll(emailLine)) emails.set(match[1] as string, match[2] as string);
    record.convention.schools = record.convention.schools.map((school) => ({ ...school, email: emails.get(school.uai) ?? null }));
    record.signatories = ['Mathieu SIEYE'];
  }
  if (name.startsWith('003')) {
    record.blanks.push(blankAt(text, 'deliberation.publishedOn', 'Publié le :'), blankAt(text, 'convention.endDate', 'se termine'));
  }
}

export function loadSeedExpectations(): SeedExpectation[] {
  return readdirSync(expectedDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(readFileSync(join(expectedDir, file), 'utf8')) as Record<string, unknown>;
      const findings = json.findings as { must: SeedExpectation['must']; mustNot: string[] };
      const name = file.replace(/\.json$/, '');
      const record = mergeOntoEmpty(resolveOneOf(json.record) as Record<string, unknown>);
      const text = readFileSync(join(seedsDir, json.source as string), 'utf8');
      addReaderFacts(name, text, record);
      return { name, source: json.source as string, kinds: json.kinds as SeedExpectation['kinds'], record, must: findings.must, mustNot: findings.mustNot };
    });
}
