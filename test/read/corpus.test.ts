/**
 * The held-out corpus: documents of the genre the product is judged on (other communes,
 * académies, layouts, OCR noise, HTML pages), each with the record a careful human reads from
 * it (test/fixtures/documents/expected/*.json, same format as ../shared/expected). Scored with
 * the judge's own semantics (record-compare.ts). One `it` per document; the failure lists every
 * mismatch so the reader engineer sees all misses at once.
 *
 * The readers are written in parallel: modules are imported dynamically and a part is skipped,
 * with a message, only while its module does not exist yet.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFindings, compareRecord, type ComparedFinding, type ExpectedDocument } from './record-compare';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
/** PARAPHE_CORPUS_DIR scores another folder laid out the same way (NAME.txt|html + expected/NAME.json), e.g. new real documents */
const corpusOverride = process.env['PARAPHE_CORPUS_DIR'];
const documentsDir = corpusOverride ? resolve(corpusOverride) : join(root, 'test/fixtures/documents');
const expectedDir = join(documentsDir, 'expected');

type ReadDocument = (text: string, opts?: { sourceName?: string }) => { kinds: string[]; record: unknown };
type HtmlToText = (html: string) => string;
type CheckRecord = (record: never, context?: { today?: string }) => ComparedFinding[];

/** Imports a module of the repo when its file exists; a missing file is "not landed yet", a broken one fails. */
async function importIfPresent<T>(relative: string, name: string): Promise<T | null> {
  const file = join(root, relative);
  if (!existsSync(file)) return null;
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
  const value = module[name];
  if (typeof value !== 'function') throw new Error(`${relative} exists but does not export a function named ${name}`);
  return value as T;
}

const readDocument = await importIfPresent<ReadDocument>('lib/read/index.ts', 'readDocument');
const htmlToText = await importIfPresent<HtmlToText>('lib/read/html-to-text.ts', 'htmlToText');
const checkRecord = await importIfPresent<CheckRecord>('lib/rules/index.ts', 'checkRecord');

const expectedFiles = readdirSync(expectedDir)
  .filter((name) => name.endsWith('.json'))
  .sort();

const scores: { source: string; record: string; findings: string; kinds: string }[] = [];

describe('held-out corpus', () => {
  it('has enough varied documents to mean something', () => {
    expect(expectedFiles.length).toBeGreaterThanOrEqual(corpusOverride ? 1 : 14);
    for (const name of expectedFiles) {
      const expected = JSON.parse(readFileSync(join(expectedDir, name), 'utf8')) as ExpectedDocument;
      expect(existsSync(join(documentsDir, expected.source)), `${name} names a missing document ${expected.source}`).toBe(true);
    }
  });

  for (const name of expectedFiles) {
    const expected = JSON.parse(readFileSync(join(expectedDir, name), 'utf8')) as ExpectedDocument;
    const isHtml = expected.source.endsWith('.html');
    const missing = !readDocument
      ? 'lib/read/index.ts (readDocument) does not exist yet'
      : isHtml && !htmlToText
        ? 'lib/read/html-to-text.ts (htmlToText) does not exist yet'
        : null;
    if (missing) {
      it.skip(`${expected.source} — skipped: ${missing}`, () => {});
      continue;
    }

    it(`${expected.source} reads as a careful human reads it`, () => {
      const raw = readFileSync(join(documentsDir, expected.source), 'utf8');
      const text = isHtml ? htmlToText!(raw) : raw;
      const result = readDocument!(text, { sourceName: expected.source });
      const problems: string[] = [];

      // kinds is not scored by score-extraction, but it is part of the contract (record.md)
      const kindsOk = [...result.kinds].sort().join(',') === [...expected.kinds].sort().join(',');
      if (!kindsOk) problems.push(`kinds: expected ${JSON.stringify(expected.kinds)}, got ${JSON.stringify(result.kinds)}`);

      const record = compareRecord(expected.record, result.record);
      problems.push(...record.problems);

      let findingsScore = 'skipped: lib/rules/index.ts (checkRecord) does not exist yet';
      if (checkRecord) {
        const findings = compareFindings(expected.findings, checkRecord(result.record as never));
        problems.push(...findings.problems);
        findingsScore = `${findings.passed}/${findings.passed + findings.failed}`;
      }
      scores.push({
        source: expected.source,
        record: `${record.passed}/${record.passed + record.failed}`,
        findings: findingsScore,
        kinds: kindsOk ? 'ok' : 'wrong',
      });

      expect(problems, `${expected.source}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`).toEqual([]);
    });
  }

  afterAll(() => {
    if (scores.length === 0) return;
    const lines = scores.map((s) => `${s.source.padEnd(44)} record ${s.record.padStart(7)}  findings ${s.findings}  kinds ${s.kinds}`);
    console.log(`held-out corpus scores (fields passed/total):\n${lines.join('\n')}`);
  });
});
