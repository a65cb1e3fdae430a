import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qualifyField, roles, type Role } from '../../lib/sites/field-roles';
import { foldLabel } from '../../lib/sites/fold-label';
import type { FieldSnapshot } from '../../lib/sites/snapshot';

function field(over: Partial<FieldSnapshot>): FieldSnapshot {
  return {
    id: 'f0', tag: 'input', type: 'text', name: '', htmlId: '', labelFor: '', labelWrap: '', ariaLabel: '', ariaLabelledBy: '',
    placeholder: '', textAround: '', title: '', value: '', options: [], visible: true, readOnly: false, disabled: false,
    maxLength: null, autocomplete: '', formIndex: 0, ...over,
  };
}
const select = (labelFor: string, texts: string[] = []) =>
  field({ tag: 'select', type: 'select-one', labelFor, options: texts.map((t, i) => ({ value: String(i), text: t })) });

describe('foldLabel', () => {
  it('removes accents, case, curly apostrophes, "*", trailing colons and hints in parentheses', () => {
    expect(foldLabel(' Numéro de l’acte (15 caractères maxi, chiffres, lettres en majuscule ou _) * : ')).toBe('numero de l acte');
    expect(foldLabel('N° d\u2019acte')).toBe('numero d acte');
    expect(foldLabel('Date\u00a0de la décision :')).toBe('date de la decision');
  });
});

describe('qualifyField', () => {
  const cases: [string, FieldSnapshot, Role | null][] = [
    ['S²LOW number label', field({ labelFor: "Numéro de l'acte (15 caractères maxi, chiffres, lettres en majuscule ou _)" }), 'number'],
    ['Pastell th with comment', field({ textAround: "Numéro de l'acte * 15 caractères maximum (chiffres, lettres en majuscule ou _)" }), 'number'],
    ['reference wording', field({ labelWrap: 'Référence de l’acte' }), 'number'],
    ['phone number is not the act number', field({ type: 'tel', labelFor: 'Numéro de téléphone', name: 'number' }), null],
    ['Stela id suffix', field({ htmlId: '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f_decision' }), 'decisionDate'],
    ['date of the act', field({ type: 'date', ariaLabel: "Date de l'acte" }), 'decisionDate'],
    ['search range start', field({ type: 'date', labelFor: 'Date de décision début' }), null],
    ['search range "du"', field({ labelFor: "Date de l'acte : du" }), null],
    ['subject textarea', field({ tag: 'textarea', type: 'textarea', labelFor: 'Objet *' }), 'subject'],
    ['message subject is not an act subject', field({ labelFor: 'Objet du message' }), null],
    ['nature select by label', select("Nature de l'acte"), 'nature'],
    ['nature of a request is not a nature of act', select('Nature de la demande', ['État civil', 'Urbanisme']), null],
    ['unlabelled select listing the natures', select('', ['Choisir', 'Délibérations', 'Arrêtés réglementaires', 'Arrêtés individuels', 'Contrats et conventions', 'Autres']), 'nature'],
    ['typology list is not the nature', select('Type de pièce', ['Délibération (99_DE)', 'Arrêté individuel (99_AI)', 'Arrêté réglementaire (99_AR)', 'Contrat (99_CO)', 'Document budgétaire (99_BU)']), 'pieceType'],
    ['classification by option codes', select('Thème', ['—', '1.1 Marchés publics', '7.1 Décisions budgétaires', '8.1 Enseignement']), 'classification'],
    ['code matière', field({ type: 'combobox', labelFor: 'Code matière *' }), 'classification'],
    ['hidden classif level', field({ type: 'hidden', name: 'classif2', textAround: 'Classification :' }), 'classification'],
    ['annex file', field({ type: 'file', labelFor: 'Pièces jointes supplémentaires' }), 'annexFile'],
    ['main file', field({ type: 'file', labelWrap: 'Fichier de l’acte (PDF)' }), 'mainFile'],
    ['a text field never holds a file role', field({ labelFor: 'Annexes' }), null],
  ];
  it.each(cases)('%s', (_title, f, role) => {
    expect(qualifyField(f)?.role ?? null).toBe(role);
  });

  it('a label keeps its role whatever decoration surrounds it (property)', () => {
    const labels: [string, Role][] = [["Numéro de l'acte", 'number'], ['Date de la décision', 'decisionDate'], ['Objet', 'subject']];
    fc.assert(fc.property(
      fc.constantFrom(...labels), fc.constantFrom('', ' *', ' :', ' * :', ' (obligatoire)', '\u00a0:'), fc.boolean(), fc.constantFrom('labelFor', 'labelWrap', 'ariaLabel', 'textAround'),
      ([label, role], suffix, upper, source) => {
        const text = (upper ? label.toUpperCase() : label).replace("'", '’') + suffix;
        expect(qualifyField(field({ [source]: text }))?.role).toBe(role);
      }));
  });

  it('has a matcher for every role (the Record type enforces it; this guards the list)', () => {
    expect(new Set(roles).size).toBe(roles.length);
  });
});
