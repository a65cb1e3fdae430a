/**
 * Background: the toolbar button opens the panel and grants activeTab on the tab it was clicked
 * on, then tells the panel to read that tab. In the e2e build only, it also opens the panel in a
 * tab bound to a page.
 */
import type { PanelNotice } from '../../lib/messaging/protocol';
import { watchForE2ePanelRequests } from './e2e-panel';

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // browserAction in the MV2 build (WXT's Firefox default), action if built with --mv3.
    (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
      // open(), not toggle(): a click meant to grant access must not close an open sidebar. Only
      // allowed synchronously inside the click handler.
      (browser as unknown as FirefoxSidebar).sidebarAction.open().catch(logError);
      if (tab.id !== undefined) notifyPanel({ type: 'paraphe/tab-access-granted', tabId: tab.id });
    });
  } else {
    // Not openPanelOnActionClick: with it, Chromium opens the panel *without* granting activeTab
    // (ExtensionActionRunner::RunAction returns kToggleSidePanel before GrantTabPermissions,
    // crbug.com/40904917), so the panel could never read the page. A plain action click grants
    // activeTab and fires onClicked, where sidePanel.open() still counts as the user's gesture.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(logError);
    browser.action.onClicked.addListener((tab) => {
      browser.sidePanel.open({ windowId: tab.windowId }).catch(logError);
      if (tab.id !== undefined) notifyPanel({ type: 'paraphe/tab-access-granted', tabId: tab.id });
    });
  }
  if (import.meta.env.PARAPHE_E2E === '1') watchForE2ePanelRequests();
});

// Firefox-only API, absent from the Chrome typings WXT ships.
interface FirefoxSidebar {
  sidebarAction: { open(): Promise<void> };
}

function notifyPanel(notice: PanelNotice): void {
  // No panel open yet is the ordinary case: the rejection only says nobody listened.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}

function logError(error: unknown): void {
  console.error('Paraphe (background):', error);
}
