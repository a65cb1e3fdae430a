/**
 * The same document as it really arrives: typographic apostrophes, no-break spaces before ":" and
 * "€" and inside numbers, Windows line ends, trailing spaces, a blank line after every line (some
 * viewers copy so), page footers cutting the text every 45 lines, and —
 * for documents written one paragraph per line — lines wrapped at a PDF page's 72 columns. Each
 * change must cost nothing: every field the plain document reads right must still read right.
 * Run over the shared seeds (when ../shared is beside the clone) and the whole corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { compareRecord, type ExpectedDocument } from './record-compare';
import { hasSharedMaterial, sharedExpectedDir, sharedSeedsDir } from '../support/shared-material';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../fixtures/documents');

const sets = [
  ...(hasSharedMaterial ? [{ docs: sharedSeedsDir, expected: sharedExpectedDir }] : []),
  { docs: corpus, expected: join(corpus, 'expected') },
];

const LAYOUT_LINE = /\S {3,}\S|\||\t|^ {3,}\S/;

const arrivals: Record<string, (text: string) => string> = {
  'curly apostrophes': (t) => t.replace(/'/g, '’'),
  'no-break spaces': (t) => t.replace(/ (?=[:;€%!?])/g, '\u00a0').replace(/(\d) (?=\d{3}\b)/g, '$1\u202f').replace(/(\d) (?=€|euros?\b)/g, '$1\u00a0').replace(/\b([nN])° /g, '$1°\u00a0'),
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'trailing spaces': (t) => t.replace(/\n/g, '  \n'),
  'double-spaced copy': (t) => t.replace(/\n/g, '\n\n'),
  'page footers every 45 lines': (t) => t.split('\n').flatMap((line, i) => (i > 0 && i % 45 === 0 ? [line, '', `Séance du conseil municipal – Page ${i / 45} sur 9`, '\f'] : [line])).join('\n'),
  'lines wrapped at 72 columns': (t) => {
    // only documents written a paragraph per line: re-wrapping an already wrapped or laid-out text
    // makes stubs no PDF would print
    const lines = t.split('\n');
    if (!lines.some((l) => l.length > 100 && !LAYOUT_LINE.test(l)) || lines.some((l) => LAYOUT_LINE.test(l) && l.length > 72)) return t;
    return lines.map((line) => {
      if (line.length <= 72) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && `${current} ${word}`.length > 72) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      if (current) out.push(current);
      return out.join('\n');
    }).join('\n');
  },
};

describe('documents as they arrive (PDF copies, word processors, Windows)', () => {
  for (const set of sets) {
    for (const name of readdirSync(set.expected).filter((n) => n.endsWith('.json')).sort()) {
      const expected = JSON.parse(readFileSync(join(set.expected, name), 'utf8')) as ExpectedDocument;
      const file = join(set.docs, expected.source);
      if (!expected.source.endsWith('.txt') || !existsSync(file)) continue;
      it(`${expected.source} loses no field`, () => {
        const text = readFileSync(file, 'utf8');
        const plain = new Set(compareRecord(expected.record, readDocument(text).record).problems);
        const lost: string[] = [];
        for (const [arrival, change] of Object.entries(arrivals)) {
          const changed = change(text);
          if (changed === text) continue;
          for (const problem of compareRecord(expected.record, readDocument(changed).record).problems) {
            if (!plain.has(problem)) lost.push(`${arrival}: ${problem}`);
          }
        }
        expect(lost).toEqual([]);
      });
    }
  }
});
