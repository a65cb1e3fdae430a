import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftStore } from '../../lib/storage/draft-store';
import { createRosterStore } from '../../lib/storage/roster-store';
import { createMemoryStorage, storageKeys } from '../../lib/storage/storage-area';
import { createDraft } from '../../lib/draft/draft-model';
import { parseRosterText } from '../../lib/draft/roster';
import { readFileSync } from 'node:fs';

afterEach(() => vi.useRealTimers());

describe('draft store', () => {
  it('autosaves a burst of keystrokes once, within 500 ms of the last', async () => {
    vi.useFakeTimers();
    const area = createMemoryStorage();
    const set = vi.spyOn(area, 'set');
    const store = createDraftStore(area);
    await store.load();
    const stored = store.create();
    const draft = createDraft(stored.state, { check: () => [] });
    for (const text of ['1', '14']) {
      draft.setField('attendance.present', text);
      store.update(stored.id, draft.snapshot());
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(set).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(400);
    expect(set).toHaveBeenCalledTimes(1);
    expect(store.saveStatus.value).toBe('saved');
    const reopened = createDraftStore(area);
    await reopened.load();
    expect(reopened.get(stored.id)?.state.record.attendance.present).toBe(14);
  });

  it('lists several drafts, newest first, and deletes one', async () => {
    let clock = Date.parse('2025-06-01T10:00:00Z');
    const store = createDraftStore(createMemoryStorage(), { now: () => new Date((clock += 1000)) });
    const a = store.create();
    const b = store.create();
    const draft = createDraft(a.state, { check: () => [] });
    draft.setField('deliberation.subject', 'Tarifs de la cantine');
    store.update(a.id, draft.snapshot());
    expect(store.summaries.value.map((s) => s.title)).toEqual(['Tarifs de la cantine', '']);
    store.remove(a.id);
    expect(store.summaries.value.map((s) => s.id)).toEqual([b.id]);
    await store.flush();
  });

  it('writes a migrated document back in the current version', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/storage/drafts-v1.json', import.meta.url), 'utf8'));
    const area = createMemoryStorage({ [storageKeys.drafts]: v1 });
    const store = createDraftStore(area);
    await store.load();
    await store.flush();
    expect((area.dump()[storageKeys.drafts] as { version: number }).version).toBe(2);
  });

  it('wipes drafts and roster, and writes nothing pending afterwards', async () => {
    vi.useFakeTimers();
    const area = createMemoryStorage();
    const drafts = createDraftStore(area);
    const roster = createRosterStore(area);
    roster.add(parseRosterText('DUPONT Jean'));
    await roster.flush();
    drafts.create();
    await drafts.wipe();
    roster.reset();
    await vi.advanceTimersByTimeAsync(1000);
    expect(area.dump()).toEqual({});
    expect(drafts.summaries.value).toEqual([]);
  });

  it('never overwrites drafts it could not read', async () => {
    const area = createMemoryStorage({ [storageKeys.drafts]: { version: 2, drafts: [] } });
    area.get = () => Promise.reject(new Error('stockage indisponible'));
    const set = vi.spyOn(area, 'set');
    const store = createDraftStore(area);
    await store.load();
    expect(store.problems.value[0]).toMatch(/Impossible de lire vos données enregistrées \(stockage indisponible\)/);
    store.create();
    await store.flush();
    expect(set).not.toHaveBeenCalled();
    expect(store.saveStatus.value).toBe('failed');
  });

  it('reports a failed save instead of pretending', async () => {
    const area = createMemoryStorage();
    area.set = () => Promise.reject(new Error('quota dépassé'));
    const store = createDraftStore(area);
    store.create();
    await store.flush();
    expect(store.saveStatus.value).toBe('failed');
    expect(store.saveError.value).toBe('quota dépassé');
  });
});
