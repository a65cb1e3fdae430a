/**
 * The commune's council members, kept from one session to the next, and who is present,
 * absent or represented at this session. The attendance counts of the record follow from it
 * (CGCT L2121-17 quorum on the present; L2121-20 one proxy per holder, the holder present).
 */
import type { CouncilRecord, FieldPath, Proxy } from '../record/schema';
import { mayBeSamePerson, nameKey } from '../names/person-name';

export interface RosterMember {
  /** equal for two writings of the same name (case, accents, word order ignored) */
  id: string;
  name: string;
  role?: string;
}

export interface Roster {
  members: RosterMember[];
}

export type MemberStatus =
  | { kind: 'present' }
  | { kind: 'absent' }
  | { kind: 'proxy'; to: string };

/** Status per member id for one session; a member not listed is present (the usual case). */
export type SessionAttendance = Record<string, MemberStatus>;

const CIVILITY = /^(?:m\.?|mr\.?|mme\.?|mlle\.?|mm\.?|mmes\.?|monsieur|madame|mademoiselle)\s+/i;
const ROLE_WORDS = /\b(?:maire|adjointe?|conseill[eè]re?|d[ée]l[ée]gu[ée]e?|premi[eè]re?|secr[ée]taire|pr[ée]sidente?)\b/i;
const HEADER = /^\s*(?:nom|noms|name|élus?|membres?)\s*(?:[;,\t]|$)/i;

/** "Mme Carole CARISTAN" → "Carole CARISTAN": names are kept without civility (record.md). */
export function cleanMemberName(name: string): string {
  return name.replace(/[\s\u00a0\u202f,]+/g, ' ').trim().replace(CIVILITY, '').replace(/^[-–•*\d.)\s]+/, '').trim();
}

export function memberId(name: string): string {
  return nameKey(name);
}

export function createMember(name: string, role?: string): RosterMember | null {
  const clean = cleanMemberName(name);
  const id = memberId(clean);
  if (!id) return null;
  const trimmedRole = role?.trim();
  return trimmedRole ? { id, name: clean, role: trimmedRole } : { id, name: clean };
}

function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (char === separator && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells.map((c) => c.trim());
}

/**
 * A pasted list: one member per line, or CSV with `;`, tab or `,` ("DUPONT Jean;Maire").
 * With `,` the second cell is a role only when it reads like one: "DUPONT, Jean" is a name.
 */
export function parseRosterText(text: string): RosterMember[] {
  const members: RosterMember[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || HEADER.test(line)) continue;
    let name: string;
    let role: string | undefined;
    if (/[;\t]/.test(line)) {
      [name = '', role] = splitCsvLine(line, line.includes(';') ? ';' : '\t');
    } else if (line.includes(',')) {
      const cells = splitCsvLine(line, ',');
      const roleIndex = cells.findIndex((cell, i) => i > 0 && ROLE_WORDS.test(cell));
      name = cells.filter((_, i) => i !== roleIndex).join(' ');
      role = roleIndex > 0 ? cells[roleIndex] : undefined;
    } else name = line;
    const member = createMember(name, role);
    if (member) members.push(member);
  }
  return members;
}

/** Add members not already there (same person by name); existing entries keep their spelling. */
export function addMembers(roster: Roster, members: RosterMember[]): Roster {
  const known = new Set(roster.members.map((m) => m.id));
  const added: RosterMember[] = [];
  for (const member of members) {
    if (known.has(member.id)) continue;
    known.add(member.id);
    added.push(member);
  }
  return added.length ? { members: [...roster.members, ...added] } : roster;
}

export function removeMember(roster: Roster, id: string): Roster {
  return { members: roster.members.filter((m) => m.id !== id) };
}

export function updateMember(roster: Roster, id: string, changes: { name?: string; role?: string }): Roster {
  return {
    members: roster.members.map((m) => {
      if (m.id !== id) return m;
      const next = createMember(changes.name ?? m.name, changes.role ?? m.role);
      // The id stays: the session statuses point at it.
      return next ? { ...next, id } : m;
    }),
  };
}

/** The session statuses after one change; proxies to a member no longer present are undone. */
export function setStatus(session: SessionAttendance, id: string, status: MemberStatus): SessionAttendance {
  const next: SessionAttendance = { ...session, [id]: status };
  if (status.kind !== 'present') {
    for (const [other, s] of Object.entries(next)) {
      if (s.kind === 'proxy' && s.to === id) next[other] = { kind: 'absent' };
    }
  }
  return next;
}

export function statusOf(session: SessionAttendance, id: string): MemberStatus {
  return session[id] ?? { kind: 'present' };
}

/**
 * The member a short writing designates ("Mme FAURE" → "FAURE Hélène"), when exactly one
 * fits; registers often name proxy holders by surname only.
 */
function resolveMember(members: RosterMember[], name: string): RosterMember | null {
  const id = memberId(cleanMemberName(name));
  const exact = members.find((m) => m.id === id);
  if (exact) return exact;
  const candidates = members.filter((m) => mayBeSamePerson(m.name, name));
  return candidates.length === 1 ? (candidates[0] ?? null) : null;
}

/**
 * Members read on a page or in a PDF (present, absent, proxies both ways), added to the
 * roster, with their statuses for this session. Full names go first, so that a proxy holder
 * named by surname alone is matched to them rather than added twice.
 */
export function importFromRecord(roster: Roster, record: CouncilRecord): { roster: Roster; session: SessionAttendance } {
  const a = record.attendance;
  let next = roster;
  const memberFor = (name: string): RosterMember | null => {
    const known = resolveMember(next.members, name);
    if (known) return known;
    const created = createMember(name);
    if (created) next = addMembers(next, [created]);
    return created;
  };
  const session: SessionAttendance = {};
  for (const name of a.presentNames) {
    const member = memberFor(name);
    if (member) session[member.id] = { kind: 'present' };
  }
  const givers = a.proxies.map((proxy) => memberFor(proxy.from));
  for (const name of a.absentNames) {
    const member = memberFor(name);
    if (member) session[member.id] = { kind: 'absent' };
  }
  a.proxies.forEach((proxy, i) => {
    const giver = givers[i];
    const holder = memberFor(proxy.to);
    if (giver && holder) session[giver.id] = { kind: 'proxy', to: holder.id };
  });
  return { roster: next, session };
}

export interface RosterAttendance {
  inOffice: number;
  present: number;
  represented: number;
  absent: number;
  voters: number;
  presentNames: string[];
  proxies: Proxy[];
  absentNames: string[];
}

/** The record's attendance as the roster and the statuses give it (voters = present + proxies). */
export function attendanceFromRoster(roster: Roster, session: SessionAttendance): RosterAttendance {
  const byId = new Map(roster.members.map((m) => [m.id, m]));
  const presentNames: string[] = [];
  const absentNames: string[] = [];
  const proxies: Proxy[] = [];
  for (const member of roster.members) {
    const status = statusOf(session, member.id);
    const holder = status.kind === 'proxy' ? byId.get(status.to) : undefined;
    if (status.kind === 'present') presentNames.push(member.name);
    else if (holder) proxies.push({ from: member.name, to: holder.name });
    else absentNames.push(member.name);
  }
  return {
    inOffice: roster.members.length,
    present: presentNames.length,
    represented: proxies.length,
    absent: absentNames.length,
    voters: presentNames.length + proxies.length,
    presentNames,
    proxies,
    absentNames,
  };
}

/** The same, keyed by record path, for `draft.applyComputed`. */
export function rosterRecordValues(attendance: RosterAttendance): Record<FieldPath, unknown> {
  const values: Record<FieldPath, unknown> = {};
  for (const [key, value] of Object.entries(attendance)) values[`attendance.${key}`] = value;
  return values;
}
