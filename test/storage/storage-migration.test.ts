import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CURRENT_DRAFTS_VERSION, CURRENT_ROSTER_VERSION } from '../../lib/storage/draft-schemas';
import { readDraftsDocument, writeDraftsDocument } from '../../lib/storage/drafts-codec';
import { readRosterDocument, writeRosterDocument } from '../../lib/storage/roster-codec';
import { recordSchema } from '../../lib/record/schema';
import { attendanceFromRoster } from '../../lib/draft/roster';

const fixtures = fileURLToPath(new URL('../fixtures/storage/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(`${fixtures}${name}`, 'utf8'));

describe('every storage version has a frozen example', () => {
  const versions = Array.from({ length: CURRENT_DRAFTS_VERSION }, (_, i) => i + 1);
  it.each(versions)('drafts v%i is in test/fixtures/storage/ and loads into the current version', (version) => {
    const file = `drafts-v${version}.json`;
    expect(existsSync(`${fixtures}${file}`), `freeze an example of drafts v${version} as ${file}`).toBe(true);
    const load = readDraftsDocument(fixture(file));
    expect(load.document.quarantine).toEqual([]);
    expect(load.document.drafts.length).toBeGreaterThan(0);
    for (const draft of load.document.drafts) expect(recordSchema.safeParse(draft.state.record).success).toBe(true);
    expect(load.migratedFrom).toBe(version === CURRENT_DRAFTS_VERSION ? null : version);
    // Saved again, it reads back identical: the migration is complete in one step.
    const again = readDraftsDocument(JSON.parse(JSON.stringify(writeDraftsDocument(load.document))));
    expect(again.document).toEqual(load.document);
    expect(again.problems).toEqual([]);
  });
  const rosterVersions = Array.from({ length: CURRENT_ROSTER_VERSION }, (_, i) => i + 1);
  it.each(rosterVersions)('roster v%i is in test/fixtures/storage/ and loads', (version) => {
    const file = `roster-v${version}.json`;
    expect(existsSync(`${fixtures}${file}`), `freeze an example of roster v${version} as ${file}`).toBe(true);
    const load = readRosterDocument(fixture(file));
    expect(load.problems).toEqual([]);
    expect(attendanceFromRoster(load.document.roster, load.document.session)).toMatchObject({ inOffice: 3, present: 1, represented: 1, absent: 1 });
  });
});

describe('migrations', () => {
  it('turns the v1 single draft into the first draft of the list, saying so in French', () => {
    const load = readDraftsDocument(fixture('drafts-v1.json'));
    expect(load.problems[0]).toMatch(/mis à jour depuis la version 1/);
    const [draft] = load.document.drafts;
    expect(draft?.title).toBe('Convention ENT-École 2024-2025');
    expect(draft?.updatedAt).toBe('2024-11-21T12:00:00.000Z');
    // keys added to the record since v1 are filled with their empty values
    expect(draft?.state.record.deliberation.actesNumber).toBeNull();
    expect(draft?.state.record.session.urgency).toBe(false);
    expect(draft?.state.record.attendance.present).toBe(11);
  });
  it('keeps the v2 provenance and the raw typed text', () => {
    const [draft] = readDraftsDocument(fixture('drafts-v2.json')).document.drafts;
    expect(draft?.state.raw['session.secretary']).toBe('??');
    expect(draft?.state.provenance['session.date']).toMatchObject({ origin: 'prefilled', sourceLabel: 'le PDF' });
  });
});

describe('damaged data is reported, never dropped', () => {
  it('sets aside one unreadable draft and keeps the others', () => {
    const stored = fixture('drafts-v2.json') as { drafts: unknown[] };
    const broken = { id: 'x', title: 'cassé', createdAt: '', updatedAt: '', record: { attendance: { present: 'douze' } }, provenance: {}, raw: {} };
    stored.drafts.push(broken, 42);
    const load = readDraftsDocument(stored);
    expect(load.document.drafts).toHaveLength(1);
    expect(load.document.quarantine).toEqual([broken, 42]);
    expect(load.problems).toHaveLength(2);
    expect(load.problems[0]).toMatch(/illisible \(champ attendance\.present invalide\).*mis de côté/);
    expect(writeDraftsDocument(load.document).quarantine).toEqual([broken, 42]);
  });
  it('keeps data from a newer version untouched', () => {
    const future = { version: 9, drafts: [{ anything: true }] };
    const load = readDraftsDocument(future);
    expect(load.problems).toEqual([expect.stringMatching(/version inconnue \(9\)/)]);
    expect(writeDraftsDocument(load.document).quarantine).toEqual([future]);
  });
  it('keeps an unreadable roster aside', () => {
    const load = readRosterDocument({ version: 1, members: [{ name: 'sans id' }], session: {} });
    expect(load.problems[0]).toMatch(/liste des élus enregistrée est illisible/);
    expect(writeRosterDocument(load.document).quarantine).toEqual({ version: 1, members: [{ name: 'sans id' }], session: {} });
    expect(readRosterDocument(writeRosterDocument(load.document)).document.quarantine).toBeDefined();
  });
  it('reads nothing stored as an empty list without a problem', () => {
    expect(readDraftsDocument(undefined)).toEqual({ document: { drafts: [], quarantine: [] }, problems: [], migratedFrom: null });
  });
});
