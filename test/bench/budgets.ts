/**
 * Performance and weight budgets. `npm run bench` calls `checkBudgets` with its figures; run
 * alone (`npx tsx test/bench/budgets.ts`) it checks the production build's sizes only.
 * A budget exceeded sets a non-zero exit code.
 *
 * Weights are gzip sizes of `.output/chrome-mv3` (after `npm run build:chrome`): the content
 * script is injected into every @CTES page on demand, and the side panel's first paint must
 * not wait for pdf.js, which has to stay a lazy chunk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BenchResults {
  readTextMedianMs: number;
  readPdfMedianMs: number;
  /** null when the rules bench is absent */
  rulesP99Ms: number | null;
}

const KB = 1024;
export const BUDGETS = {
  readTextMedianMs: 10,
  readPdfMedianMs: 1500,
  rulesP99Ms: 1,
  contentScriptGzip: 8 * KB,
  sidePanelInitialGzip: 50 * KB,
} as const;

/** Strings only pdf.js contains: finding one in the panel's initial JS means it is not lazy. */
const PDFJS_MARKERS = ['GlobalWorkerOptions', 'PDFDocumentProxy', 'pdfjsVersion'];

/** Sizes of one built extension: what the budgets judge, measured once for the bench and the tests. */
export interface BuildFigures {
  /** every JS file of the build, relative path, raw and gzip bytes */
  files: { path: string; raw: number; gzip: number }[];
  contentScripts: { path: string; gzip: number }[];
  /** null when the build has no sidepanel.html */
  panelInitial: { paths: string[]; gzip: number; pdfjsIn: string[] } | null;
}

export function measureBuild(build: string): BuildFigures {
  const files = jsFiles(build).map((file) => ({ path: relative(build, file), raw: statSync(file).size, gzip: gzipSize(file) }));
  const contentScripts = files.filter((f) => f.path.startsWith('content-scripts')).map(({ path, gzip }) => ({ path, gzip }));
  const panelHtml = join(build, 'sidepanel.html');
  if (!existsSync(panelHtml)) return { files, contentScripts, panelInitial: null };
  const initial = [...initialScripts(build, panelHtml)].sort();
  return {
    files,
    contentScripts,
    panelInitial: {
      paths: initial.map((file) => relative(build, file)),
      gzip: initial.reduce((sum, file) => sum + gzipSize(file), 0),
      pdfjsIn: initial.filter((file) => PDFJS_MARKERS.some((marker) => readFileSync(file, 'utf8').includes(marker))).map((file) => relative(build, file)),
    },
  };
}

/** `build` defaults to the project's `.output/chrome-mv3`; test/build/bundle-budgets.test.ts passes a fresh one. */
export function checkBudgets(results: BenchResults | null, root: string, build = join(root, '.output/chrome-mv3')): boolean {
  const failures: string[] = [];
  const lines: string[] = [];
  const judge = (label: string, value: number | null, budget: number, unit: string, show = (v: number) => v.toFixed(2)): void => {
    if (value === null) { lines.push(`  ?  ${label} : absent (budget ${show(budget)} ${unit})`); return; }
    const ok = value <= budget;
    lines.push(`  ${ok ? '✓' : '✖'}  ${label} : ${show(value)} ${unit} (budget ${show(budget)} ${unit})`);
    if (!ok) failures.push(label);
  };

  if (results) {
    judge('lecture d’un texte de 20 ko, médiane', results.readTextMedianMs, BUDGETS.readTextMedianMs, 'ms');
    judge('lecture d’un PDF de 20 pages, médiane', results.readPdfMedianMs, BUDGETS.readPdfMedianMs, 'ms', (v) => v.toFixed(0));
    judge('règles, p99', results.rulesP99Ms, BUDGETS.rulesP99Ms, 'ms', (v) => v.toFixed(3));
  }

  if (!existsSync(build)) {
    lines.push(`  ?  poids du build : pas de ${relative(root, build) || build} (lancer \`npm run build:chrome\` d’abord)`);
  } else {
    const kb = (v: number): string => (v / KB).toFixed(1);
    const figures = measureBuild(build);
    lines.push('  Fichiers JS du build (brut / gzip) :');
    for (const file of figures.files) lines.push(`       ${file.path.padEnd(48)} ${kb(file.raw).padStart(7)} ko ${kb(file.gzip).padStart(7)} ko`);
    for (const script of figures.contentScripts) {
      judge(`script de contenu ${script.path}, gzip`, script.gzip, BUDGETS.contentScriptGzip, 'ko', kb);
    }
    const panel = figures.panelInitial;
    if (panel) {
      judge(`panneau latéral, JS initial (${panel.paths.length} fichier(s)), gzip`, panel.gzip, BUDGETS.sidePanelInitialGzip, 'ko', kb);
      lines.push(`  ${panel.pdfjsIn.length === 0 ? '✓' : '✖'}  pdf.js hors du chargement initial du panneau${panel.pdfjsIn.length ? ` : ${panel.pdfjsIn.join(', ')}` : ''}`);
      if (panel.pdfjsIn.length) failures.push('pdf.js chargé au démarrage du panneau');
    }
  }

  console.log('\nBudgets');
  for (const line of lines) console.log(line);
  console.log(failures.length ? `\n✖ ${failures.length} budget(s) dépassé(s) : ${failures.join(' ; ')}` : '\n✓ budgets tenus');
  return failures.length === 0;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (/\.m?js$/.test(entry)) out.push(path);
  }
  return out.sort();
}

const gzipCache = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) gzipCache.set(file, (size = gzipSync(readFileSync(file), { level: 9 }).length));
  return size;
}

/** Scripts and modulepreloads of the page, plus their static imports, transitively. */
function initialScripts(build: string, html: string): Set<string> {
  const page = readFileSync(html, 'utf8');
  const queue = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+)"/g)].map((m) => resolveIn(build, dirname(html), m[1]!));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only ("import{x}from"./a.js"", "import"./b.js""); import("…") is lazy.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+\.js)["']/g)) {
      queue.push(resolveIn(build, dirname(file), m[1]!));
    }
  }
  return seen;
}

function resolveIn(build: string, from: string, specifier: string): string {
  return specifier.startsWith('/') ? join(build, specifier) : resolve(from, specifier);
}

if (process.argv[1]?.endsWith('budgets.ts')) {
  process.exitCode = checkBudgets(null, join(import.meta.dirname, '../..')) ? 0 : 1;
}
