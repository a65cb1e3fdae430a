import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMembers, attendanceFromRoster, importFromRecord, parseRosterText, removeMember, rosterRecordValues,
  setStatus, updateMember, type Roster,
} from '../../lib/draft/roster';
import { createDraft } from '../../lib/draft/draft-model';
import { emptyRecord } from '../../lib/record/empty-record';

const pasted = `Nom;Fonction
Mme Carole CARISTAN;Maire
M. Bernard MERCI;Adjoint
"GARY, Isabelle";
LAHANA Agnès
`;

describe('reading a pasted roster', () => {
  it('reads lines, CSV with ; and quoted cells, and drops civilities and the header', () => {
    const members = parseRosterText(pasted);
    expect(members.map((m) => [m.name, m.role])).toEqual([
      ['Carole CARISTAN', 'Maire'], ['Bernard MERCI', 'Adjoint'], ['GARY Isabelle', undefined], ['LAHANA Agnès', undefined],
    ]);
  });
  it('takes a comma as a role separator only before a role', () => {
    expect(parseRosterText('DUPONT, Jean\nMARTIN Paul, 2e adjoint').map((m) => [m.name, m.role])).toEqual([
      ['DUPONT Jean', undefined], ['MARTIN Paul', '2e adjoint'],
    ]);
  });
  it('keeps one entry per person whatever the spelling', () => {
    const roster = addMembers({ members: [] }, parseRosterText('CARISTAN Carole\ncaristan carole\nCarole Caristan'));
    expect(roster.members).toHaveLength(1);
  });
  it('stays fast on hostile pasted text', () => {
    const start = performance.now();
    parseRosterText(`${'"'.repeat(20_000)};${' ,'.repeat(20_000)}\n${'M. '.repeat(20_000)}x\n${'conseiller '.repeat(10_000)},`);
    expect(performance.now() - start).toBeLessThan(500);
  });
  it('never throws on any pasted text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      for (const m of parseRosterText(text)) expect(m.id.length).toBeGreaterThan(0);
    }));
  });
});

describe('counting a session from the roster', () => {
  const roster: Roster = addMembers({ members: [] }, parseRosterText('A Anne\nB Bruno\nC Chloé\nD David\nE Emma'));
  const [a, b, c, d] = roster.members.map((m) => m.id);

  it('counts everybody present by default', () => {
    expect(attendanceFromRoster(roster, {})).toMatchObject({ inOffice: 5, present: 5, represented: 0, absent: 0, voters: 5 });
  });
  it('counts proxies as represented and voters as present + proxies', () => {
    let session = setStatus({}, a!, { kind: 'proxy', to: b! });
    session = setStatus(session, c!, { kind: 'absent' });
    const counts = attendanceFromRoster(roster, session);
    expect(counts).toMatchObject({ inOffice: 5, present: 3, represented: 1, absent: 1, voters: 4 });
    expect(counts.proxies).toEqual([{ from: 'A Anne', to: 'B Bruno' }]);
  });
  it('undoes a proxy whose holder is no longer present', () => {
    let session = setStatus({}, a!, { kind: 'proxy', to: d! });
    session = setStatus(session, d!, { kind: 'absent' });
    expect(session[a!]).toEqual({ kind: 'absent' });
    expect(attendanceFromRoster(roster, session).absentNames).toEqual(['A Anne', 'D David']);
  });
  it('keeps statuses across a rename and forgets a removed member', () => {
    const renamed = updateMember(roster, a!, { name: 'A Anne-Marie' });
    expect(renamed.members[0]).toMatchObject({ id: a, name: 'A Anne-Marie' });
    expect(attendanceFromRoster(removeMember(roster, e()), {}).inOffice).toBe(4);
    function e() { return roster.members[4]!.id; }
  });
  it('feeds the draft counts unless the secretary typed them', () => {
    const draft = createDraft(undefined, { check: () => [] });
    draft.setField('attendance.present', '2');
    draft.applyComputed(rosterRecordValues(attendanceFromRoster(roster, setStatus({}, c!, { kind: 'absent' }))));
    expect(draft.record.value.attendance.present).toBe(2);
    expect(draft.record.value.attendance.inOffice).toBe(5);
    expect(draft.record.value.attendance.voters).toBe(4);
    expect(draft.provenance.value['attendance.voters']?.origin).toBe('roster');
  });
});

describe('importing from a document', () => {
  it('matches a proxy holder named by surname alone to the member listed in full', () => {
    const record = emptyRecord();
    record.attendance.presentNames = ['DUVERGER Claire', 'FAURE Hélène', 'BLANC Paul'];
    record.attendance.proxies = [{ from: 'ARNAUD Léo', to: 'Mme FAURE' }, { from: 'BRUN Inès', to: 'M. BLANC' }];
    record.attendance.absentNames = ['COLIN Marc'];
    const { roster, session } = importFromRecord({ members: [] }, record);
    expect(roster.members).toHaveLength(6);
    expect(attendanceFromRoster(roster, session)).toMatchObject({
      inOffice: 6, present: 3, represented: 2, absent: 1,
      proxies: [{ from: 'ARNAUD Léo', to: 'FAURE Hélène' }, { from: 'BRUN Inès', to: 'BLANC Paul' }],
    });
  });
  it('adds a surname alone when it could be two members', () => {
    const record = emptyRecord();
    record.attendance.presentNames = ['MARTIN Anne', 'MARTIN Paul'];
    record.attendance.proxies = [{ from: 'ROUX Léa', to: 'M. MARTIN' }];
    expect(importFromRecord({ members: [] }, record).roster.members.map((m) => m.name)).toEqual(['MARTIN Anne', 'MARTIN Paul', 'ROUX Léa', 'MARTIN']);
  });

  it('adds the names read and sets their statuses', () => {
    const record = emptyRecord();
    record.attendance.presentNames = ['BERGIA Jean-Marc', 'MALAVAL Claude'];
    record.attendance.proxies = [{ from: 'GARY Isabelle', to: 'MALAVAL Claude' }];
    record.attendance.absentNames = ['M. DURAND Paul'];
    const { roster, session } = importFromRecord({ members: [{ id: 'claude malaval', name: 'Claude MALAVAL' }] }, record);
    expect(roster.members.map((m) => m.name)).toEqual(['Claude MALAVAL', 'BERGIA Jean-Marc', 'GARY Isabelle', 'DURAND Paul']);
    expect(attendanceFromRoster(roster, session)).toMatchObject({
      inOffice: 4, present: 2, represented: 1, absent: 1, proxies: [{ from: 'GARY Isabelle', to: 'Claude MALAVAL' }],
    });
  });
});
