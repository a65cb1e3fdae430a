/**
 * One browser with the e2e build installed, for one scenario: launches Chromium or Firefox,
 * opens the panel bound to a page, watches every request the pages and the extension make
 * (anything beyond the loopback fixture server is a privacy failure) and page errors.
 */
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { ROOT, type ExtensionDirs } from './build';
import type { BrowserName, PanelHandle, ScenarioContext } from './scenario';
import type { FixtureServer } from './server';

export const ARTIFACTS_DIR = join(ROOT, 'test/e2e/artifacts');
export const EXECUTABLES: Record<BrowserName, string> = {
  chromium: process.env.PARAPHE_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.PARAPHE_FIREFOX ?? '/usr/bin/firefox-esr',
};

// Opening the panel is the only thing Paraphe asks the browser for: no CDN, no font, no telemetry.
const LOCAL_SCHEMES = ['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

export interface BrowserSession {
  ctx: ScenarioContext;
  /** requests that left the machine, page errors in the panel: the scenario fails on any */
  problems: string[];
  close(): Promise<void>;
}

export async function openSession(
  browserName: BrowserName,
  extensions: ExtensionDirs,
  server: FixtureServer,
  scenarioName: string,
  log: (line: string) => void,
): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), `paraphe-e2e-${browserName}-`));
  const problems: string[] = [];
  const allowedHosts = [new URL(server.url).hostname, new URL(server.foreignUrl).hostname];
  const checkRequest = (url: string, from: string): void => {
    if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return;
    try {
      if (allowedHosts.includes(new URL(url).hostname)) return;
    } catch {
      // unparsable URL: report it below
    }
    problems.push(`request outside 127.0.0.1 from ${from}: ${url}`);
  };

  const browser = browserName === 'chromium' ? await launchChromium(profile, extensions.chromium) : await launchFirefox(profile);
  let extensionId = '';
  if (browserName === 'chromium') {
    const watchTarget = async (target: Target): Promise<void> => {
      if (!['page', 'service_worker', 'background_page', 'other'].includes(target.type())) return;
      // Read at request time: a tab opened blank may navigate to an extension page later.
      const extensionTarget = (): boolean => target.type() !== 'page' || target.url().startsWith('chrome-extension://');
      try {
        const cdp = await target.createCDPSession();
        // A fixture page may load what it likes (hostile.html does): in a page, only requests
        // started by a script of the content script's isolated world are the extension's.
        const isolatedContexts = new Set<number>();
        const extensionScripts = new Set<string>();
        cdp.on('Runtime.executionContextCreated', ({ context }) => {
          const aux = context.auxData as { type?: string } | undefined;
          if (aux?.type === 'isolated' || context.origin.startsWith('chrome-extension://')) isolatedContexts.add(context.id);
        });
        cdp.on('Debugger.scriptParsed', (script) => {
          if (script.url.startsWith('chrome-extension://') || isolatedContexts.has(script.executionContextId)) extensionScripts.add(script.scriptId);
        });
        cdp.on('Network.requestWillBeSent', (event) => {
          if (extensionTarget() || initiatedBy(event.initiator, extensionScripts)) checkRequest(event.request.url, target.url() || target.type());
        });
        await cdp.send('Network.enable');
        if (target.type() === 'page') {
          await cdp.send('Runtime.enable');
          await cdp.send('Debugger.enable');
        }
      } catch {
        // targets that close while attaching are not our concern
      }
    };
    browser.on('targetcreated', (target: Target) => void watchTarget(target));
    await Promise.all(browser.targets().map(watchTarget));
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 10_000 });
    extensionId = new URL(worker.url()).host;
  } else {
    await browser.installExtension(extensions.firefox);
  }

  const watchPage = (page: Page, label: string, isPanel: boolean): void => {
    // Firefox over BiDi does not say which script started a request: only the panel is watched.
    if (browserName === 'firefox' && isPanel) page.on('request', (request) => checkRequest(request.url(), label));
    page.on('pageerror', (error) => problems.push(`page error in ${label}: ${error instanceof Error ? error.message : String(error)}`));
  };

  const fixtureUrl = (path: string, foreign = false): string => new URL(path.replace(/^\/+/, ''), foreign ? server.foreignUrl : server.url).href;

  const panelHandle = (page: Page): PanelHandle => ({
    page,
    async waitForState(status, timeoutMs = 8_000) {
      try {
        await page.waitForSelector(`[data-page-state="${status}"]`, { timeout: timeoutMs });
      } catch {
        const shown = await page.evaluate(() => document.querySelector('[data-page-state]')?.getAttribute('data-page-state') ?? 'none').catch(() => '?');
        const text = await page.evaluate(() => document.body.innerText).catch(() => '');
        throw new Error(`panel state "${status}" expected, got "${shown}"; panel text: ${JSON.stringify(text.slice(0, 400))}`);
      }
    },
    text: () => page.evaluate(() => document.body.innerText),
  });

  const ctx: ScenarioContext = {
    browserName,
    baseUrl: server.url,
    foreignBaseUrl: server.foreignUrl,
    async openFixture(path, opts) {
      const page = await browser.newPage();
      watchPage(page, `fixture ${path}`, false);
      await page.goto(fixtureUrl(path, opts?.foreign), { waitUntil: 'load' });
      return page;
    },
    async openPanelFor(page) {
      const panel = browserName === 'chromium' ? await openChromiumSidePanel(browser, extensionId, page) : await openFirefoxPanelTab(browser, page, server.url);
      watchPage(panel, 'panel', true);
      return panelHandle(panel);
    },
    async clickToolbarButton(page) {
      if (browserName !== 'chromium') throw new Error('clickToolbarButton: Firefox has no way to click the toolbar over WebDriver BiDi');
      const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
      const opened = browser.targets().find((t) => t.url() === panelUrl);
      const extension = (await browser.extensions()).get(extensionId);
      if (!extension) throw new Error('the extension is not installed');
      await extension.triggerAction(page);
      const target = opened ?? (await browser.waitForTarget((t) => t.url() === panelUrl, { timeout: 10_000 }));
      const panel = await target.asPage();
      if (!opened) watchPage(panel, 'panel', true);
      return panelHandle(panel);
    },
    async screenshot(page, name) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const path = join(ARTIFACTS_DIR, `${browserName}-${slug(scenarioName)}-${slug(name)}.png`);
      await page.screenshot({ path: path as `${string}.png` });
      return path;
    },
    log,
  };

  return {
    ctx,
    problems,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

interface CdpInitiator {
  url?: string;
  stack?: CdpStack;
}
interface CdpStack {
  callFrames: { url: string; scriptId: string }[];
  parent?: CdpStack;
}

function initiatedBy(initiator: CdpInitiator, extensionScripts: Set<string>): boolean {
  if (initiator.url?.startsWith('chrome-extension://')) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.some((frame) => frame.url.startsWith('chrome-extension://') || extensionScripts.has(frame.scriptId))) return true;
  }
  return false;
}

function launchChromium(profile: string, extensionDir: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    enableExtensions: [extensionDir],
    args: [
      '--no-sandbox',
      `--user-data-dir=${profile}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=fr-FR',
    ],
  });
}

function launchFirefox(profile: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: EXECUTABLES.firefox,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'intl.locale.requested': 'fr-FR', 'intl.accept_languages': 'fr-FR, fr' },
  });
}

// RECIPES.md: sidePanel.open() needs a trusted click in an extension page; the panel then
// follows the active tab, so the opener is closed and the fixture brought to the front.
async function openChromiumSidePanel(browser: Browser, extensionId: string, page: Page): Promise<Page> {
  const opener = await browser.newPage();
  await opener.goto(`chrome-extension://${extensionId}/sidepanel.html?opener=1`);
  await opener.evaluate(() => {
    type ChromeApi = { windows: { getCurrent(): Promise<{ id?: number }> }; sidePanel: { open(o: { windowId: number }): Promise<void> } };
    const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    document.addEventListener('click', async () => {
      const win = await chromeApi.windows.getCurrent();
      if (win.id !== undefined) await chromeApi.sidePanel.open({ windowId: win.id });
    }, { once: true });
  });
  const panelTarget = browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/sidepanel.html`, { timeout: 10_000 });
  await opener.click('body');
  const target = await panelTarget;
  const panel = await target.asPage();
  await opener.close();
  await page.bringToFront();
  return panel;
}

// Firefox's sidebar is out of WebDriver's reach: the e2e build's background opens the panel in a
// tab bound to the page when the page's URL gets #paraphe-e2e-panel (entrypoints/background/e2e-panel.ts).
async function openFirefoxPanelTab(browser: Browser, page: Page, baseUrl: string): Promise<Page> {
  if (new URL(page.url()).origin !== new URL(baseUrl).origin) {
    throw new Error('Firefox: openPanelFor needs a page on the fixture server (127.0.0.1); navigate the tab elsewhere afterwards');
  }
  const before = new Set(await browser.pages());
  const ask = () => page.evaluate(() => {
    location.hash = 'paraphe-e2e-panel';
  });
  await ask();
  // a loaded 2-core CI box can miss or delay the background's tabs.onUpdated: ask again once, by
  // toggling the hash, before giving up
  let askedAgain = false;
  const started = Date.now();
  const deadline = started + 25_000;
  while (Date.now() < deadline) {
    if (!askedAgain && Date.now() - started > 8_000) {
      askedAgain = true;
      await page.evaluate(() => {
        location.hash = '';
      }).catch(() => undefined);
      await ask().catch(() => undefined);
    }
    for (const candidate of await browser.pages()) {
      if (before.has(candidate)) continue;
      const href = await candidate.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('sidepanel.html?tabId=')) return candidate;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the e2e build did not open the panel tab (is it an e2e build, PARAPHE_E2E=1?)');
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
