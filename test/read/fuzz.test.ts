/**
 * Fuzzing the reader: whatever a secretary pastes or a PDF yields, `readDocument` must return a
 * schema-valid record, never throw, and stay fast — 50 ms per 100 KB of input (floor 50 ms for
 * small inputs, where timer granularity and GC dominate).
 *
 * Time is the process's CPU time (user + system) during the call, not wall time: this suite runs on
 * a 2-core machine shared by eight engineers' test runs (load averages of 18 were seen), where wall
 * time measures the neighbours. CPU time is what the call would take on an idle core. PERF_FACTOR
 * (PARAPHE_PERF_FACTOR, default 1) can loosen the budget on a slower CI machine. Each over-budget
 * call is retried once and the cheaper run kept, so a GC pause is not reported as a slow reader.
 * A catastrophic regex on the 1 MB inputs would block the test thread forever, so those run in a
 * worker thread that is killed after HANG_MS (wall time) and reported.
 *
 * Inputs: random unicode; "token soup" made of the words the reader looks for; the seed documents
 * (../shared/seeds when present) and this repo's corpus, mutated (cut, duplicated and shuffled
 * lines, NBSP / curly quotes / soft hyphens / junk injected); and hand-built hostile 1 MB inputs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSchema } from '../../lib/record/schema';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const readerFile = join(root, 'lib/read/index.ts');
const htmlFile = join(root, 'lib/read/html-to-text.ts');
const PERF_FACTOR = Number(process.env['PARAPHE_PERF_FACTOR'] ?? 1);
const HANG_MS = 30_000;

/** 50 ms per 100 KB, floor 50 ms, times the documented machine factor */
function budgetMs(length: number): number {
  return Math.max(50, (50 * length) / 100_000) * PERF_FACTOR;
}

type ReadDocument = (text: string, opts?: { sourceName?: string }) => { kinds: unknown; record: unknown };
const readDocument = existsSync(readerFile)
  ? ((await import(/* @vite-ignore */ pathToFileURL(readerFile).href)) as { readDocument: ReadDocument }).readDocument
  : null;

function loadTexts(): string[] {
  const texts: string[] = [];
  const seedsDir = resolve(root, '../shared/seeds');
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(seedsDir, name), 'utf8'));
  }
  const corpusDir = join(root, 'test/fixtures/documents');
  for (const name of readdirSync(corpusDir).sort()) if (name.endsWith('.txt')) texts.push(readFileSync(join(corpusDir, name), 'utf8'));
  return texts;
}
const texts = loadTexts();

/** CPU milliseconds (user + system) spent by this process while `run` runs. */
function cpuMs<T>(run: () => T): { ms: number; value: T } {
  const before = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, value };
}

/** Calls the reader, retrying once when over budget; returns the cheaper run. */
function timedRead(read: ReadDocument, text: string): { ms: number; result: ReturnType<ReadDocument> } {
  let { ms, value: result } = cpuMs(() => read(text));
  if (ms > budgetMs(text.length)) {
    const again = cpuMs(() => read(text));
    if (again.ms < ms) ({ ms, value: result } = again);
  }
  return { ms, result };
}

/** The invariant every input must keep: no throw, a valid record, kinds a list, within budget. */
function checkRead(read: ReadDocument, text: string): void {
  const { ms, result } = timedRead(read, text);
  if (!Array.isArray(result.kinds)) throw new Error('kinds is not an array');
  const parsed = recordSchema.safeParse(result.record);
  if (!parsed.success) throw new Error(`record breaks the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const budget = budgetMs(text.length);
  if (ms > budget) throw new Error(`took ${ms.toFixed(0)} ms of CPU on ${text.length} characters (budget ${budget.toFixed(0)} ms)`);
}

// ── mutations of real documents ─────────────────────────────────────
const INJECTIONS = ['\u00a0', '\u202f', '’', '‘', '«\u00a0', '\u00ad', '\u200b', '\ufeff', '\r\n', '\f', '....', '____', '……', 'N º', '  ', '\t', '|', '€'];

type Mutation =
  | { op: 'cut'; at: number; length: number }
  | { op: 'duplicateLines'; at: number; count: number }
  | { op: 'shuffleLines'; at: number; count: number; seed: number }
  | { op: 'inject'; at: number; what: string }
  | { op: 'upper'; at: number; length: number }
  | { op: 'breakLine'; at: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fraction, length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ op: fc.constant('duplicateLines' as const), at: fraction, count: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('shuffleLines' as const), at: fraction, count: fc.integer({ min: 2, max: 30 }), seed: fc.integer() }),
  fc.record({ op: fc.constant('inject' as const), at: fraction, what: fc.oneof(fc.constantFrom(...INJECTIONS), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ op: fc.constant('upper' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ op: fc.constant('breakLine' as const), at: fraction }),
);

function applyMutation(text: string, m: Mutation): string {
  const at = Math.floor(m.at * text.length);
  switch (m.op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'inject':
      return text.slice(0, at) + m.what + text.slice(at);
    case 'upper':
      return text.slice(0, at) + text.slice(at, at + m.length).toUpperCase() + text.slice(at + m.length);
    case 'breakLine':
      return text.slice(0, at) + '\n' + text.slice(at);
    case 'duplicateLines':
    case 'shuffleLines': {
      const lines = text.split('\n');
      const from = Math.floor(m.at * lines.length);
      const block = lines.slice(from, from + m.count);
      if (m.op === 'duplicateLines') lines.splice(from, 0, ...block);
      else {
        let state = m.seed >>> 0;
        for (let i = block.length - 1; i > 0; i -= 1) {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          const j = state % (i + 1);
          [block[i], block[j]] = [block[j]!, block[i]!];
        }
        lines.splice(from, block.length, ...block);
      }
      return lines.join('\n');
    }
  }
}

/** Words and marks the reader looks for, thrown together at random. */
const TOKENS = [
  'le', 'la', "l'", 'l’', 'de', 'à', 'Présents', 'Absents', 'Pouvoirs', 'procuration', 'donne pouvoir à', 'M.', 'Mme', 'MM', 'Monsieur',
  'DUPONT', 'Jean-Marie', 'en exercice', 'votants', 'pour', 'contre', 'abstention', 'unanimité', 'Séance du', 'L’an deux mille',
  'vingt-quatre', 'premier', '1er', 'juillet', '20/06/2024', '2024-06-20', 'Publié le', 'Envoyé en préfecture le', 'ID :',
  '031-213105331-20240620-202436-DE', 'SIRET :', '21310533100010', '0310891A', '45 €', 'x', 'soit', 'Convention', 'Entre :', 'Article 10',
  'se termine', 'prendra fin le', '.....', '____', 'Fait à', 'Secrétaire de séance :', 'Objet :', 'N°', '\n', '\n\n', ' ', '\u00a0', ',', ';', ':', '-', '–',
];

const HTML_TOKENS = [
  '<p>', '</p>', '<br>', '<br/>', '<div class="x">', '</div>', '<table>', '<tr>', '<td>', '</td>', '<th>', '</tr>', '</table>', '<ul>', '<li>',
  '</li>', '</ul>', '<h1>', '</h1>', '<strong>', '</strong>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[',
  '&nbsp;', '&eacute;', '&rsquo;', '&amp;', '&#233;', '&#x2019;', '&unknown;', '&', '<', '>', '"', "'", '<a href="x">', '</a>', '<img alt="é">',
];

type HtmlToText = (html: string) => string;
const htmlToText = existsSync(htmlFile)
  ? ((await import(/* @vite-ignore */ pathToFileURL(htmlFile).href)) as { htmlToText: HtmlToText }).htmlToText
  : null;

describe('reader fuzzing', () => {
  if (!readDocument) {
    it.skip('skipped: lib/read/index.ts (readDocument) does not exist yet', () => {});
    return;
  }
  const read = readDocument;

  it('has real documents to mutate', () => {
    expect(texts.length).toBeGreaterThan(0);
    read(texts[0]!); // warm the JIT so the first timed property is not charged for compilation
  });

  it('never throws on random unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (text) => checkRead(read, text)),
      { numRuns: 150 },
    );
  });

  it('never throws on token soup made of the words it looks for', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 400 }), fc.constantFrom(' ', '', '\n'), (tokens, glue) =>
        checkRead(read, tokens.join(glue)),
      ),
      { numRuns: 150 },
    );
  });

  it('never throws on tag soup through htmlToText, then the reader', () => {
    if (!htmlToText) return; // lib/read/html-to-text.ts not there yet: nothing to fuzz
    const toText = htmlToText;
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...HTML_TOKENS), fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 300 }), (parts) => {
        const html = parts.join('');
        const { ms, value: text } = cpuMs(() => toText(html));
        if (typeof text !== 'string') throw new Error('htmlToText did not return a string');
        if (ms > budgetMs(html.length) && cpuMs(() => toText(html)).ms > budgetMs(html.length)) throw new Error(`htmlToText took ${ms.toFixed(0)} ms of CPU`);
        checkRead(read, text);
      }),
      { numRuns: 100 },
    );
  });

  it('never throws on mutated real documents (cut, duplicated, shuffled, injected)', () => {
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) =>
        checkRead(read, mutations.reduce(applyMutation, texts[index]!)),
      ),
      { numRuns: 80 },
    );
  });
});

// ── hostile 1 MB inputs, in a worker so a hang is reported, not suffered ───
const MB = 1_000_000;
function fill(unit: string, length = MB): string {
  return unit.repeat(Math.ceil(length / unit.length));
}
const allTexts = texts.join('\n');
const hostile: { label: string; text: string; through: 'readDocument' | 'htmlToText' }[] = [
  { label: '1 MB of real documents back to back', text: fill(allTexts + '\n'), through: 'readDocument' },
  { label: '"le le le …"', text: fill('le '), through: 'readDocument' },
  { label: '"((((…"', text: fill('('), through: 'readDocument' },
  { label: '"X à Y à Z à …"', text: fill('X à Y à Z à '), through: 'readDocument' },
  { label: '100k dots', text: '.'.repeat(100_000), through: 'readDocument' },
  { label: 'a present list that never ends', text: 'Présents : ' + fill('M. DUPONT Jean, '), through: 'readDocument' },
  { label: 'proxies that never end', text: 'Pouvoirs : ' + fill('Mme Marie DUPONT donne pouvoir à M. Jean MARTIN ; '), through: 'readDocument' },
  { label: 'one 1 MB number', text: fill('1'), through: 'readDocument' },
  { label: 'spaces and NBSP', text: fill(' \u00a0\u202f\t'), through: 'readDocument' },
  { label: 'a date in words that never ends', text: "L'an deux mille " + fill('vingt-'), through: 'readDocument' },
  { label: 'an @CTES id that never ends', text: 'ID : 031-' + fill('2131053310-'), through: 'readDocument' },
  { label: 'blank placeholders', text: fill('Publié le ..... se termine ____ prendra fin le …… '), through: 'readDocument' },
  { label: 'page footers and headers', text: fill('Page 2 sur 4 — Commune de X\nCommune de X — Registre des délibérations\n'), through: 'readDocument' },
  { label: 'combining accents', text: fill('e\u0301'), through: 'readDocument' },
  { label: 'one 1 MB line of capitals', text: fill('DUPONT '), through: 'readDocument' },
  { label: '1 MB of newlines', text: fill('\n'), through: 'readDocument' },
  { label: 'HTML: "<<<<…"', text: fill('<'), through: 'htmlToText' },
  { label: 'HTML: unclosed nested tags', text: fill('<div><table><tr><td>'), through: 'htmlToText' },
  { label: 'HTML: entities', text: fill('&eacute;&nbsp;&rsquo;&#233;&#x00E9;&amp'), through: 'htmlToText' },
  { label: 'HTML: an endless comment', text: '<p>a</p><!--' + fill('-- '), through: 'htmlToText' },
];

const workerSource = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const api = await import(workerData.tsxApi);
  api.register();
  const reader = workerData.readerUrl ? await import(workerData.readerUrl) : null;
  const html = workerData.htmlUrl ? await import(workerData.htmlUrl) : null;
  if (reader) reader.readDocument(workerData.warmup);
  parentPort.on('message', ({ through, text, budget }) => {
    const fn = through === 'htmlToText' ? html && ((t) => html.htmlToText(t)) : reader && ((t) => reader.readDocument(t));
    if (!fn) { parentPort.postMessage({ skipped: true }); return; }
    const cpu = () => { const before = process.cpuUsage(); fn(text); const used = process.cpuUsage(before); return (used.user + used.system) / 1000; };
    try {
      let ms = cpu();
      if (ms > budget) ms = Math.min(ms, cpu());
      parentPort.postMessage({ ms });
    } catch (error) {
      parentPort.postMessage({ error: String(error && error.stack || error).slice(0, 500) });
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => parentPort.postMessage({ fatal: String(error && error.stack || error) }));
`;

type HostileOutcome = { ms: number } | { error: string } | { hang: true } | { skipped: true };

async function runHostile(): Promise<HostileOutcome[]> {
  // tsx's ESM entry (the CJS one fails to load from an eval'd worker): lets the worker import lib/*.ts
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const outcomes: HostileOutcome[] = [];
  let worker: Worker | null = null;
  const start = async (): Promise<Worker> => {
    const w = new Worker(workerSource, {
      eval: true,
      workerData: {
        tsxApi,
        readerUrl: existsSync(readerFile) ? pathToFileURL(readerFile).href : null,
        htmlUrl: existsSync(htmlFile) ? pathToFileURL(htmlFile).href : null,
        warmup: texts[0] ?? '',
      },
    });
    await new Promise<void>((ready, fail) => {
      w.once('message', (m: { ready?: boolean; fatal?: string }) => (m.ready ? ready() : fail(new Error(m.fatal))));
      w.once('error', fail);
    });
    return w;
  };
  for (const input of hostile) {
    worker ??= await start();
    const current = worker;
    const outcome = await new Promise<HostileOutcome>((done) => {
      const timer = setTimeout(() => {
        void current.terminate();
        done({ hang: true });
      }, HANG_MS);
      current.once('message', (m: HostileOutcome) => {
        clearTimeout(timer);
        done(m);
      });
      current.postMessage({ through: input.through, text: input.text, budget: budgetMs(input.text.length) });
    });
    if ('hang' in outcome) worker = null;
    outcomes.push(outcome);
  }
  await worker?.terminate();
  return outcomes;
}

describe('reader on hostile 1 MB inputs', () => {
  if (!readDocument) {
    it.skip('skipped: lib/read/index.ts (readDocument) does not exist yet', () => {});
    return;
  }
  let outcomes: HostileOutcome[] = [];
  beforeAll(async () => {
    outcomes = await runHostile();
  }, 600_000);

  afterAll(() => {
    const lines = hostile.map((input, i) => {
      const o = outcomes[i];
      const shown = !o ? 'no result' : 'ms' in o ? `${o.ms.toFixed(0)} ms` : 'hang' in o ? 'HANG' : 'error' in o ? 'THREW' : 'skipped';
      return `${input.through.padEnd(12)} ${input.label.padEnd(40)} ${shown.padStart(9)} CPU / budget ${budgetMs(input.text.length).toFixed(0)} ms`;
    });
    console.log(`hostile inputs (PERF_FACTOR ${PERF_FACTOR}):\n${lines.join('\n')}`);
  });

  hostile.forEach((input, index) => {
    const budget = budgetMs(input.text.length);
    it(`${input.through} on ${input.label} (${input.text.length} chars) returns within 50 ms per 100 KB`, (context) => {
      const outcome = outcomes[index];
      expect(outcome, 'no result').toBeDefined();
      if (!outcome) return;
      if ('skipped' in outcome) {
        context.skip(`${input.through} does not exist yet`);
        return;
      }
      if ('hang' in outcome) expect.fail(`still running after ${HANG_MS} ms: catastrophic backtracking or an unbounded loop`);
      if ('error' in outcome) expect.fail(`threw: ${outcome.error}`);
      expect(outcome.ms, `took ${outcome.ms.toFixed(0)} ms of CPU (budget ${budget.toFixed(0)} ms, PERF_FACTOR ${PERF_FACTOR})`).toBeLessThanOrEqual(budget);
    });
  });
});
