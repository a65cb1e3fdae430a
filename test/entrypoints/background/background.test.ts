/**
 * The toolbar button in Chrome: it must open the panel from action.onClicked (the path on which
 * Chromium grants activeTab) and tell an open panel which tab it may now read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background/index';
import { panelNoticeSchema } from '../../../lib/messaging/protocol';

const sidePanel = { setPanelBehavior: vi.fn(async () => undefined), open: vi.fn(async () => undefined) };

beforeEach(() => {
  fakeBrowser.reset();
  sidePanel.setPanelBehavior.mockClear();
  sidePanel.open.mockClear();
  Object.assign(fakeBrowser, { sidePanel });
});

describe.skipIf(import.meta.env.FIREFOX)('background (Chrome)', () => {
  it('keeps the click for itself instead of openPanelOnActionClick, which grants no activeTab', async () => {
    await background.main();
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });
  });

  it('opens the panel in the clicked window and tells it which tab was granted', async () => {
    const notices: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      notices.push(message);
    });
    await background.main();
    await fakeBrowser.action.onClicked.trigger({ id: 7, windowId: 3 } as never);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 3 });
    expect(notices.map((n) => panelNoticeSchema.parse(n))).toEqual([{ type: 'paraphe/tab-access-granted', tabId: 7 }]);
  });
});
