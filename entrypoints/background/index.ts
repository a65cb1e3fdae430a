/**
 * Background: opens the panel from the toolbar button and tells the panel when a click granted
 * activeTab on a tab. In the e2e build only, it also opens the panel in a tab bound to a page.
 */
import type { PanelNotice } from '../../lib/messaging/protocol';
import { watchForE2ePanelRequests } from './e2e-panel';

export default defineBackground(() => {
  if (import.meta.env.FIREFOX) {
    // Firefox: the button toggles the sidebar (allowed only from the click handler itself) and
    // the click grants activeTab on the tab it was made on.
    // browserAction in the MV2 build (WXT's Firefox default), action if built with --mv3.
    (browser.action ?? browser.browserAction).onClicked.addListener((tab) => {
      void (browser as unknown as FirefoxSidebar).sidebarAction.toggle();
      if (tab.id !== undefined) notifyPanel({ type: 'paraphe/tab-access-granted', tabId: tab.id });
    });
  } else {
    // Chrome: the manifest's action opens the side panel; that click also grants activeTab.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
      console.error('Paraphe: sidePanel.setPanelBehavior failed', error);
    });
  }
  if (import.meta.env.PARAPHE_E2E === '1') watchForE2ePanelRequests();
});

// Firefox-only API, absent from the Chrome typings WXT ships.
interface FirefoxSidebar {
  sidebarAction: { toggle(): Promise<void> };
}

function notifyPanel(notice: PanelNotice): void {
  // No panel open is the ordinary case: the rejection says nobody listened.
  browser.runtime.sendMessage(notice).catch(() => undefined);
}
