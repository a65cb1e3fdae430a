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

    it(`${seed}: reads the same once wrapped as a PDF page (82 columns, footers, ’, NBSP, CRLF)`, () => {
      const result = readDocument(asPrintedPage(raw));
      expect(compareRecord(expected!.record, result.record).problems).toEqual([]);
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

/** The seed as a PDF extraction or an e-mail paste gives it: hard-wrapped, paginated, typographic. */
function asPrintedPage(text: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.length <= 90 || paragraph.includes('\t')) {
      lines.push(paragraph);
      continue;
    }
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line && line.length + 1 + word.length > 82) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  const paged: string[] = [];
  lines.forEach((line, i) => {
    paged.push(line.split(' :').join('\u00a0:'));
    if ((i + 1) % 40 === 0) paged.push(`Page ${(i + 1) / 40} sur 9`);
  });
  return paged.join('\r\n').split("'").join('’');
}
