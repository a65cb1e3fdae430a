/**
 * The panel's working state: which draft is open, its autosave, and the roster feeding its
 * attendance. Pure (signals + injected stores): the panel renders it, tests drive it in node.
 */
import { batch, effect, signal, untracked } from '@preact/signals-core';
import type { ReadResult } from '../read/read-result';
import type { DraftStore } from '../storage/draft-store';
import type { RosterStore } from '../storage/roster-store';
import { createDraft, type Draft, type DraftOptions } from './draft-model';
import { rosterRecordValues } from './roster';

export interface OpenDraft {
  id: string;
  draft: Draft;
}

export function createDraftSession(drafts: DraftStore, roster: RosterStore, draftOptions: DraftOptions = {}) {
  const current = signal<OpenDraft | null>(null);
  let stopAutosave: (() => void) | null = null;

  function watch(open: OpenDraft): void {
    stopAutosave?.();
    let seen = open.draft.revision.peek();
    stopAutosave = effect(() => {
      const revision = open.draft.revision.value;
      // Opening a draft is not editing it: only later revisions are saved (and re-dated).
      if (revision === seen) return;
      seen = revision;
      untracked(() => drafts.update(open.id, open.draft.snapshot()));
    });
  }

  function show(id: string): void {
    const stored = drafts.get(id);
    if (!stored) return;
    const open = { id, draft: createDraft(stored.state, draftOptions) };
    watch(open);
    current.value = open;
  }

  /** A new act of the same council: the kept roster gives its attendance from the start. */
  function createNew(): void {
    show(drafts.create().id);
    if (roster.roster.value.members.length > 0) applyRoster();
  }

  async function start(): Promise<void> {
    await Promise.all([drafts.load(), roster.load()]);
    const latest = drafts.summaries.value[0];
    if (latest) show(latest.id);
    else createNew();
  }

  async function open(id: string): Promise<void> {
    if (current.value?.id === id) return;
    await drafts.flush();
    show(id);
  }

  function remove(id: string): void {
    drafts.remove(id);
    if (current.value?.id !== id) return;
    const next = drafts.summaries.value[0];
    if (next) show(next.id);
    else createNew();
  }

  async function wipe(): Promise<void> {
    stopAutosave?.();
    stopAutosave = null;
    batch(() => {
      roster.reset();
      current.value = null;
    });
    await drafts.wipe();
    createNew();
  }

  /** Counts and names from the roster into the open draft (never over typed values). */
  function applyRoster(): void {
    current.value?.draft.applyComputed(rosterRecordValues(roster.attendance.value));
  }

  /** Run a roster edit, then carry its consequences into the draft. */
  function editRoster(edit: (store: RosterStore) => void): void {
    edit(roster);
    applyRoster();
  }

  function prefill(result: ReadResult, sourceLabel: string): number {
    return current.value?.draft.prefill(result, sourceLabel) ?? 0;
  }

  return {
    current,
    drafts,
    roster,
    start,
    open,
    createNew,
    remove,
    wipe,
    applyRoster,
    editRoster,
    prefill,
    flush: () => Promise.all([drafts.flush(), roster.flush()]).then(() => undefined),
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;
