/**
 * The drafts kept in this browser, as signals: list, open, update (autosaved), delete, wipe.
 * Storage is injected (StorageArea), so the whole store runs in node tests.
 */
import { batch, computed, signal } from '@preact/signals-core';
import type { DraftState } from '../draft/draft-model';
import { emptyRecord } from '../record/empty-record';
import { t } from '../i18n/ui';
import { createAutosave } from './autosave';
import { readDraftsDocument, writeDraftsDocument, type DraftsDocument, type StoredDraft } from './drafts-codec';
import { storageKeys, type StorageArea } from './storage-area';

export interface DraftSummary {
  id: string;
  title: string;
  updatedAt: string;
}

export type SaveStatus = 'idle' | 'pending' | 'saved' | 'failed';

export interface DraftStoreOptions {
  debounceMs?: number;
  now?: () => Date;
  newId?: () => string;
}

function titleOf(state: DraftState): string {
  const d = state.record.deliberation;
  return d.subject?.trim() || d.number?.trim() || '';
}

export function createDraftStore(area: StorageArea, options: DraftStoreOptions = {}) {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
  const document = signal<DraftsDocument>({ drafts: [], quarantine: [] });
  const problems = signal<string[]>([]);
  const saveStatus = signal<SaveStatus>('idle');
  const saveError = signal<string>('');
  const loaded = signal(false);
  /** set when stored drafts could not be read: writing now would overwrite them */
  let blocked = false;

  const autosave = createAutosave(async () => {
    if (blocked) throw new Error(t('storage.readFailedNoSave'));
    await area.set(storageKeys.drafts, writeDraftsDocument(document.value));
    saveStatus.value = 'saved';
  }, options.debounceMs ?? 400, (error) => {
    saveStatus.value = 'failed';
    saveError.value = error instanceof Error ? error.message : String(error);
  });

  const summaries = computed<DraftSummary[]>(() =>
    document.value.drafts
      .map((d) => ({ id: d.id, title: d.title, updatedAt: d.updatedAt }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)));

  function changed(next: DraftsDocument): void {
    batch(() => {
      document.value = next;
      saveStatus.value = 'pending';
    });
    autosave.schedule();
  }

  async function load(): Promise<void> {
    let stored: unknown;
    try {
      stored = await area.get(storageKeys.drafts);
    } catch (error) {
      blocked = true;
      batch(() => {
        problems.value = [t('storage.readFailed', { reason: error instanceof Error ? error.message : String(error) })];
        loaded.value = true;
      });
      return;
    }
    const result = readDraftsDocument(stored);
    batch(() => {
      document.value = result.document;
      problems.value = result.problems;
      loaded.value = true;
    });
    // A migrated document is written back in the current version at once.
    if (result.migratedFrom !== null) changed(result.document);
  }

  function get(id: string): StoredDraft | undefined {
    return document.value.drafts.find((d) => d.id === id);
  }

  function create(state?: DraftState): StoredDraft {
    const at = now().toISOString();
    const draftState = state ?? { record: emptyRecord(), provenance: {}, raw: {} };
    const draft: StoredDraft = { id: newId(), title: titleOf(draftState), createdAt: at, updatedAt: at, state: draftState };
    changed({ ...document.value, drafts: [...document.value.drafts, draft] });
    return draft;
  }

  function update(id: string, state: DraftState): void {
    const at = now().toISOString();
    const drafts = document.value.drafts.map((d) => (d.id === id ? { ...d, state, title: titleOf(state), updatedAt: at } : d));
    changed({ ...document.value, drafts });
  }

  function remove(id: string): void {
    changed({ ...document.value, drafts: document.value.drafts.filter((d) => d.id !== id) });
  }

  /** "Effacer mes données": nothing pending is written after this, nothing kept in memory. */
  async function wipe(): Promise<void> {
    autosave.cancel();
    await area.remove(Object.values(storageKeys));
    blocked = false;
    batch(() => {
      document.value = { drafts: [], quarantine: [] };
      problems.value = [];
      saveStatus.value = 'idle';
    });
  }

  return {
    document,
    summaries,
    problems,
    saveStatus,
    saveError,
    loaded,
    load,
    get,
    create,
    update,
    remove,
    wipe,
    flush: () => autosave.flush(),
  };
}

export type DraftStore = ReturnType<typeof createDraftStore>;
