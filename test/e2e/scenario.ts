/**
 * What an e2e scenario is. Add one by dropping a file in test/e2e/scenarios/ that
 * default-exports `defineScenario({ name, browsers, run })`; run.ts picks it up.
 */
import type { Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface PanelHandle {
  /** the panel document: Chromium's real side panel, or Firefox's panel-in-a-tab (e2e build) */
  page: Page;
  /** waits until the page-status section shows this state ("readable", "unreadable"…) */
  waitForState(status: string, timeoutMs?: number): Promise<void>;
  /** the panel's visible text, as a secretary would read it */
  text(): Promise<string>;
}

export interface ScenarioContext {
  browserName: BrowserName;
  /** "http://127.0.0.1:PORT/": test/fixtures/ served on the origin the e2e build may read */
  baseUrl: string;
  /** the same files on an origin Paraphe has no access to (like a site never clicked on). Open
   *  the panel on a baseUrl page first, then navigate there: Firefox's e2e trigger needs access. */
  foreignBaseUrl: string;
  /** opens test/fixtures/<path> in a new tab and waits for it to load */
  openFixture(path: string, opts?: { foreign?: boolean }): Promise<Page>;
  /** opens the panel bound to that tab (it must be the page the user looks at) */
  openPanelFor(page: Page): Promise<PanelHandle>;
  /** Chromium only: what a click on Paraphe's toolbar button does on that tab (CDP
   *  Extensions.triggerAction: grants activeTab, fires action.onClicked); returns the side panel */
  clickToolbarButton(page: Page): Promise<PanelHandle>;
  /** saves a PNG under test/e2e/artifacts/ and returns its path */
  screenshot(page: Page, name: string): Promise<string>;
  log(line: string): void;
}

export interface Scenario {
  name: string;
  browsers: BrowserName[];
  run(ctx: ScenarioContext): Promise<void>;
}

export function defineScenario(scenario: Scenario): Scenario {
  return scenario;
}
