/**
 * The panel's link to its tab: finds the tab (the active one, or the one named in ?tabId= for
 * the panel-in-a-tab of the e2e build), injects the content script on demand, parses what comes
 * back, and keeps the state honest when the page cannot be read.
 */
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Browser } from 'wxt/browser';
import { recognisePage } from '../../lib/sites/index';
import type { FillPlan, FillReport } from '../../lib/sites/snapshot';
import { accessFromInjectionError, accessFromUrl } from '../../lib/messaging/page-access';
import { originPattern, type PageSession, type PageState } from '../../lib/messaging/page-state';
import { collectResponseSchema, contentReadySchema, fillResponseSchema, panelNoticeSchema, type ContentRequest } from '../../lib/messaging/protocol';

type Tab = Browser.tabs.Tab;

const CONTENT_SCRIPT = '/content-scripts/content.js';

export function createPageSession(boundTabId: number | null): PageSession {
  const state = signal<PageState>({ status: 'loading' });
  const originGranted = signal(false);
  const snapshot = computed(() => (state.value.status === 'readable' ? state.value.snapshot : null));
  const recognition = computed(() => (state.value.status === 'readable' ? state.value.recognition : null));
  let currentTabId: number | null = boundTabId;
  // Tab events arrive in bursts (loading, title, complete): only the latest reading may land.
  let generation = 0;

  async function findTab(): Promise<Tab | null> {
    if (boundTabId !== null) return browser.tabs.get(boundTabId).catch(() => null);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  }

  async function read(tab: Tab & { id: number }): Promise<PageState> {
    const title = tab.title ?? null;
    const url = tab.url ?? null;
    const byUrl = accessFromUrl(tab.url);
    if (byUrl?.kind === 'unreadable') return { status: 'unreadable', reason: byUrl.reason, title, url };
    try {
      const results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
      if (!contentReadySchema.safeParse(results[0]?.result).success) {
        return { status: 'failed', message: 'Le script de lecture de Paraphe n’a pas démarré dans cette page. Rechargez la page puis réessayez.' };
      }
    } catch (error) {
      const access = accessFromInjectionError(errorMessage(error), tab.url);
      if (access.kind === 'unreadable') return { status: 'unreadable', reason: access.reason, title, url };
      return { status: 'needs-permission', title, url };
    }
    const answer = collectResponseSchema.safeParse(await sendToTab(tab.id, { type: 'paraphe/collect' }));
    if (!answer.success) return { status: 'failed', message: 'La page a répondu dans un format inattendu ; rechargez-la puis réessayez.' };
    if (!answer.data.ok) return { status: 'failed', message: `La lecture de la page a échoué : ${answer.data.error}` };
    if (answer.data.contentType === 'application/pdf') {
      return { status: 'unreadable', reason: 'pdf-viewer', title: answer.data.snapshot.title || title, url: answer.data.snapshot.url };
    }
    return { status: 'readable', snapshot: answer.data.snapshot, recognition: recognisePage(answer.data.snapshot) };
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    let next: PageState;
    let granted = false;
    try {
      const tab = await findTab();
      if (tab?.id === undefined) {
        next = boundTabId === null ? { status: 'no-tab' } : { status: 'unreadable', reason: 'closed', title: null, url: null };
      } else {
        currentTabId = tab.id;
        next = await read({ ...tab, id: tab.id });
        const pageUrl = next.status === 'readable' ? next.snapshot.url : tab.url;
        const pattern = pageUrl ? originPattern(pageUrl) : null;
        granted = pattern !== null && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
      }
    } catch (error) {
      next = { status: 'failed', message: `Paraphe n’a pas pu interroger l’onglet : ${errorMessage(error)}` };
    }
    if (mine !== generation) return;
    batch(() => {
      state.value = next;
      originGranted.value = granted;
    });
  }

  async function grantOrigin(): Promise<boolean> {
    const current = state.peek();
    const url = current.status === 'readable' ? current.snapshot.url : 'url' in current ? current.url : null;
    const pattern = url ? originPattern(url) : null;
    if (!pattern) return false;
    // Called synchronously from the click: the browser refuses the prompt outside a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) await refresh();
    return granted;
  }

  async function fill(plan: FillPlan): Promise<FillReport> {
    if (currentTabId === null) throw new Error('Aucun onglet à remplir.');
    const answer = fillResponseSchema.safeParse(await sendToTab(currentTabId, { type: 'paraphe/fill', plan }));
    if (!answer.success) throw new Error('La page a répondu au remplissage dans un format inattendu.');
    if (!answer.data.ok) throw new Error(`Le remplissage a échoué : ${answer.data.error}`);
    return answer.data.report;
  }

  listenToTabs(boundTabId, () => currentTabId, () => void refresh());
  watchForGrant(state, findTab, () => void refresh());
  return { state, snapshot, recognition, originGranted, refresh, grantOrigin, fill };
}

function listenToTabs(boundTabId: number | null, currentTabId: () => number | null, refresh: () => void): void {
  if (boundTabId === null) {
    browser.tabs.onActivated.addListener(refresh);
    browser.windows.onFocusChanged.addListener(refresh);
  }
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (tabId === currentTabId() && (change.status === 'complete' || change.title !== undefined)) refresh();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (tabId === currentTabId()) refresh();
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    const notice = panelNoticeSchema.safeParse(message);
    if (notice.success) refresh();
    return undefined;
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
}

// Chrome sends the panel no event when a click on the toolbar button (with the panel already
// open) grants activeTab. The tab's URL becoming visible is the sign: a cheap tabs.get, only
// while the panel asks for that click and is on screen.
const GRANT_POLL_MS = 1_000;

function watchForGrant(state: ReadonlySignal<PageState>, findTab: () => Promise<Tab | null>, refresh: () => void): void {
  let timer: ReturnType<typeof setInterval> | undefined;
  effect(() => {
    const waiting = state.value.status === 'needs-permission' && state.value.url === null;
    clearInterval(timer);
    timer = undefined;
    if (!waiting) return;
    timer = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      void findTab().then((tab) => {
        if (tab?.url) refresh();
      }, () => undefined);
    }, GRANT_POLL_MS);
  });
}

function sendToTab(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
