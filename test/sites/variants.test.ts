// @vitest-environment happy-dom
/**
 * Held-out-style variants of the portal fixtures: machine names scrambled, unreferenced ids
 * removed, labels in capitals with curly apostrophes and non-breaking spaces. The form must
 * still be found and the four typed values planned: recognition rests on what the labels say.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../entrypoints/content/collect';
import { planActesFill } from '../../lib/sites/fill-plan';
import { recognisePage } from '../../lib/sites/index';
import { loadFixture } from './load-fixture';

const PORTALS = ['s2low-transaction.html', 'pastell-acte.html', 'stela-acte.html', 'generic-wrapping-labels.html', 'generic-aria.html', 'generic-iframe-inner.html'];

function disguise(doc: Document): void {
  const referenced = new Set<string>();
  for (const l of Array.from(doc.querySelectorAll('label[for]'))) referenced.add(l.getAttribute('for') ?? '');
  for (const el of Array.from(doc.querySelectorAll('[aria-labelledby], [aria-controls]'))) {
    for (const id of `${el.getAttribute('aria-labelledby') ?? ''} ${el.getAttribute('aria-controls') ?? ''}`.split(/\s+/)) referenced.add(id);
  }
  let n = 0;
  for (const el of Array.from(doc.querySelectorAll('[name]'))) el.setAttribute('name', `x${n++}`);
  for (const el of Array.from(doc.querySelectorAll('[id]'))) if (!referenced.has(el.id)) el.removeAttribute('id');
  // Re-key referenced ids too, consistently, so no id spells a role.
  const rename = new Map([...referenced].filter(Boolean).map((id, i) => [id, `k${i}`]));
  for (const el of Array.from(doc.querySelectorAll('[id]'))) el.id = rename.get(el.id) ?? el.id;
  for (const el of Array.from(doc.querySelectorAll('label[for]'))) el.setAttribute('for', rename.get(el.getAttribute('for') ?? '') ?? '');
  for (const el of Array.from(doc.querySelectorAll('[aria-labelledby]'))) {
    el.setAttribute('aria-labelledby', (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => rename.get(id) ?? id).join(' '));
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-controls]'))) el.setAttribute('aria-controls', rename.get(el.getAttribute('aria-controls') ?? '') ?? '');
  const walker = doc.createTreeWalker(doc.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('label, th, legend, [role=group] > span')) {
      node.nodeValue = (node.nodeValue ?? '').toUpperCase().replace(/'/g, '’').replace(/ de /g, '\u00a0de\u00a0');
    }
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) el.setAttribute('aria-label', (el.getAttribute('aria-label') ?? '').toUpperCase().replace(/'/g, '’'));
}

describe.each(PORTALS)('%s in disguise', (name) => {
  const { document } = loadFixture(name);
  disguise(document);
  const snapshot = collectSnapshot(document);
  it('is still an @CTES form', () => {
    expect(snapshot.fields.every((f) => (f.name === '' || /^x\d+$/.test(f.name)) && (f.htmlId === '' || /^k\d+$/.test(f.htmlId)))).toBe(true);
    expect(snapshot.fields.some((f) => /NATURE/.test(f.labelFor + f.labelWrap + f.ariaLabelledBy + f.textAround))).toBe(true);
    expect(recognisePage(snapshot).kind).toBe('actes-form');
  });
  it('still gets the nature, number, date and subject planned', () => {
    const { plan, missing } = planActesFill(snapshot, {
      natureCode: 'DE', number: '2025_031', decisionDate: '2025-06-12', subject: 'Objet de test', classificationCode: '8.1',
    });
    const values = plan.actions.map((a) => a.value);
    // Pastell chooses its classification on another page; every other variant plans it too.
    expect(missing).toEqual(name === 'pastell-acte.html' ? ['Classification (à choisir sur le portail)'] : []);
    expect(values).toContain('2025_031');
    expect(values).toContain('Objet de test');
    expect(values.some((v) => ['12/06/2025', '2025-06-12', '12 juin 2025'].includes(v))).toBe(true);
    if (name === 's2low-transaction.html') {
      // classif1..5 renamed x3..x7: the levels follow the inputs' order, not digits in foreign names.
      const hidden = plan.actions.filter((a) => snapshot.fields.find((f) => f.id === a.fieldId)?.type === 'hidden').map((a) => a.value);
      expect(hidden).toEqual(['2025-06-12', '8', '1', '', '', '']);
    }
  });
});
