/** The commune's roster and the statuses of the session being drafted, autosaved. */
import { batch, computed, signal } from '@preact/signals-core';
import {
  addMembers, attendanceFromRoster, importFromRecord, removeMember, setStatus, updateMember,
  type MemberStatus, type Roster, type RosterMember, type SessionAttendance,
} from '../draft/roster';
import type { CouncilRecord } from '../record/schema';
import { t } from '../i18n/ui';
import { createAutosave } from './autosave';
import { readRosterDocument, writeRosterDocument } from './roster-codec';
import { storageKeys, type StorageArea } from './storage-area';

export function createRosterStore(area: StorageArea, options: { debounceMs?: number } = {}) {
  const roster = signal<Roster>({ members: [] });
  const session = signal<SessionAttendance>({});
  const problems = signal<string[]>([]);
  let quarantine: unknown;
  /** set when the stored roster could not be read: writing now would overwrite it */
  let blocked = false;

  const autosave = createAutosave(async () => {
    if (blocked) return;
    await area.set(storageKeys.roster, writeRosterDocument({
      roster: roster.value, session: session.value, ...(quarantine === undefined ? {} : { quarantine }),
    }));
  }, options.debounceMs ?? 400);

  const attendance = computed(() => attendanceFromRoster(roster.value, session.value));

  function changed(nextRoster: Roster, nextSession: SessionAttendance): void {
    batch(() => {
      roster.value = nextRoster;
      session.value = nextSession;
    });
    autosave.schedule();
  }

  async function load(): Promise<void> {
    let stored: unknown;
    try {
      stored = await area.get(storageKeys.roster);
    } catch (error) {
      blocked = true;
      problems.value = [t('storage.readFailed', { reason: error instanceof Error ? error.message : String(error) })];
      return;
    }
    const result = readRosterDocument(stored);
    quarantine = result.document.quarantine;
    batch(() => {
      roster.value = result.document.roster;
      session.value = result.document.session;
      problems.value = result.problems;
    });
  }

  return {
    roster,
    session,
    attendance,
    problems,
    load,
    add: (members: RosterMember[]) => changed(addMembers(roster.value, members), session.value),
    remove: (id: string) => {
      const { [id]: _gone, ...rest } = session.value;
      changed(removeMember(roster.value, id), rest);
    },
    rename: (id: string, name: string) => changed(updateMember(roster.value, id, { name }), session.value),
    setRole: (id: string, role: string) => changed(updateMember(roster.value, id, { role }), session.value),
    setStatus: (id: string, status: MemberStatus) => changed(roster.value, setStatus(session.value, id, status)),
    importRecord: (record: CouncilRecord) => {
      const imported = importFromRecord(roster.value, record);
      changed(imported.roster, { ...session.value, ...imported.session });
    },
    flush: () => autosave.flush(),
    cancel: () => autosave.cancel(),
    reset: () => {
      autosave.cancel();
      quarantine = undefined;
      blocked = false;
      batch(() => {
        roster.value = { members: [] };
        session.value = {};
        problems.value = [];
      });
    },
  };
}

export type RosterStore = ReturnType<typeof createRosterStore>;
