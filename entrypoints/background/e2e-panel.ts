/**
 * E2E build only (PARAPHE_E2E=1): WebDriver cannot reach Firefox's sidebar nor navigate to an
 * extension URL, so a test asks for the panel by adding `#paraphe-e2e-panel` to a fixture page's
 * URL; the background then opens sidepanel.html?tabId=… in a new tab, bound to that page.
 */
export const E2E_PANEL_HASH = '#paraphe-e2e-panel';

export function watchForE2ePanelRequests(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (!change.url?.endsWith(E2E_PANEL_HASH)) return;
    const panel = browser.runtime.getURL('/sidepanel.html');
    void browser.tabs.create({ url: `${panel}?tabId=${tabId}` });
  });
}
