// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { computed, signal } from '@preact/signals';
import { PageStatus } from '../../../components/page-status/page-status';
import type { PageSession, PageState } from '../../../lib/messaging/page-state';
import { setUiLanguage } from '../../../lib/i18n/ui';

const snapshot = {
  url: 'https://www.mairie-valmont.fr/conseil/deliberation-2025-041',
  title: 'Délibération n° 2025-041 – Convention ENT',
  lang: 'fr',
  text: 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
  textTruncated: false,
  fields: [],
  forms: [],
  frameCount: 0,
};

function fakeSession(initial: PageState, granted = false) {
  const state = signal<PageState>(initial);
  const session: PageSession = {
    state,
    snapshot: computed(() => (state.value.status === 'readable' ? state.value.snapshot : null)),
    recognition: computed(() => (state.value.status === 'readable' ? state.value.recognition : null)),
    originGranted: signal(granted),
    refresh: vi.fn(async () => undefined),
    grantOrigin: vi.fn(async () => false),
    fill: vi.fn(async () => ({ filled: [], skipped: [] })),
  };
  return { state, session };
}

let containers: HTMLElement[] = [];
async function mount(session: PageSession): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  await act(() => render(<PageStatus session={session} />, container));
  return container;
}
afterEach(async () => {
  for (const c of containers) await act(() => render(null, c));
  containers = [];
});

describe('PageStatus', () => {
  it('shows the page title, its site and the recognition summary', async () => {
    const { session } = fakeSession({
      status: 'readable',
      page: { title: snapshot.title, url: snapshot.url },
      snapshot,
      recognition: { kind: 'deliberation', adapterId: 'x', summary: 'Délibération reconnue : convention ENT-École' },
      fromFrame: false,
    });
    const view = await mount(session);
    expect(view.textContent).toContain('Délibération n° 2025-041 – Convention ENT');
    expect(view.textContent).toContain('www.mairie-valmont.fr');
    expect(view.textContent).toContain('Délibération reconnue : convention ENT-École');
    expect(view.querySelector('[data-page-kind]')?.getAttribute('data-page-kind')).toBe('deliberation');
  });

  it('heads with the page even when the form was found in one of its frames', async () => {
    const { session } = fakeSession({
      status: 'readable',
      page: { title: 'Intranet — Télétransmission', url: 'https://intranet.mairie-valmont.fr/actes' },
      snapshot: { ...snapshot, title: 'Formulaire de dépôt', url: 'https://intranet.mairie-valmont.fr/actes/depot' },
      recognition: { kind: 'actes-form', adapterId: 'generic-actes-form', summary: 'Formulaire de télétransmission @CTES reconnu' },
      fromFrame: true,
    });
    const view = await mount(session);
    expect(view.querySelector('.page-status-title')?.textContent).toBe('Intranet — Télétransmission');
    expect(view.textContent).toContain('Trouvé dans un cadre intégré à la page.');
  });

  it('offers to allow the site for good only while it is not granted', async () => {
    const readable: PageState = {
      status: 'readable',
      page: { title: snapshot.title, url: snapshot.url },
      snapshot,
      recognition: { kind: 'unknown', adapterId: null, summary: 'Page non reconnue' },
      fromFrame: false,
    };
    const notGranted = await mount(fakeSession(readable).session);
    const button = [...notGranted.querySelectorAll('button')].find((b) => b.textContent?.includes('Toujours autoriser'));
    expect(button?.textContent).toContain('www.mairie-valmont.fr');
    const granted = await mount(fakeSession(readable, true).session);
    expect(granted.textContent).not.toContain('Toujours autoriser');
  });

  it('never stays blank: every other state says something in French', async () => {
    const states: [PageState, RegExp][] = [
      [{ status: 'loading' }, /Lecture de l’onglet/],
      [{ status: 'no-tab' }, /Aucun onglet/],
      [{ status: 'needs-permission', title: null, url: null }, /Cliquez sur l’icône Paraphe[\s\S]*pages propres au navigateur/],
      [{ status: 'unreadable', reason: 'browser-page', title: 'Paramètres', url: 'chrome://settings' }, /appartient au navigateur/],
      [{ status: 'unreadable', reason: 'pdf-viewer', title: 'pv.pdf', url: 'https://x.fr/pv.pdf' }, /visionneuse/],
      [{ status: 'failed', reason: 'collect-error', detail: 'boom' }, /La lecture de la page a échoué : boom/],
    ];
    for (const [state, expected] of states) {
      const view = await mount(fakeSession(state).session);
      expect(view.textContent).toMatch(expected);
      expect(view.querySelector('[data-page-state]')?.getAttribute('data-page-state')).toBe(state.status);
    }
  });

  it('rereads the page on request and follows state changes', async () => {
    const { state, session } = fakeSession({ status: 'no-tab' });
    const view = await mount(session);
    const reread = [...view.querySelectorAll('button')].find((b) => b.textContent === 'Relire la page');
    await act(() => reread?.click());
    expect(session.refresh).toHaveBeenCalledTimes(1);
    await act(() => {
      state.value = { status: 'unreadable', reason: 'closed', title: null, url: null };
    });
    expect(view.textContent).toContain('Cet onglet a été fermé.');
  });

  it('shows page text from the page as text, never as markup', async () => {
    const title = '<img src=x onerror="alert(1)">Délibération';
    const { session } = fakeSession({
      status: 'readable',
      page: { title, url: snapshot.url },
      snapshot: { ...snapshot, title },
      recognition: { kind: 'unknown', adapterId: null, summary: 'Page non reconnue' },
      fromFrame: false,
    });
    const view = await mount(session);
    expect(view.querySelector('img[src="x"]')).toBeNull();
    expect(view.textContent).toContain('<img src=x onerror="alert(1)">Délibération');
  });
});

describe('PageStatus in English', () => {
  afterEach(async () => {
    await setUiLanguage('fr');
  });

  it('follows the panel language', async () => {
    const { session } = fakeSession({ status: 'needs-permission', title: null, url: null });
    const view = await mount(session);
    expect(view.textContent).toContain('Cliquez sur l’icône Paraphe');
    await act(async () => {
      await setUiLanguage('en');
    });
    expect(view.textContent).toContain('Click the Paraphe icon');
    expect(view.textContent).toContain('Read the page again');
  });
});
