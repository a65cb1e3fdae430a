// @vitest-environment happy-dom
/**
 * The panel's page session against a fake browser: what it concludes from what Chromium and
 * Firefox answer (scripting errors, hidden URLs, the PDF viewer), without a real browser.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageSession } from '../../../entrypoints/sidepanel/page-session';
import { CONTENT_READY } from '../../../lib/messaging/protocol';

const snapshot = (url: string, title: string) => ({ url, title, lang: 'fr', text: 'EXTRAIT DU REGISTRE', textTruncated: false, fields: [], forms: [], frameCount: 0 });

interface Stubs {
  inject: ReturnType<typeof vi.fn>;
  answer: ReturnType<typeof vi.fn>;
}

async function tabShowing(url: string | undefined, stubs: Partial<Stubs> = {}): Promise<{ tabId: number } & Stubs> {
  const tab = await fakeBrowser.tabs.create({ url: url ?? 'https://hidden.example/', active: true });
  const tabId = tab.id!;
  if (url === undefined) {
    // Without activeTab or a granted origin the browser hides the URL and the title.
    const realGet = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => ({ ...(await realGet(id)), url: undefined, title: undefined }));
  }
  const inject = stubs.inject ?? vi.fn(async () => [{ result: CONTENT_READY }]);
  const answer = stubs.answer ?? vi.fn(async () => ({ ok: true, snapshot: snapshot(url ?? '', 'Délibération 2025-041'), contentType: 'text/html' }));
  Object.assign(fakeBrowser, {
    scripting: { executeScript: inject },
    permissions: { contains: vi.fn(async () => false), request: vi.fn(async () => false) },
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
  return { tabId, inject, answer };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('createPageSession', () => {
  it('reads an allowed page and recognises it', async () => {
    const { tabId, inject } = await tabShowing('https://www.mairie-valmont.fr/deliberations/2025-041');
    const session = createPageSession(tabId);
    await session.refresh();
    expect(session.state.value.status).toBe('readable');
    expect(session.snapshot.value?.title).toBe('Délibération 2025-041');
    expect(session.recognition.value).not.toBeNull();
    expect(inject).toHaveBeenCalledWith({ target: { tabId }, files: ['/content-scripts/content.js'] });
  });

  it('asks for the click when the browser hides the page and refuses the injection', async () => {
    const { tabId } = await tabShowing(undefined, { inject: vi.fn(async () => Promise.reject(new Error('Missing host permission for the tab'))) });
    const session = createPageSession(tabId);
    await session.refresh();
    expect(session.state.value).toEqual({ status: 'needs-permission', title: null, url: null });
  });

  it('does not even try on a browser page', async () => {
    const { tabId, inject } = await tabShowing('chrome://settings/');
    const session = createPageSession(tabId);
    await session.refresh();
    expect(session.state.value).toMatchObject({ status: 'unreadable', reason: 'browser-page' });
    expect(inject).not.toHaveBeenCalled();
  });

  it('says the PDF viewer cannot be read when Chromium lets the script into it', async () => {
    const url = 'https://www.mairie-valmont.fr/pv/2025-041.pdf';
    const { tabId } = await tabShowing(url, { answer: vi.fn(async () => ({ ok: true, snapshot: snapshot(url, ''), contentType: 'application/pdf' })) });
    const session = createPageSession(tabId);
    await session.refresh();
    expect(session.state.value).toMatchObject({ status: 'unreadable', reason: 'pdf-viewer' });
    expect(session.snapshot.value).toBeNull();
  });

  it('refuses an answer of the wrong shape from the page', async () => {
    const { tabId } = await tabShowing('https://www.mairie-valmont.fr/', { answer: vi.fn(async () => ({ ok: true, snapshot: { url: 1 } })) });
    const session = createPageSession(tabId);
    await session.refresh();
    expect(session.state.value.status).toBe('failed');
  });

  it('says so when the bound tab was closed', async () => {
    const { tabId } = await tabShowing('https://www.mairie-valmont.fr/');
    const session = createPageSession(tabId + 1000);
    await session.refresh();
    expect(session.state.value).toMatchObject({ status: 'unreadable', reason: 'closed' });
  });

  it('rejects a fill the page answers badly, in French', async () => {
    const { tabId, answer } = await tabShowing('https://www.s2low.org/');
    const session = createPageSession(tabId);
    await session.refresh();
    answer.mockImplementation(async () => ({ ok: true }));
    await expect(session.fill({ url: 'https://www.s2low.org/', actions: [] })).rejects.toThrow(/format inattendu/);
  });
});

describe('waiting for the click on the toolbar button', () => {
  it('reads the page as soon as the browser shows its URL (activeTab granted)', async () => {
    vi.useFakeTimers();
    try {
      const url = 'https://www.mairie-valmont.fr/deliberations/2025-041';
      let granted = false;
      const { tabId } = await tabShowing(url, {
        inject: vi.fn(async () => (granted ? [{ result: CONTENT_READY }] : Promise.reject(new Error('Cannot access contents of the page.')))),
      });
      const realGet = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
      vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => {
        const tab = await realGet(id);
        return granted ? tab : { ...tab, url: undefined, title: undefined };
      });
      const session = createPageSession(tabId);
      await session.refresh();
      expect(session.state.value.status).toBe('needs-permission');
      granted = true;
      await vi.advanceTimersByTimeAsync(1_100);
      await vi.waitFor(() => expect(session.state.value.status).toBe('readable'));
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('pages with iframes', () => {
  it('looks into the frames when the page itself is not recognised, and keeps the page when they hold nothing', async () => {
    const url = 'https://intranet.mairie-valmont.fr/';
    const inject = vi.fn(async (options: { target: { allFrames?: boolean } }) =>
      options.target.allFrames ? [{ frameId: 0, result: CONTENT_READY }, { frameId: 5, result: CONTENT_READY }] : [{ frameId: 0, result: CONTENT_READY }],
    );
    const answer = vi.fn(async (_tabId: number, _request: unknown, options: { frameId: number }) => ({
      ok: true,
      snapshot: { ...snapshot(options.frameId === 0 ? url : `${url}cadre`, options.frameId === 0 ? 'Intranet' : 'Cadre'), text: 'Bienvenue', frameCount: options.frameId === 0 ? 1 : 0 },
      contentType: 'text/html',
    }));
    const { tabId } = await tabShowing(url, { inject, answer });
    const session = createPageSession(tabId);
    await session.refresh();
    expect(inject).toHaveBeenCalledWith({ target: { tabId, allFrames: true }, files: ['/content-scripts/content.js'] });
    expect(answer).toHaveBeenCalledWith(tabId, { type: 'paraphe/collect' }, { frameId: 5 });
    expect(session.state.value).toMatchObject({ status: 'readable', page: { title: 'Intranet' }, fromFrame: false });
    expect(session.snapshot.value?.title).toBe('Intranet');
  });
});
