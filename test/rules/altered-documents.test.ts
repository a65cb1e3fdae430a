import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../lib/rules/index';
import { hasSharedMaterial, sharedSeedsDir } from '../support/shared-material';

/**
 * Seeds with one fact changed (test/fixtures/altered/NAME.txt), read as documents by the
 * reader: the change must fire its rule(s), and no other error may appear beyond the original
 * seed's own (bar the consequences listed in mayAlsoFire).
 */
const alteredDir = join(__dirname, '../fixtures/altered');
const seedsDir = sharedSeedsDir;
const readerPath = join(__dirname, '../../lib/read/index.ts');

interface Alteration {
  seed: string;
  changed: string;
  fires: { rule: string; severity: string }[];
  mayAlsoFire: string[];
}

const names = readdirSync(alteredDir).filter((file) => file.endsWith('.rules.json')).map((file) => file.replace(/\.rules\.json$/, '')).sort();

describe.skipIf(!existsSync(readerPath) || !hasSharedMaterial)('altered documents (read by readDocument)', async () => {
  const { readDocument } = await import('../../lib/read/index');
  const findingsOf = (text: string, sourceName: string) => {
    const result = readDocument(text, { sourceName });
    return checkRecord(result.record, { kinds: result.kinds });
  };

  it('has altered documents to read', () => {
    expect(names.length).toBeGreaterThanOrEqual(8);
  });

  // a skipped describe still collects its body: read the seeds only when they are there
  for (const name of hasSharedMaterial ? names : []) {
    const alteration = JSON.parse(readFileSync(join(alteredDir, `${name}.rules.json`), 'utf8')) as Alteration;
    describe(`${name}: ${alteration.changed}`, () => {
      const findings = findingsOf(readFileSync(join(alteredDir, `${name}.txt`), 'utf8'), `${name}.txt`);
      const original = findingsOf(readFileSync(join(seedsDir, alteration.seed), 'utf8'), alteration.seed);

      for (const expected of alteration.fires) {
        it(`fires ${expected.rule} (${expected.severity})`, () => {
          const severities = findings.filter((f) => f.rule === expected.rule).map((f) => f.severity);
          expect(severities, findings.map((f) => `${f.severity} ${f.rule}: ${f.message}`).join('\n')).toContain(expected.severity);
          expect(original.filter((f) => f.rule === expected.rule && f.severity === expected.severity)).toEqual([]);
        });
      }

      it('adds no other error than the original seed has', () => {
        const allowed = new Set([
          ...original.filter((f) => f.severity === 'error').map((f) => f.rule),
          ...alteration.fires.map((f) => f.rule),
          ...alteration.mayAlsoFire,
        ]);
        const extra = findings.filter((f) => f.severity === 'error' && !allowed.has(f.rule));
        expect(extra.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      });
    });
  }
});
