/**
 * Every regular expression of lib/sites runs on the page's own text and labels, which a hostile
 * page controls: each entry point is timed on 1 MB of adversarial input.
 */
import { describe, expect, it } from 'vitest';
import { qualifyField } from '../../lib/sites/field-roles';
import { foldLabel, foldText } from '../../lib/sites/fold-label';
import { isAboutEntEcole, isConventionText } from '../../lib/sites/ent-ecole';
import { classificationLevels, dateFormatOf, matchClassificationOption, matchNatureOption, planActesFill } from '../../lib/sites/fill-plan';
import { recognisePage } from '../../lib/sites/index';
import type { FieldSnapshot, PageSnapshot } from '../../lib/sites/snapshot';

const MB = 1_000_000;
const hostile = [
  '('.repeat(MB), '8.'.repeat(MB / 2), '1 '.repeat(MB / 2), 'numero '.repeat(MB / 7), 'a'.repeat(MB) + '!',
  ' '.repeat(MB), 'date de '.repeat(MB / 8), '\n'.repeat(MB), "l'".repeat(MB / 2), 'é'.repeat(MB),
];

const field = (text: string): FieldSnapshot => ({
  id: 'f0', tag: 'select', type: 'select-one', name: text.slice(0, 5000), htmlId: text.slice(0, 5000), labelFor: text, labelWrap: text,
  ariaLabel: text, ariaLabelledBy: text, placeholder: text, textAround: text, title: text, value: text,
  options: [{ value: text, text }], visible: true, readOnly: false, disabled: false, maxLength: null, autocomplete: '', formIndex: 0,
});

describe('lib/sites patterns on 1 MB of hostile input', () => {
  it('has inputs to try', () => expect(hostile.length).toBeGreaterThan(0));
  it.each(hostile.map((h, i) => [i, h] as const))('input %i stays fast', (_i, text) => {
    const start = performance.now();
    foldLabel(text); foldText(text); isAboutEntEcole(text); isConventionText(text); classificationLevels(text);
    const f = field(text);
    qualifyField(f); dateFormatOf(f, true); matchNatureOption(f.options, 'DE'); matchClassificationOption(f.options, text);
    const snapshot: PageSnapshot = { url: 'https://x.test/', title: text.slice(0, 500), lang: 'fr', text, textTruncated: false, fields: [f, { ...f, id: 'f1', type: 'text', tag: 'input' }], forms: [], frameCount: 0, documentLinks: [{ href: text.slice(0, 2000), text: text.slice(0, 2000) }] };
    recognisePage(snapshot);
    planActesFill(snapshot, { natureCode: 'DE', number: 'A', decisionDate: '2025-01-01', subject: 'x', classificationCode: text.slice(0, 100) });
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
