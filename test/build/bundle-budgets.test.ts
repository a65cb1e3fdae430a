/**
 * Issue 7's weight budgets, on a fresh production Chrome build: the content script injected into
 * every portal page ≤ 8 KB gzip; what sidepanel.html loads before its first paint (its script and
 * static imports, not import() chunks) ≤ 50 KB gzip; pdf.js only in a lazy chunk. The figures come
 * from test/bench/budgets.ts (the same ones `npm run bench` judges) and the table of every chunk,
 * raw and gzip, is printed on each run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, measureBuild, type BuildFigures } from '../bench/budgets';
import { buildStore, root, type StoreBuild } from './store-build';

let build: StoreBuild | undefined;
let figures: BuildFigures;

beforeAll(() => {
  build = buildStore(['chrome']);
  figures = measureBuild(build.chrome);
  checkBudgets(null, root, build.chrome);
}, 180_000);
afterAll(() => build?.remove());

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

describe('bundle budgets (production Chrome build)', () => {
  it('content script ≤ 8 KB gzip', () => {
    expect(figures.contentScripts.map((s) => s.path)).toContain('content-scripts/content.js');
    for (const script of figures.contentScripts) {
      expect(script.gzip, `${script.path}: ${kb(script.gzip)} gzip`).toBeLessThanOrEqual(BUDGETS.contentScriptGzip);
    }
  });

  it('the content script carries no zod: the plan coming to the page has its own guard', () => {
    for (const script of figures.contentScripts) {
      expect(readFileSync(join(build!.chrome, script.path), 'utf8')).not.toMatch(/\$ZodType|_zod\b/);
    }
  });

  it('side panel initial JS ≤ 50 KB gzip', () => {
    const panel = figures.panelInitial;
    expect(panel, 'sidepanel.html is missing from the build').not.toBeNull();
    expect(panel!.paths.length).toBeGreaterThan(0);
    expect(panel!.gzip, `${panel!.paths.join(' + ')}: ${kb(panel!.gzip)} gzip`).toBeLessThanOrEqual(BUDGETS.sidePanelInitialGzip);
  });

  it('pdf.js stays out of the panel’s initial load', () => {
    expect(figures.panelInitial?.pdfjsIn).toEqual([]);
  });
});
