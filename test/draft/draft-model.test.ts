import { beforeAll, describe, expect, it } from 'vitest';
import { effect } from '@preact/signals-core';
import { createDraft } from '../../lib/draft/draft-model';
import { emptyRecord } from '../../lib/record/empty-record';
import { recordSchema, type CouncilRecord } from '../../lib/record/schema';
import type { ReadResult } from '../../lib/read/read-result';
import { findingTarget } from '../../lib/draft/draft-fields';
import { loadRules } from '../../lib/draft/rules-loader';

beforeAll(async () => {
  await loadRules(); // a returned function would be taken for a teardown
});

function readResult(edit: (record: CouncilRecord) => void, sources: ReadResult['sources'] = {}): ReadResult {
  const record = emptyRecord();
  edit(record);
  return { kinds: ['deliberation'], record, sources, notes: [] };
}

describe('typing into the draft', () => {
  it('parses what is typed into the record and marks it typed', () => {
    const draft = createDraft();
    draft.setField('attendance.present', '14');
    draft.setField('session.date', '20/06/2024');
    expect(draft.record.value.attendance.present).toBe(14);
    expect(draft.record.value.session.date).toBe('2024-06-20');
    expect(draft.provenance.value['session.date']).toEqual({ origin: 'typed' });
    expect(recordSchema.safeParse(draft.record.value).success).toBe(true);
  });

  it('keeps bad input as typed, with a French message, and a null value', () => {
    const draft = createDraft();
    draft.setField('attendance.present', '1a');
    draft.setField('session.date', '31/02/2024');
    expect(draft.textOf('attendance.present')).toBe('1a');
    expect(draft.textOf('session.date')).toBe('31/02/2024');
    expect(draft.record.value.attendance.present).toBeNull();
    expect(draft.inputIssues.value['attendance.present']?.error).toBe('input.count');
    expect(draft.inputIssues.value['session.date']).toMatchObject({ error: 'input.date.invalid' });
    draft.setField('session.date', '28/02/2024');
    expect(draft.inputIssues.value['session.date']).toBeUndefined();
  });

  it('recomputes the quorum finding on every keystroke', () => {
    const draft = createDraft(undefined, { today: () => '2024-06-21' });
    draft.setField('session.date', '20/06/2024');
    draft.setField('attendance.inOffice', '18');
    draft.setField('attendance.present', '9');
    expect(draft.findings.value.map((f) => f.rule)).toContain('quorum');
    const quorum = draft.findings.value.find((f) => f.rule === 'quorum');
    expect(quorum?.field).toBe('attendance.present');
    expect(quorum?.message).toMatch(/\S/);
    expect(draft.findingsByAnchor.value.get('draft-attendance-present')?.[0]?.rule).toBe('quorum');
    draft.setField('attendance.present', '10');
    expect(draft.findings.value.map((f) => f.rule)).not.toContain('quorum');
  });

  it('speaks the panel language in its findings', async () => {
    const { setUiLanguage } = await import('../../lib/i18n/ui');
    const draft = createDraft(undefined, { today: () => '2024-06-21' });
    draft.setField('attendance.inOffice', '18');
    draft.setField('attendance.present', '9');
    const french = draft.findings.value.find((f) => f.rule === 'quorum')?.message;
    await setUiLanguage('en');
    const english = draft.findings.value.find((f) => f.rule === 'quorum')?.message;
    await setUiLanguage('fr');
    expect(english).toBeDefined();
    expect(english).not.toBe(french);
  });

  it('runs the rules once per keystroke, not once per signal written', () => {
    let runs = 0;
    const draft = createDraft(undefined, { check: () => { runs++; return []; } });
    const stop = effect(() => void draft.findings.value);
    runs = 0;
    draft.setField('convention.total', '164');
    stop();
    expect(runs).toBe(1);
  });

  it('lets the deliberation restate the convention until a document says otherwise', () => {
    const draft = createDraft(undefined, { check: () => [] });
    draft.setField('convention.total', '164');
    expect(draft.record.value.deliberation.total).toBe(164);
    draft.prefill(readResult((r) => { r.deliberation.total = 160; }), 'la page');
    draft.setField('convention.total', '170');
    expect(draft.record.value.deliberation.total).toBe(160);
  });

  it('removes the blank a typed value answers', () => {
    const draft = createDraft(undefined, { check: () => [] });
    draft.prefill(readResult((r) => { r.blanks.push({ field: 'convention.endDate', evidence: 'se termine' }); }), 'le PDF');
    expect(draft.record.value.blanks).toHaveLength(1);
    draft.setField('convention.endDate', '05/09/2025');
    expect(draft.record.value.blanks).toHaveLength(0);
  });
});

describe('pre-filling', () => {
  const page = readResult((r) => {
    r.attendance.inOffice = 18;
    r.attendance.present = 14;
    r.session.date = '2024-06-20';
    r.attendance.presentNames = ['BERGIA Jean-Marc', 'MERCI Bernard'];
  }, {
    'attendance.present': { start: 10, end: 30, text: 'Présents : 14' },
    'attendance.presentNames.0': { start: 40, end: 56, text: 'BERGIA Jean-Marc' },
  });

  it('marks values pre-filled with their source, in one batch', () => {
    const draft = createDraft(undefined, { check: () => [] });
    let notified = 0;
    const stop = effect(() => { void draft.record.value; notified++; });
    notified = 0;
    const count = draft.prefill(page, 'la page');
    stop();
    expect(notified).toBe(1);
    expect(count).toBe(4);
    expect(draft.provenance.value['attendance.present']).toEqual({ origin: 'prefilled', sourceLabel: 'la page', source: 'Présents : 14' });
    expect(draft.provenance.value['attendance.presentNames']?.source).toBe('BERGIA Jean-Marc');
    expect(draft.textOf('session.date')).toBe('20/06/2024');
  });

  it('never overwrites what the secretary typed or confirmed', () => {
    const draft = createDraft(undefined, { check: () => [] });
    draft.setField('attendance.present', '12');
    draft.setField('session.date', '3/3/'); // half typed, invalid: still hers
    draft.prefill(readResult((r) => { r.attendance.inOffice = 19; }), 'la page');
    draft.confirm('attendance.inOffice');
    draft.prefill(page, 'la page');
    expect(draft.record.value.attendance.present).toBe(12);
    expect(draft.textOf('session.date')).toBe('3/3/');
    expect(draft.record.value.attendance.inOffice).toBe(19);
    expect(draft.provenance.value['attendance.inOffice']?.origin).toBe('confirmed');
  });

  it('takes no flags a reader merely left false', () => {
    const draft = createDraft(undefined, { check: () => [] });
    expect(draft.prefill(readResult(() => {}), 'la page')).toBe(0);
    expect(draft.provenance.value['session.urgency']).toBeUndefined();
  });

  it('restores a saved state as it was', () => {
    const draft = createDraft(undefined, { check: () => [] });
    draft.prefill(page, 'le PDF');
    draft.setField('vote.for', 'dix-huit');
    const again = createDraft(draft.snapshot(), { check: () => [] });
    expect(again.textOf('vote.for')).toBe('dix-huit');
    expect(again.provenance.value['attendance.present']?.origin).toBe('prefilled');
  });
});

describe('finding targets', () => {
  it('shows each finding next to a field or a list widget', () => {
    expect(findingTarget('attendance.present')).toMatchObject({ anchorId: 'draft-attendance-present', tab: 'presence' });
    expect(findingTarget('deliberation.total')).toMatchObject({ anchorId: 'draft-convention-total', tab: 'convention' });
    expect(findingTarget('attendance.proxies.2')).toMatchObject({ anchorId: 'roster', tab: 'presence' });
    expect(findingTarget('convention.schools.1.uai')).toMatchObject({ anchorId: 'schools', tab: 'convention' });
    expect(findingTarget('commune.siren')).toMatchObject({ anchorId: 'tab-seance', tab: 'seance' });
  });
});
