// @vitest-environment happy-dom
/**
 * The "Remplir le formulaire @CTES" block on a saved S²LOW page: it refuses an incomplete draft
 * or one with errors (unless confirmed), sends the plan lib/sites makes, reports what the page
 * did and the files to attach; and the drafting panel pre-fills an untouched draft once from a
 * recognised document page, never over typed values.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { ActesFill } from '../../components/actes-fill/actes-fill';
import { DraftPanel } from '../../components/draft-panel/draft-panel';
import { collectSnapshot } from '../../entrypoints/content/collect';
import { createDraft } from '../../lib/draft/draft-model';
import { emptyRecord } from '../../lib/record/empty-record';
import { recognisePage, type Recognition } from '../../lib/sites/index';
import type { FillPlan, FillReport, PageSnapshot } from '../../lib/sites/snapshot';
import type { RenderedFinding } from '../../lib/rules/rule';
import type { ReadResult } from '../../lib/read/read-result';
import { createMemoryStorage } from '../../lib/storage/storage-area';
import { cleanActesNumber } from '../../lib/write/actes-fields';
import { loadFixture } from '../sites/load-fixture';
import { byButton, byLabel, click, mount, settle, type, unmount } from './render-panel';

function pageOf(name: string): { snapshot: PageSnapshot; recognition: Recognition } {
  const { document, window } = loadFixture(name);
  const snapshot = collectSnapshot(document);
  void window.happyDOM.close();
  return { snapshot, recognition: recognisePage(snapshot) };
}

const s2low = pageOf('s2low-transaction.html');

const quorumError: RenderedFinding = {
  rule: 'quorum', severity: 'error', field: 'attendance.present', messageId: 'below', data: {},
  message: 'Le quorum n’est pas atteint : 4 présents pour 15 en exercice.', basis: 'CGCT L2121-17',
};

function draftWith(errors: RenderedFinding[]) {
  const draft = createDraft(undefined, { check: () => errors, today: () => '2025-07-01' });
  draft.setField('deliberation.number', '2025-031');
  draft.setField('session.date', '12/06/2025');
  draft.setField('deliberation.subject', 'Convention de partenariat ENT-École 2025-2026');
  draft.setField('deliberation.classification', '8.1');
  return draft;
}

let containers: HTMLElement[] = [];
afterEach(async () => {
  for (const c of containers) await unmount(c);
  containers = [];
});

async function show(node: Parameters<typeof mount>[0]): Promise<HTMLElement> {
  const c = await mount(node);
  containers.push(c);
  return c;
}

const fillButton = (c: HTMLElement) => byButton(c, 'Remplir le formulaire @CTES');

describe('filling the @CTES form from the draft', () => {
  it('is recognised on the S²LOW fixture (precondition of the block)', () => {
    expect(s2low.recognition.kind).toBe('actes-form');
  });

  it('lists the values, refuses while the draft has errors, fills once confirmed', async () => {
    const fill = vi.fn(async (plan: FillPlan): Promise<FillReport> => ({
      filled: plan.actions.filter((a) => a.kind !== 'select' || a.value !== '99_DE').map((a) => ({ fieldId: a.fieldId, value: a.value })),
      skipped: plan.actions.filter((a) => a.value === '99_DE').map((a) => ({ fieldId: a.fieldId, reason: 'no-option' })),
    }));
    const c = await show(<ActesFill draft={draftWith([quorumError])} snapshot={signal(s2low.snapshot)} recognition={signal(s2low.recognition)} fill={fill} />);
    const listed = c.querySelector('.actes-fill-values')!.textContent!;
    expect(listed).toContain('Délibérations');
    const cleaned = cleanActesNumber('2025-031');
    expect(cleaned).toMatch(/^[A-Z0-9_]{1,15}$/);
    expect(listed).toContain(`Numéro${cleaned}`);
    expect(listed).toContain('12/06/2025');
    expect(listed).toContain('Convention de partenariat ENT-École 2025-2026');
    expect(listed).toContain('8.1');

    expect(c.textContent).toContain('Le brouillon contient encore 1 erreur(s)');
    expect(c.textContent).toContain('Le quorum n’est pas atteint');
    expect(fillButton(c).disabled).toBe(true);
    await click(fillButton(c));
    expect(fill).not.toHaveBeenCalled();

    await click(byLabel(c, 'Je confirme vouloir remplir malgré les erreurs'));
    expect(fillButton(c).disabled).toBe(false);
    await click(fillButton(c));
    await settle();
    expect(fill).toHaveBeenCalledTimes(1);
    const plan = fill.mock.calls[0]![0];
    expect(plan.url).toBe(s2low.snapshot.url);
    const values = plan.actions.map((a) => a.value);
    expect(values).toContain(cleaned);
    expect(values).toContain('2025-06-12');
    expect(values).toContain('Convention de partenariat ENT-École 2025-2026');
    expect(plan.actions.every((a) => !/file/i.test(s2low.snapshot.fields.find((f) => f.id === a.fieldId)?.type ?? ''))).toBe(true);

    const report = c.querySelector('[role="status"].actes-fill-report')!.textContent!;
    expect(report).toMatch(/\d+ champ\(s\) rempli\(s\) sur le portail/);
    expect(report).toContain('aucun choix correspondant dans la liste');
    expect(c.querySelector('.actes-fill-attach')!.textContent).toMatch(/^Joignez vous-même : Document principal : la délibération signée \(PDF\) ; Annexe : la convention ENT-École \(PDF\)/);
    expect(c.querySelector('.actes-fill-inputs')?.textContent ?? '').toMatch(/Champs de fichier du portail : .+/);
  });

  it('fills at once a draft without errors and says when the page refuses', async () => {
    const fill = vi.fn(async (): Promise<FillReport> => { throw new Error('La page ne répond plus.'); });
    const c = await show(<ActesFill draft={draftWith([])} snapshot={signal(s2low.snapshot)} recognition={signal(s2low.recognition)} fill={fill} />);
    expect(c.querySelector('.actes-fill-errors')).toBeNull();
    await click(fillButton(c));
    await settle();
    expect(fill).toHaveBeenCalledTimes(1);
    expect(c.textContent).toContain('Remplissage impossible : La page ne répond plus.');
  });

  it('never fills a draft without number, date or objet, and says what to complete', async () => {
    const fill = vi.fn();
    const draft = createDraft(undefined, { check: () => [], today: () => '2025-07-01' });
    draft.setField('deliberation.subject', 'Tarifs de la cantine');
    const c = await show(<ActesFill draft={draft} snapshot={signal(s2low.snapshot)} recognition={signal(s2low.recognition)} fill={fill} />);
    expect(c.textContent).toContain('Complétez d’abord dans le brouillon : Numéro, Date de la décision.');
    expect(fillButton(c).disabled).toBe(true);
    await click(fillButton(c));
    expect(fill).not.toHaveBeenCalled();
  });

  it('shows nothing on a page that is not an @CTES form', async () => {
    const deliberation = pageOf('deliberation-commune.html');
    const c = await show(<ActesFill draft={draftWith([])} snapshot={signal(deliberation.snapshot)} recognition={signal(deliberation.recognition)} fill={vi.fn()} />);
    expect(c.querySelector('.actes-fill')).toBeNull();
  });
});

describe('the drafting panel with a page', () => {
  const convention = pageOf('convention-dsden.html');

  function fakeReader(): ReadResult {
    const record = emptyRecord();
    record.deliberation.subject = 'Convention ENT-École lue sur la page';
    record.session.date = '2025-05-28';
    return { kinds: ['convention'], record, notes: [], sources: {} };
  }

  it('mounts the fill block on an @CTES form', async () => {
    const c = await show(<DraftPanel area={createMemoryStorage()} snapshot={signal(s2low.snapshot)} recognition={signal(s2low.recognition)} fill={vi.fn()} draftOptions={{ check: () => [] }} saveDelayMs={20} />);
    await settle();
    expect(c.querySelector('.actes-fill')).not.toBeNull();
    expect(fillButton(c)).toBeTruthy();
  });

  it('pre-fills an untouched draft once per page, with the recognition line, never over typed values', async () => {
    expect(convention.recognition.kind).toBe('convention');
    const reader = vi.fn(fakeReader);
    const area = createMemoryStorage();
    const c = await show(<DraftPanel area={area} snapshot={signal(convention.snapshot)} recognition={signal(convention.recognition)} reader={reader} draftOptions={{ check: () => [] }} saveDelayMs={20} />);
    await settle();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(c.querySelector('.prefill-recognition')!.textContent).toBe(convention.recognition.summary);
    expect(c.textContent).toContain('Brouillon vide : pré-remplissage automatique depuis la page.');
    expect(byLabel(c, 'Date de la séance').value).toBe('28/05/2025');

    // Typed over, then the panel reopens on the same page: no second automatic pre-fill.
    await type(byLabel(c, 'Date de la séance'), '03/06/2025');
    await settle(40);
    await unmount(c);
    containers = [];
    const again = await show(<DraftPanel area={area} snapshot={signal(convention.snapshot)} recognition={signal(convention.recognition)} reader={reader} draftOptions={{ check: () => [] }} saveDelayMs={20} />);
    await settle();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(byLabel(again, 'Date de la séance').value).toBe('03/06/2025');
  });

  it('does not pre-fill automatically a draft the secretary already typed in', async () => {
    const other = { ...convention.snapshot, url: `${convention.snapshot.url}?autre` };
    const reader = vi.fn(fakeReader);
    const area = createMemoryStorage();
    const first = await show(<DraftPanel area={area} draftOptions={{ check: () => [] }} saveDelayMs={20} />);
    await type(byLabel(first, 'Date de la séance'), '03/06/2025');
    await settle(40);
    await unmount(first);
    containers = [];
    const c = await show(<DraftPanel area={area} snapshot={signal(other)} recognition={signal(convention.recognition)} reader={reader} draftOptions={{ check: () => [] }} saveDelayMs={20} />);
    await settle();
    expect(reader).not.toHaveBeenCalled();
    expect(byLabel(c, 'Date de la séance').value).toBe('03/06/2025');
    await click(byButton(c, 'Pré-remplir depuis la page'));
    await settle();
    expect(reader).toHaveBeenCalledTimes(1);
    expect(byLabel(c, 'Date de la séance').value).toBe('03/06/2025');
  });
});
