/**
 * `npm run demo`: builds Paraphe, opens each bundled example page (test/fixtures/pages/*.html,
 * or the paths given as arguments) in headless Chromium with the real side panel, prints what
 * the panel shows and saves a screenshot of the page and of the panel under test/e2e/artifacts/.
 * It uses the e2e build, which may read 127.0.0.1 without the click a person would make.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildE2eExtension } from './build';
import { startFixtureServer, FIXTURES_DIR } from './server';
import { ARTIFACTS_DIR, openSession } from './session';

const MAX_LINES = 30;

async function main(): Promise<number> {
  const requested = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const pages = requested.length > 0 ? requested : readdirSync(join(FIXTURES_DIR, 'pages')).filter((f) => f.endsWith('.html')).sort().map((f) => `pages/${f}`);
  console.log('Construction de l’extension (Chromium)…');
  const build = buildE2eExtension(['chromium']);
  const server = await startFixtureServer();
  const session = await openSession('chromium', build.dirs, server, 'demo', (line) => console.log(line));
  let failures = 0;
  try {
    const { ctx } = session;
    const [first] = pages;
    if (first === undefined) throw new Error('aucune page d’exemple dans test/fixtures/pages/');
    const tab = await ctx.openFixture(first);
    const panel = await ctx.openPanelFor(tab);
    for (const path of pages) {
      if (path !== first) await tab.goto(new URL(path, server.url).href, { waitUntil: 'load' });
      const title = (await tab.title()).trim() || 'Page sans titre';
      try {
        // The panel follows the tab: wait until it shows this page (or says why it cannot).
        await panel.page.waitForFunction(
          (expected: string) => {
            const state = document.querySelector('[data-page-state]')?.getAttribute('data-page-state');
            const shown = document.querySelector('.page-status-title')?.textContent?.trim();
            return state !== undefined && state !== 'loading' && (state !== 'readable' || shown === expected);
          },
          { timeout: 8_000 },
          title,
        );
        await new Promise((resolve) => setTimeout(resolve, 300));
      } catch {
        failures++;
        console.log(`\n=== ${path} — le panneau n’a pas affiché cette page à temps`);
      }
      const text = (await panel.text()).split('\n').map((l) => l.trim()).filter(Boolean);
      console.log(`\n=== ${path}`);
      for (const line of text.slice(0, MAX_LINES)) console.log(`  | ${line}`);
      if (text.length > MAX_LINES) console.log(`  | … (${text.length - MAX_LINES} lignes de plus)`);
      await ctx.screenshot(tab, `${path}-page`);
      await ctx.screenshot(panel.page, `${path}-panel`);
    }
    if (session.problems.length > 0) {
      failures += session.problems.length;
      console.log(`\nProblèmes :\n  ${session.problems.join('\n  ')}`);
    }
  } finally {
    await session.close();
    await server.close();
    rmSync(build.outDir, { recursive: true, force: true });
  }
  console.log(`\n${pages.length} page(s) montrée(s) ; captures dans ${ARTIFACTS_DIR}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
