/**
 * Loads a saved page from test/fixtures/pages/ into its own happy-dom window, page scripts
 * off (the collector must work without them, as it does before a page's scripts run).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

export const PAGES_DIR = join(import.meta.dirname, '..', 'fixtures', 'pages');
export const FIXTURE_ORIGIN = 'https://fixtures.paraphe.test';

/** Every fixture page this area owns (the e2e-* pages belong to the harness). */
export function fixtureNames(): string[] {
  return readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html') && !f.startsWith('e2e-')).sort();
}

export function loadFixture(name: string, url = `${FIXTURE_ORIGIN}/pages/${name}`): { window: Window; document: Document } {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true } } });
  window.document.write(readFileSync(join(PAGES_DIR, name), 'utf8'));
  return { window, document: window.document as unknown as Document };
}
