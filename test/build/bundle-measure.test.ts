/**
 * The measuring behind the budgets (test/bench/budgets.ts) on a made-up build, so a budget that
 * holds is known to hold for the right reason: the panel's initial JS follows static imports and
 * modulepreloads but not import(), and pdf.js is caught wherever it lands eagerly.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureBuild } from '../bench/budgets';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeBuild(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'paraphe-fake-build-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const html = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body><div id="app"></div></body></html>`;

describe('build measuring', () => {
  it('counts the entry, its static imports and modulepreloads, not import() chunks', () => {
    const build = fakeBuild({
      'sidepanel.html': html('<script type="module" crossorigin src="/chunks/sidepanel-a1.js"></script><link rel="modulepreload" crossorigin href="/chunks/preact-b2.js">'),
      'chunks/sidepanel-a1.js': 'import{h as e}from"./preact-b2.js";import"./signals-c3.js";const t=()=>import("./draft-panel-d4.js");e(t);',
      'chunks/preact-b2.js': 'export const h=1;',
      'chunks/signals-c3.js': 'export{x as y}from"./core-e5.js";',
      'chunks/core-e5.js': 'export const x=2;',
      'chunks/draft-panel-d4.js': 'import"./readers-f6.js";export const p="x".repeat(1e4);',
      'chunks/readers-f6.js': 'export const r=3;',
      'content-scripts/content.js': '(function(){})();',
    });
    const figures = measureBuild(build);
    expect(figures.panelInitial?.paths).toEqual(['chunks/core-e5.js', 'chunks/preact-b2.js', 'chunks/sidepanel-a1.js', 'chunks/signals-c3.js']);
    expect(figures.contentScripts.map((s) => s.path)).toEqual(['content-scripts/content.js']);
    expect(figures.files).toHaveLength(7);
    for (const file of figures.files) expect(file.gzip).toBeGreaterThan(0);
  });

  it('finds pdf.js in the initial load, and not in a lazy chunk', () => {
    const eager = measureBuild(fakeBuild({
      'sidepanel.html': html('<script type="module" src="/chunks/sidepanel-a1.js"></script>'),
      'chunks/sidepanel-a1.js': 'import"./pdf-b2.js";',
      'chunks/pdf-b2.js': 'const GlobalWorkerOptions={};export{GlobalWorkerOptions};',
    }));
    expect(eager.panelInitial?.pdfjsIn).toEqual(['chunks/pdf-b2.js']);
    rmSync(dir, { recursive: true, force: true });
    const lazy = measureBuild(fakeBuild({
      'sidepanel.html': html('<script type="module" src="/chunks/sidepanel-a1.js"></script>'),
      'chunks/sidepanel-a1.js': 'const l=()=>import("./pdf-b2.js");',
      'chunks/pdf-b2.js': 'const GlobalWorkerOptions={};export{GlobalWorkerOptions};',
    }));
    expect(lazy.panelInitial?.pdfjsIn).toEqual([]);
  });
});
