/** The roster in storage: parsed on arrival, unreadable data kept aside and reported in French. */
import type { Roster, SessionAttendance } from '../draft/roster';
import { t } from '../i18n/ui';
import { CURRENT_ROSTER_VERSION, rosterV1Schema, type RosterV1 } from './draft-schemas';

export interface RosterDocument {
  roster: Roster;
  session: SessionAttendance;
  /** what could not be read, saved back untouched */
  quarantine?: unknown;
}

export interface RosterLoad {
  document: RosterDocument;
  problems: string[];
}

export function readRosterDocument(stored: unknown): RosterLoad {
  if (stored === undefined || stored === null) return { document: { roster: { members: [] }, session: {} }, problems: [] };
  const parsed = rosterV1Schema.safeParse(stored);
  if (parsed.success) {
    const members = parsed.data.members.map((m) => (m.role === undefined ? { id: m.id, name: m.name } : { id: m.id, name: m.name, role: m.role }));
    const kept = (stored as { quarantine?: unknown }).quarantine;
    return { document: { roster: { members }, session: parsed.data.session, ...(kept === undefined ? {} : { quarantine: kept }) }, problems: [] };
  }
  const quarantine = (stored as { quarantine?: unknown }).quarantine ?? stored;
  const detail = parsed.error.issues[0]?.path.join('.') || 'format non reconnu';
  return { document: { roster: { members: [] }, session: {}, quarantine }, problems: [t('storage.corruptRoster', { detail })] };
}

export function writeRosterDocument(document: RosterDocument): RosterV1 & { quarantine?: unknown } {
  return {
    version: CURRENT_ROSTER_VERSION,
    members: document.roster.members,
    session: document.session,
    ...(document.quarantine === undefined ? {} : { quarantine: document.quarantine }),
  };
}
