/**
 * The panel's link to its tab: finds the tab (the active one, or the one named in ?tabId= for
 * the panel-in-a-tab of the e2e build), injects the content script on demand, parses what comes
 * back, and keeps the state honest when the page cannot be read.
 */
import { batch, computed, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Browser } from 'wxt/browser';
import type { Recognition } from '../../lib/sites/index';
import type { FillPlan, FillReport, PageSnapshot } from '../../lib/sites/snapshot';
import { accessFromInjectionError, accessFromUrl } from '../../lib/messaging/page-access';
import { originPattern, type PageSession, type PageState } from '../../lib/messaging/page-state';
import { collectResponseSchema, contentReadySchema, fillResponseSchema, panelNoticeSchema, type ContentRequest } from '../../lib/messaging/protocol';

type Tab = Browser.tabs.Tab;

const CONTENT_SCRIPT = '/content-scripts/content.js';

// The recognisers bring the readers and every pattern (over half the panel's code): the shell
// paints its status first and fetches them with the first page it reads (issue 7: ≤ 50 kB gzip
// before the first paint).
const loadRecogniser = () => import('../../lib/sites/index').then((module) => module.recognisePage);

export function createPageSession(boundTabId: number | null): PageSession {
  const state = signal<PageState>({ status: 'loading' });
  const originGranted = signal(false);
  const snapshot = computed(() => (state.value.status === 'readable' ? state.value.snapshot : null));
  const recognition = computed(() => (state.value.status === 'readable' ? state.value.recognition : null));
  let currentTabId: number | null = boundTabId;
  let currentFrameId = 0;
  // Tab events arrive in bursts (loading, title, complete): only the latest reading may land.
  let generation = 0;

  async function findTab(): Promise<Tab | null> {
    if (boundTabId !== null) return browser.tabs.get(boundTabId).catch(() => null);
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  }

  interface Reading {
    state: PageState;
    /** the frame whose snapshot the state holds: 0 for the page, another when in an iframe */
    frameId: number;
  }

  async function read(tab: Tab & { id: number }): Promise<Reading> {
    const title = tab.title ?? null;
    const url = tab.url ?? null;
    const top = (state: PageState): Reading => ({ state, frameId: 0 });
    const byUrl = accessFromUrl(tab.url);
    if (byUrl?.kind === 'unreadable') return top({ status: 'unreadable', reason: byUrl.reason, title, url });
    try {
      const results = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT] });
      if (!contentReadySchema.safeParse(results[0]?.result).success) return top({ status: 'failed', reason: 'script-not-started' });
    } catch (error) {
      const access = accessFromInjectionError(errorMessage(error), tab.url);
      if (access.kind === 'unreadable') return top({ status: 'unreadable', reason: access.reason, title, url });
      return top({ status: 'needs-permission', title, url });
    }
    const answer = await collect(tab.id, 0);
    if (!answer.ok) return top({ status: 'failed', reason: answer.reason, detail: answer.detail });
    const { snapshot, contentType } = answer;
    if (contentType === 'application/pdf') {
      return top({ status: 'unreadable', reason: 'pdf-viewer', title: snapshot.title || title, url: snapshot.url });
    }
    const page = { title: snapshot.title, url: snapshot.url };
    const recognisePage = await loadRecogniser();
    const recognition = recognisePage(snapshot);
    if (recognition.kind === 'unknown' && snapshot.frameCount > 0) {
      const inFrame = await readFrames(tab.id);
      if (inFrame) return { state: { status: 'readable', page, snapshot: inFrame.snapshot, recognition: inFrame.recognition, fromFrame: true }, frameId: inFrame.frameId };
    }
    return top({ status: 'readable', page, snapshot, recognition, fromFrame: false });
  }

  // Some intranets and portals show the @CTES form inside an iframe of the same site: when the
  // page itself is not recognised, each frame Paraphe may read is collected and recognised.
  async function readFrames(tabId: number): Promise<{ frameId: number; snapshot: PageSnapshot; recognition: Recognition } | null> {
    let frameIds: number[];
    try {
      const results = await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [CONTENT_SCRIPT] });
      frameIds = results.filter((r) => r.frameId !== 0 && contentReadySchema.safeParse(r.result).success).map((r) => r.frameId);
    } catch {
      return null; // frames of other origins: not ours to read
    }
    const recognisePage = await loadRecogniser();
    for (const frameId of frameIds) {
      const answer = await collect(tabId, frameId);
      if (!answer.ok) continue;
      const recognition = recognisePage(answer.snapshot);
      if (recognition.kind !== 'unknown') return { frameId, snapshot: answer.snapshot, recognition };
    }
    return null;
  }

  async function collect(tabId: number, frameId: number) {
    const raw = await sendToTab(tabId, frameId, { type: 'paraphe/collect' }).catch(() => null);
    const answer = collectResponseSchema.safeParse(raw);
    if (!answer.success) return { ok: false as const, reason: 'bad-answer' as const, detail: '' };
    if (!answer.data.ok) return { ok: false as const, reason: 'collect-error' as const, detail: answer.data.error };
    return answer.data;
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    let next: Reading;
    let granted = false;
    try {
      const tab = await findTab();
      if (tab?.id === undefined) {
        next = { state: boundTabId === null ? { status: 'no-tab' } : { status: 'unreadable', reason: 'closed', title: null, url: null }, frameId: 0 };
      } else {
        currentTabId = tab.id;
        next = await read({ ...tab, id: tab.id });
        const pageUrl = next.state.status === 'readable' ? next.state.page.url : tab.url;
        const pattern = pageUrl ? originPattern(pageUrl) : null;
        granted = pattern !== null && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
      }
    } catch (error) {
      next = { state: { status: 'failed', reason: 'tab-query', detail: errorMessage(error) }, frameId: 0 };
    }
    if (mine !== generation) return;
    currentFrameId = next.frameId;
    batch(() => {
      state.value = next.state;
      originGranted.value = granted;
    });
  }

  async function grantOrigin(): Promise<boolean> {
    const current = state.peek();
    const url = current.status === 'readable' ? current.page.url : 'url' in current ? current.url : null;
    const pattern = url ? originPattern(url) : null;
    if (!pattern) return false;
    // Called synchronously from the click: the browser refuses the prompt outside a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) await refresh();
    return granted;
  }

  async function fill(plan: FillPlan): Promise<FillReport> {
    if (currentTabId === null) throw new Error('Aucun onglet à remplir.');
    const answer = fillResponseSchema.safeParse(await sendToTab(currentTabId, currentFrameId, { type: 'paraphe/fill', plan }));
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

function sendToTab(tabId: number, frameId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
