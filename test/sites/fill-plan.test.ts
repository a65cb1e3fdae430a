// @vitest-environment happy-dom
/**
 * Fill plans on the saved portal pages: each value lands in the right field, in the format that
 * field shows; files, decoys, hidden and read-only fields are left alone. The plan is then run
 * by the executor with the page's own scripts on, so the page's listeners must see the values.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../entrypoints/content/collect';
import { executeFillPlan } from '../../entrypoints/content/execute';
import { planActesFill, type ActesValues } from '../../lib/sites/fill-plan';
import type { PageSnapshot } from '../../lib/sites/snapshot';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { FIXTURE_ORIGIN, PAGES_DIR, loadFixture } from './load-fixture';

const values: ActesValues = {
  natureCode: 'DE',
  number: '2025_031',
  decisionDate: '2025-06-12',
  subject: 'Convention de partenariat ENT-École 2025-2026',
  classificationCode: '8.1',
};

/** Fixture with its inline scripts running, as in a browser (our own pages only). */
function loadLive(name: string) {
  const window = new Window({ url: `${FIXTURE_ORIGIN}/pages/${name}`, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true } });
  (window as unknown as { alert: (m?: string) => void }).alert = () => undefined;
  window.document.write(readFileSync(join(PAGES_DIR, name), 'utf8'));
  return { window, document: window.document as unknown as Document };
}

function planFor(snapshot: PageSnapshot) {
  const result = planActesFill(snapshot, values);
  const byName = new Map(result.plan.actions.map((a) => {
    const f = snapshot.fields.find((x) => x.id === a.fieldId)!;
    return [f.name || f.htmlId, a] as const;
  }));
  return { ...result, byName };
}

const fieldById = (doc: Document, id: string) => doc.getElementById(id) as HTMLInputElement;

describe('S²LOW', () => {
  const { document, window } = loadLive('s2low-transaction.html');
  const snapshot = collectSnapshot(document);
  const { plan, byName, missing, filesToAttach } = planFor(snapshot);

  it('plans the nature by code, the number, the subject', () => {
    expect(byName.get('nature_code')).toMatchObject({ kind: 'select', value: '1' });
    expect(byName.get('number')?.value).toBe('2025_031');
    expect(byName.get('subject')?.value).toBe(values.subject);
  });
  it('writes the date as the datepicker shows it and the ISO twin the label points to', () => {
    expect(byName.get('datepicker_decision_date')?.value).toBe('12 juin 2025');
    expect(byName.get('decision_date')?.value).toBe('2025-06-12');
  });
  it('fills the classification levels classif1..5', () => {
    expect(['classif1', 'classif2', 'classif3', 'classif4', 'classif5'].map((n) => byName.get(n)?.value)).toEqual(['8', '1', '', '', '']);
  });
  it('plans the default typology after the nature, never a file, never MAX_FILE_SIZE', () => {
    const names = [...byName.keys()];
    expect(names.indexOf('type_acte')).toBeGreaterThan(names.indexOf('nature_code'));
    expect(byName.get('type_acte')?.value).toBe('99_DE');
    for (const untouched of ['MAX_FILE_SIZE', 'acte_pdf_file', 'api', 'document_papier', 'send_sources']) expect(byName.has(untouched)).toBe(false);
    expect(filesToAttach).toEqual(['Fichier (.pdf ou .xml)']);
    expect(missing).toEqual([]);
  });
  it('executes: the page repopulates the typology on change and its own listeners see the values', () => {
    const report = executeFillPlan(document, plan);
    expect(report.skipped).toEqual([]);
    expect(fieldById(document, 'nature_code').value).toBe('1');
    expect(fieldById(document, 'actes_attachments_type').value).toBe('99_DE');
    expect(fieldById(document, 'decision_date').value).toBe('2025-06-12');
    expect(fieldById(document, 'classif1').value).toBe('8');
    expect((document.querySelector('[name=MAX_FILE_SIZE]') as HTMLInputElement).value).toBe('157286400');
    const events = (window as unknown as { __events: { type: string; id: string }[] }).__events;
    expect(events.filter((e) => e.id === 'act-number').map((e) => e.type)).toEqual(['input', 'change']);
    expect(events.some((e) => e.type === 'change' && e.id === 'nature_code')).toBe(true);
  });
});

describe('Pastell', () => {
  const { document, window } = loadLive('pastell-acte.html');
  const snapshot = collectSnapshot(document);
  const { plan, byName, missing, filesToAttach } = planFor(snapshot);

  it('overwrites the pre-filled date in JJ/MM/AAAA and chooses nature 1', () => {
    expect(byName.get('date_de_lacte')?.value).toBe('12/06/2025');
    expect(byName.get('acte_nature')?.value).toBe('1');
    expect(byName.get('numero_de_lacte')?.value).toBe('2025_031');
    expect(byName.get('objet')?.value).toBe(values.subject);
  });
  it('leaves decoys, tokens and files alone and says the classification is chosen on the portal', () => {
    for (const untouched of ['csrf_token', 'prevent_autocomplete_login', 'prevent_autocomplete_password', 'page', 'id_d', 'arrete']) expect(byName.has(untouched)).toBe(false);
    expect(missing).toEqual(['Classification (à choisir sur le portail)']);
    expect(filesToAttach).toEqual(['Acte', 'Annexe(s)']);
  });
  it('executes without submitting the form (tabs and classification are submit buttons)', () => {
    const report = executeFillPlan(document, plan);
    expect(report.filled.map((f) => f.value)).toContain('12/06/2025');
    expect(fieldById(document, 'date_de_lacte').value).toBe('12/06/2025');
    expect((window as unknown as { __submitted?: number }).__submitted).toBeUndefined();
    expect((document.querySelector('[name=prevent_autocomplete_login]') as HTMLInputElement).value).toBe('');
  });
});

describe('Stela (controlled inputs, custom dropdowns)', () => {
  const { document } = loadLive('stela-acte.html');
  const snapshot = collectSnapshot(document);
  const { plan, missing } = planFor(snapshot);
  const action = (suffix: string) => plan.actions.find((a) => snapshot.fields.find((f) => f.id === a.fieldId)?.htmlId.endsWith(suffix));

  it('picks the enum nature and the 5-level code 8-1-0-0-0, not 8-10', () => {
    expect(action('_nature')).toMatchObject({ kind: 'select', value: 'DELIBERATIONS' });
    expect(action('_code')).toMatchObject({ kind: 'select', value: '8-1-0-0-0' });
    expect(action('_decision')?.value).toBe('12/06/2025');
    expect(missing).toEqual([]);
  });
  it('executes so that the page state enables its submit button', () => {
    const report = executeFillPlan(document, plan);
    expect(report.skipped).toEqual([]);
    expect((document.getElementById('deposer') as HTMLButtonElement).disabled).toBe(false);
    expect(document.querySelectorAll('.ui.dropdown .text')[0]?.textContent).toBe('Délibérations');
  });
});

describe('generic forms', () => {
  it('aria-only form: ISO date for type=date, classification inside an optgroup', () => {
    const snapshot = collectSnapshot(loadFixture('generic-aria.html').document);
    const { byName, missing } = planFor(snapshot);
    expect(byName.get('f3')?.value).toBe('2025-06-12');
    expect(byName.get('f5')?.value).toBe('8-1');
    expect(byName.get('f1')?.value).toBe('1');
    expect(missing).toEqual([]);
  });
  it('wrapping labels: nature by code DE, JJ/MM/AAAA from the hint in parentheses', () => {
    const snapshot = collectSnapshot(loadFixture('generic-wrapping-labels.html').document);
    const { byName, filesToAttach } = planFor(snapshot);
    expect(byName.get('nat')?.value).toBe('DE');
    expect(byName.get('d1')?.value).toBe('12/06/2025');
    expect(byName.get('mat')?.value).toBe('8.1');
    expect(byName.has('_token')).toBe(false);
    expect(filesToAttach).toEqual(['Fichier de l’acte (PDF)', 'Annexes']);
  });
  it('form inside an iframe page: plans on its own snapshot', () => {
    const snapshot = collectSnapshot(loadFixture('generic-iframe-inner.html').document);
    const { byName } = planFor(snapshot);
    expect(byName.get('classification')?.value).toBe('8.1.0.0.0');
    expect(byName.get('nature')?.value).toBe('DE');
  });
  it('a page that is no @CTES form gets no plan', () => {
    for (const name of ['search-filters.html', 'contact-form.html', 'convention-occitanie.html']) {
      const { plan, missing } = planFor(collectSnapshot(loadFixture(name).document));
      expect(plan.actions).toEqual([]);
      expect(missing).toEqual(['Aucun formulaire @CTES reconnu sur cette page']);
    }
  });
});

describe('hostile page', () => {
  const { document } = loadFixture('hostile.html');
  const snapshot = collectSnapshot(document);
  const { plan } = planFor(snapshot);
  it('says the classification field is missing (no button leads to one either)', () => {
    expect(planFor(snapshot).missing).toEqual(['Classification (champ introuvable)']);
  });
  it('plans only visible, editable fields', () => {
    const planned = plan.actions.map((a) => snapshot.fields.find((f) => f.id === a.fieldId)!);
    expect(planned.map((f) => f.htmlId).sort()).toEqual(['v-date', 'v-nat', 'v-num', 'v-obj']);
    expect(planned.every((f) => f.visible && !f.readOnly)).toBe(true);
  });
  it('leaves the fake hidden number, the off-screen one, the hidden subject and the read-only one untouched', () => {
    executeFillPlan(document, plan);
    expect(fieldById(document, 'h-num').value).toBe('');
    expect(fieldById(document, 'p-num').value).toBe('');
    expect((document.getElementById('x-obj') as HTMLTextAreaElement).value).toBe('');
    expect(fieldById(document, 'ro-num').value).toBe('NE PAS TOUCHER');
    expect(fieldById(document, 'v-num').value).toBe('2025_031');
  });
  it('still refuses hidden fields when a plan names them (defence in depth)', () => {
    const sneaky = { url: plan.url, actions: ['h-num', 'p-num', 'x-obj'].map((id) => ({
      fieldId: snapshot.fields.find((f) => f.htmlId === id)!.id, kind: 'fill' as const, value: '36', label: 'x' })) };
    const report = executeFillPlan(document, sneaky);
    expect(report.filled).toEqual([]);
    expect(report.skipped.map((s) => s.reason)).toEqual(['hidden', 'hidden', 'hidden']);
  });
});
