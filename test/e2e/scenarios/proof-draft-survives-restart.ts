/**
 * Issue 7, "drafts survive panel close, tab reload and browser restart". The harness gives each
 * scenario a throw-away profile it deletes on close, so this one builds the e2e extension and runs
 * its own Chromium on a profile it keeps across two launches (the same extension folder, hence the
 * same extension id and the same chrome.storage.local). Every request of the panel is watched as
 * the harness does: nothing may leave 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { buildE2eExtension } from '../build';
import { defineScenario } from '../scenario';
import { EXECUTABLES } from '../session';

const PRESENT = '13';

function launch(profile: string, extension: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [extension],
    args: ['--no-sandbox', `--user-data-dir=${profile}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=fr-FR'],
  });
}

/** Every request of the panel, the background worker and the page must stay on 127.0.0.1. */
function watchExtension(browser: Browser, problems: string[], seen: { requests: number }): void {
  const watch = async (target: Target): Promise<void> => {
    // Side panels start as about:blank targets, so every page and worker is watched: the only
    // other page here is a fixture of 127.0.0.1 that loads nothing from elsewhere.
    if (!['page', 'service_worker', 'other'].includes(target.type())) return;
    try {
      const cdp = await target.createCDPSession();
      cdp.on('Network.requestWillBeSent', ({ request }) => {
        seen.requests++;
        // The browser's own UI (chrome://omnibox-popup…) loads chrome:// resources: not ours.
        if (!/^(?:chrome-extension|chrome|devtools|about|data|blob):/.test(request.url) && new URL(request.url).hostname !== '127.0.0.1') {
          problems.push(`request outside 127.0.0.1 from ${target.url()}: ${request.url}`);
        }
      });
      await cdp.send('Network.enable');
    } catch {
      // a target closing while we attach is not our concern
    }
  };
  browser.on('targetcreated', (target: Target) => void watch(target));
  for (const target of browser.targets()) void watch(target);
}

async function extensionId(browser: Browser): Promise<string> {
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
  return new URL(worker.url()).host;
}

/** The real side panel, opened the way session.ts does (a trusted click in an extension page). */
async function openPanel(browser: Browser, id: string, page: Page, problems: string[]): Promise<Page> {
  const opener = await browser.newPage();
  await opener.goto(`chrome-extension://${id}/sidepanel.html?opener=1`);
  await opener.evaluate(() => {
    type ChromeApi = { windows: { getCurrent(): Promise<{ id?: number }> }; sidePanel: { open(o: { windowId: number }): Promise<void> } };
    const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    document.addEventListener('click', () => {
      void chromeApi.windows.getCurrent().then((win) => (win.id === undefined ? undefined : chromeApi.sidePanel.open({ windowId: win.id })));
    }, { once: true });
  });
  const url = `chrome-extension://${id}/sidepanel.html`;
  const target = browser.waitForTarget((t) => t.url() === url, { timeout: 10_000 });
  await opener.click('body');
  const panel = await (await target).asPage();
  panel.on('pageerror', (error) => problems.push(`page error in the panel: ${error instanceof Error ? error.message : String(error)}`));
  await opener.close();
  await page.bringToFront();
  return panel;
}

/** The "Présents" input of the open draft (Présence tab), found by its visible label. */
async function presentInput(panel: Page): Promise<string> {
  await panel.waitForSelector('#tab-presence', { timeout: 10_000 }).catch(async () => {
    throw new Error(`no draft form in the panel; panel: ${JSON.stringify((await panel.evaluate(() => document.body.innerText)).slice(0, 300))}`);
  });
  await panel.click('#tab-presence');
  const id = await panel.waitForFunction(() => {
    const label = Array.from(document.querySelectorAll('label[for]')).find((l) => l.textContent?.trim() === 'Présents');
    return label?.getAttribute('for') ?? false;
  }, { timeout: 10_000 });
  return `[id="${String(await id.jsonValue())}"]`;
}

async function presentValue(panel: Page): Promise<string> {
  const selector = await presentInput(panel);
  // The draft comes out of storage asynchronously after the first paint: wait for it.
  await panel.waitForFunction((s) => (document.querySelector(s) as HTMLInputElement | null)?.value !== '', { timeout: 5_000 }, selector).catch(() => undefined);
  return panel.$eval(selector, (el) => (el as HTMLInputElement).value);
}

export default defineScenario({
  name: 'preuve : un brouillon survit à la fermeture du panneau, au rechargement et au redémarrage',
  browsers: ['chromium'],
  async run(ctx) {
    const built = buildE2eExtension(['chromium']);
    const profile = mkdtempSync(join(tmpdir(), 'paraphe-e2e-restart-'));
    const problems: string[] = [];
    const seen = { requests: 0 };
    let browser: Browser | null = null;
    try {
      const fixture = new URL('pages/e2e-deliberation.html', ctx.baseUrl).href;
      browser = await launch(profile, built.dirs.chromium);
      watchExtension(browser, problems, seen);
      const id = await extensionId(browser);
      let page = await browser.newPage();
      await page.goto(fixture, { waitUntil: 'load' });
      let panel = await openPanel(browser, id, page, problems);
      const input = await presentInput(panel);
      await panel.click(input, { count: 3 });
      await panel.type(input, PRESENT);
      await panel.waitForSelector('[data-save-status="saved"]', { timeout: 10_000 }).catch(async () => {
        throw new Error(`the draft never said "saved"; panel: ${JSON.stringify((await panel.evaluate(() => document.body.innerText)).slice(0, 300))}`);
      });
      ctx.log(`« Présents » saisi : ${PRESENT}, enregistré`);

      await panel.close();
      panel = await openPanel(browser, id, page, problems);
      assert.equal(await presentValue(panel), PRESENT, 'after the panel was closed and reopened');
      ctx.log('panneau fermé puis rouvert : valeur retrouvée');

      await page.reload({ waitUntil: 'load' });
      await panel.close();
      panel = await openPanel(browser, id, page, problems);
      assert.equal(await presentValue(panel), PRESENT, 'after the tab was reloaded');
      ctx.log('onglet rechargé : valeur retrouvée');

      await browser.close();
      browser = await launch(profile, built.dirs.chromium);
      watchExtension(browser, problems, seen);
      assert.equal(await extensionId(browser), id, 'the relaunched browser runs the same extension id');
      page = await browser.newPage();
      await page.goto(fixture, { waitUntil: 'load' });
      panel = await openPanel(browser, id, page, problems);
      assert.equal(await presentValue(panel), PRESENT, 'after the browser was restarted on the same profile');
      ctx.log('navigateur redémarré (même profil) : valeur retrouvée');
      await ctx.screenshot(panel, 'panel-after-restart');
      ctx.log(`${seen.requests} requête(s) observée(s) (panneau, service worker, page), toutes locales : ${problems.length === 0 ? 'oui' : 'non'}`);
      assert.deepEqual(problems, []);
    } finally {
      await browser?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      rmSync(built.outDir, { recursive: true, force: true });
    }
  },
});
