/**
 * The five shared seeds, read with the judge's semantics (record-compare.ts), plus what the
 * scorer does not look at but the rules rely on: blanks as facts and sources that cite the input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { compareRecord, type ExpectedDocument } from './record-compare';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const seeds = ['000_689fc1e38e99b6ab', '001_98aa3f5bebae0cfc', '002_27c4777c775cd845', '003_ed283d386761d980', '004_52eb290e372c04fb'];
const present = existsSync(join(shared, 'seeds'));

const BLANKS: Record<string, string[]> = {
  '000_689fc1e38e99b6ab': ['deliberation.transmittedOn', 'deliberation.publishedOn', 'vote.expressed'],
  '001_98aa3f5bebae0cfc': [],
  '002_27c4777c775cd845': ['convention.endDate', 'convention.signedOn'],
  '003_ed283d386761d980': ['deliberation.publishedOn', 'convention.endDate'],
  '004_52eb290e372c04fb': [],
};

describe.skipIf(!present)('shared seeds', () => {
  for (const seed of seeds) {
    const raw = present ? readFileSync(join(shared, 'seeds', `${seed}.txt`), 'utf8') : '';
    const expected = present ? (JSON.parse(readFileSync(join(shared, 'expected', `${seed}.json`), 'utf8')) as ExpectedDocument) : null;

    it(`${seed}: every record check passes`, () => {
      const result = readDocument(raw);
      expect(result.kinds).toEqual(expected!.kinds);
      const comparison = compareRecord(expected!.record, result.record);
      expect(comparison.problems).toEqual([]);
    });

    it(`${seed}: blanks are kept as facts, with their words`, () => {
      const { record } = readDocument(raw);
      expect(record.blanks.map((b) => b.field).sort()).toEqual([...BLANKS[seed]!].sort());
      for (const blank of record.blanks) expect(blank.evidence.length).toBeGreaterThan(1);
    });

    it(`${seed}: every source cites the original text`, () => {
      const { sources } = readDocument(raw);
      expect(Object.keys(sources).length).toBeGreaterThan(20);
      for (const [path, span] of Object.entries(sources)) expect(raw.slice(span.start, span.end), path).toBe(span.text);
    });
  }
});
