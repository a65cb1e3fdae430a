// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { computed, signal } from '@preact/signals';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageStatus } from '../../../components/page-status/page-status';
import { incomingPdf } from '../../../components/draft-panel/pdf-intake';
import type { PageSession, PageState } from '../../../lib/messaging/page-state';

function fakeSession(initial: PageState): PageSession {
  const state = signal<PageState>(initial);
  return {
    state,
    snapshot: computed(() => null),
    recognition: computed(() => null),
    originGranted: signal(false),
    refresh: vi.fn(async () => undefined),
    grantOrigin: vi.fn(async () => false),
    fill: vi.fn(async () => ({ filled: [], skipped: [] })),
  };
}

const pdfUrl = 'https://www.ac-exemple.fr/conventions/ent-2026.pdf';
let container: HTMLElement | null = null;
async function mount(url: string): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<PageStatus session={fakeSession({ status: 'unreadable', reason: 'pdf-viewer', title: 'ENT', url })} />, container!));
  return container;
}
const readButton = (c: HTMLElement) => [...c.querySelectorAll('button')].find((b) => b.textContent === 'Lire ce PDF dans Paraphe');

afterEach(async () => {
  if (container) await act(() => render(null, container!));
  container = null;
  incomingPdf.value = null;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reading the PDF open in the tab', () => {
  it('offers the button for an http(s) PDF only', async () => {
    expect(readButton(await mount(pdfUrl))).toBeDefined();
    await act(() => render(null, container!));
    expect(readButton(await mount('file:///home/secretaire/ent.pdf'))).toBeUndefined();
  });

  it('asks for the origin, fetches the bytes and hands them to the draft', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => true) as never);
    const fetchMock = vi.fn(async () => new Response(new Uint8Array([0x25, 0x50, 0x44, 0x46])));
    vi.stubGlobal('fetch', fetchMock);
    const c = await mount(pdfUrl);
    await act(async () => readButton(c)!.click());
    await vi.waitFor(() => expect(incomingPdf.value).not.toBeNull());
    expect(request).toHaveBeenCalledWith({ origins: ['https://www.ac-exemple.fr/*'] });
    expect(incomingPdf.value?.label).toBe(pdfUrl);
    expect([...incomingPdf.value!.bytes]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('says so in French when the permission is refused, and fetches nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => false) as never);
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((async () => false) as never);
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const c = await mount(pdfUrl);
    await act(async () => readButton(c)!.click());
    await vi.waitFor(() => expect(c.textContent).toContain('Autorisation refusée'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(incomingPdf.value).toBeNull();
  });

  it('says so in French when the download fails', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async () => true) as never);
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    const c = await mount(pdfUrl);
    await act(async () => readButton(c)!.click());
    await vi.waitFor(() => expect(c.textContent).toContain('Le téléchargement du PDF a échoué (HTTP 404)'));
  });
});
