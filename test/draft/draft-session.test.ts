import { describe, expect, it } from 'vitest';
import { createDraftSession } from '../../lib/draft/draft-session';
import { createDraftStore } from '../../lib/storage/draft-store';
import { createRosterStore } from '../../lib/storage/roster-store';
import { createMemoryStorage, type StorageArea } from '../../lib/storage/storage-area';
import { parseRosterText } from '../../lib/draft/roster';

function sessionOn(area: StorageArea) {
  let clock = Date.parse('2025-06-01T10:00:00Z');
  return createDraftSession(
    createDraftStore(area, { debounceMs: 10, now: () => new Date((clock += 1000)) }),
    createRosterStore(area, { debounceMs: 10 }),
    { check: () => [] },
  );
}

describe('draft session', () => {
  it('reopens the last draft after the panel is closed', async () => {
    const area = createMemoryStorage();
    const first = sessionOn(area);
    await first.start();
    first.current.value?.draft.setField('deliberation.subject', 'Convention ENT');
    first.current.value?.draft.setField('attendance.present', '1O');
    await first.flush();

    const second = sessionOn(area);
    await second.start();
    expect(second.current.value?.draft.record.value.deliberation.subject).toBe('Convention ENT');
    expect(second.current.value?.draft.textOf('attendance.present')).toBe('1O');
  });

  it('opening a draft does not re-date it', async () => {
    const area = createMemoryStorage();
    const session = sessionOn(area);
    await session.start();
    const before = session.drafts.summaries.value[0]?.updatedAt;
    session.createNew();
    const firstId = session.drafts.summaries.value.find((s) => s.id !== session.current.value?.id)?.id;
    await session.open(firstId!);
    expect(session.drafts.get(firstId!)?.updatedAt).toBe(before);
  });

  it('removes the open draft and falls back to another', async () => {
    const session = sessionOn(createMemoryStorage());
    await session.start();
    const first = session.current.value!.id;
    session.createNew();
    session.remove(session.current.value!.id);
    expect(session.current.value?.id).toBe(first);
    session.remove(first);
    expect(session.current.value).not.toBeNull();
    expect(session.drafts.summaries.value).toHaveLength(1);
  });

  it('feeds roster edits into the open draft', async () => {
    const session = sessionOn(createMemoryStorage());
    await session.start();
    session.editRoster((roster) => roster.add(parseRosterText('A Anne\nB Bruno\nC Chloé')));
    const [a, b] = session.roster.roster.value.members;
    session.editRoster((roster) => roster.setStatus(a!.id, { kind: 'proxy', to: b!.id }));
    expect(session.current.value?.draft.record.value.attendance).toMatchObject({
      inOffice: 3, present: 2, represented: 1, voters: 3, proxies: [{ from: 'A Anne', to: 'B Bruno' }],
    });
  });

  it('starts a new draft with the kept roster', async () => {
    const area = createMemoryStorage();
    const first = sessionOn(area);
    await first.start();
    first.editRoster((roster) => roster.add(parseRosterText('A Anne\nB Bruno\nC Chloé')));
    await first.flush();
    const next = sessionOn(area);
    await next.start();
    next.createNew();
    expect(next.current.value?.draft.record.value.attendance).toMatchObject({ inOffice: 3, present: 3 });
    expect(next.current.value?.draft.provenance.value['attendance.inOffice']?.origin).toBe('roster');
  });

  it('wipes everything and starts afresh', async () => {
    const area = createMemoryStorage();
    const session = sessionOn(area);
    await session.start();
    session.current.value?.draft.setField('deliberation.subject', 'à effacer');
    session.editRoster((roster) => roster.add(parseRosterText('A Anne')));
    await session.flush();
    await session.wipe();
    await session.flush();
    expect(session.roster.roster.value.members).toEqual([]);
    expect(session.current.value?.draft.record.value.deliberation.subject).toBeNull();
    expect(JSON.stringify(area.dump())).not.toContain('à effacer');
    expect(JSON.stringify(area.dump())).not.toContain('Anne');
  });
});
