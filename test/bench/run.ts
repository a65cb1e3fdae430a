/**
 * `npm run bench`: repeated runs of what a secretary waits for, median and p95 in a table,
 * then the budgets (test/bench/budgets.ts), which fail the command when one is exceeded.
 *
 *   npm run bench              # everything, ~30 s on a loaded 2-core machine
 *   BENCH_QUICK=1 npm run bench  # fewer repetitions
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { htmlToText } from '../../lib/read/html-to-text';
import { readDocument } from '../../lib/read/index';
import { readPdf } from '../../lib/read/pdf';
import { checkBudgets, type BenchResults } from './budgets';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures');
const quick = process.env.BENCH_QUICK === '1';

export interface Timing { median: number; p95: number; p99: number; runs: number }

function stats(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), runs: sorted.length };
}

async function time(runs: number, warmup: number, task: () => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

/** The text of a deliberation + convention of about 20 kB, as a seed is. */
function seedSizedText(): string {
  const ceret = readFileSync(join(fixtures, 'documents/pdf/ceret-2026-ent.txt'), 'utf8');
  const example = readFileSync(join(fixtures, 'examples/deliberation-convention-ent.txt'), 'utf8');
  return (ceret + '\n\n' + example).slice(0, 20_000);
}

async function main(): Promise<void> {
  const rows: [string, Timing | null, string][] = [];
  const text = seedSizedText();
  const pdf = new Uint8Array(readFileSync(join(fixtures, 'documents/pdf/bench-20-pages.pdf')));
  const html = readFileSync(join(fixtures, 'documents/finistere-landeda-site-deliberation.html'), 'utf8');

  const readText = await time(quick ? 20 : 100, 10, () => readDocument(text));
  rows.push([`lire un texte de ${(text.length / 1000).toFixed(0)} ko (readDocument)`, readText, '≤ 10 ms médiane']);

  const coldStart = performance.now();
  const firstPdf = await readPdf(pdf);
  const pdfCold = performance.now() - coldStart;
  const readPdfTiming = await time(quick ? 3 : 10, 1, () => readPdf(pdf));
  rows.push([`lire un PDF de ${firstPdf.pageCount} pages (readPdf, à chaud)`, readPdfTiming, '≤ 1,5 s médiane']);
  rows.push([`  premier PDF, chargement de pdf.js compris`, { median: pdfCold, p95: pdfCold, p99: pdfCold, runs: 1 }, '']);
  rows.push([`PDF de ${firstPdf.pageCount} pages → record`, await time(quick ? 3 : 10, 1, async () => readDocument((await readPdf(pdf)).text)), '']);
  rows.push([`page HTML de ${(html.length / 1000).toFixed(0)} ko → texte (htmlToText)`, await time(quick ? 20 : 100, 10, () => htmlToText(html)), '']);
  const hostile = '<div><a title="x">&amp;<'.repeat(40_000);
  rows.push([`HTML hostile de ${(hostile.length / 1e6).toFixed(1)} Mo → texte`, await time(3, 1, () => htmlToText(hostile)), '']);

  let rules: { p50: number; p95: number; p99: number } | null = null;
  try {
    const bench = (await import('./rules-bench')) as { benchRules?: () => { p50: number; p95: number; p99: number } };
    rules = bench.benchRules ? bench.benchRules() : null;
  } catch {
    rules = null;
  }
  rows.push(['règles, conseil de 69 membres et 30 procurations', rules && { median: rules.p50, p95: rules.p95, p99: rules.p99, runs: 2000 }, '≤ 1 ms p99']);

  const cli = cliTimings(quick ? 1 : 3);
  rows.push(['check --json sur un texte (processus complet)', cli.text, '']);
  rows.push(['check --json sur le PDF de 8 pages (processus complet)', cli.pdf, '']);

  printTable(rows);
  const results: BenchResults = {
    readTextMedianMs: readText.median,
    readPdfMedianMs: readPdfTiming.median,
    rulesP99Ms: rules?.p99 ?? null,
  };
  const ok = checkBudgets(results, root);
  process.exitCode = ok ? 0 : 1;
}

/** Whole `check` processes, start-up included: what the scorer and a terminal user wait for. */
function cliTimings(runs: number): { text: Timing; pdf: Timing } {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const once = (file: string): number => {
    const started = performance.now();
    spawnSync(tsx, ['lib/cli/check.ts', '--json', file], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    return performance.now() - started;
  };
  const textFile = join(fixtures, 'documents/pdf/ceret-2026-ent.txt');
  const pdfFile = join(fixtures, 'documents/pdf/ceret-2026-ent.pdf');
  return {
    text: stats(Array.from({ length: runs }, () => once(textFile))),
    pdf: stats(Array.from({ length: runs }, () => once(pdfFile))),
  };
}

function printTable(rows: [string, Timing | null, string][]): void {
  const ms = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0)).replace('.', ',');
  const header = ['mesure', 'médiane (ms)', 'p95 (ms)', 'p99 (ms)', 'essais', 'budget'];
  const body = rows.map(([label, t, budget]) => t
    ? [label, ms(t.median), ms(t.p95), ms(t.p99), String(t.runs), budget]
    : [label, 'absent', '', '', '', budget]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 || i === 5 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const row of body) console.log(line(row));
}

await main();
