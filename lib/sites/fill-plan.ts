/**
 * Plans the filling of an @CTES submission form from the values the writers computed
 * (lib/write/actes-fields.ts): which field gets which value, in the format that field shows.
 * Only visible, editable fields are planned, plus the hidden halves of a labelled field the
 * portal itself fills from a visible widget (S²LOW's ISO date and classif1..5). Files are
 * never scripted: they are listed for the user to attach.
 */
import { findActesForm } from './actes-form';
import { foldLabel, foldText } from './fold-label';
import { roleLabels, type QualifiedField, type Role } from './field-roles';
import type { FieldOption, FieldSnapshot, FillAction, FillPlan, PageSnapshot } from './snapshot';

export interface ActesValues {
  /** @CTES nature code: 'DE' for a deliberation */
  natureCode: string;
  /** the act number, already cleaned (cleanActesNumber) */
  number: string;
  /** ISO date YYYY-MM-DD */
  decisionDate: string;
  subject: string;
  /** classification code, e.g. "8.1" */
  classificationCode: string;
}

export interface ActesFillPlan {
  plan: FillPlan;
  /** French labels of what could not be planned, with the reason in parentheses */
  missing: string[];
  /** labels of the file fields the user attaches by hand */
  filesToAttach: string[];
}

/** Nature codes of the ACTES norm: numeric code, enum name (Stela), folded words. */
const NATURES: Record<string, { code: string; enumName: string; words: RegExp }> = {
  DE: { code: '1', enumName: 'deliberations', words: /\bdeliberations?\b/ },
  AR: { code: '2', enumName: 'arretes reglementaires', words: /\b(?:actes|arretes) reglementaires?\b/ },
  AI: { code: '3', enumName: 'arretes individuels', words: /\b(?:actes|arretes) individuels?\b/ },
  CC: { code: '4', enumName: 'contrats et conventions', words: /\bcontrats?\b/ },
  BF: { code: '5', enumName: 'documents budgetaires et financiers', words: /\bdocuments? budgetaires?\b/ },
  AU: { code: '6', enumName: 'autres', words: /^autres?\b/ },
};

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function matchNatureOption(options: FieldOption[], natureCode: string): FieldOption | null {
  const nature = NATURES[natureCode.toUpperCase()];
  if (!nature) return null;
  const real = options.filter((o) => o.value.trim() !== '');
  const byValue = real.find((o) => [nature.code, natureCode.toLowerCase(), nature.enumName].includes(foldLabel(o.value)));
  return byValue ?? real.find((o) => nature.words.test(foldLabel(o.text))) ?? null;
}

/** "8.1", "8-1-0-0-0 - …", "8.1 Enseignement", "08.01" → [8, 1]; null when no leading code. */
export function classificationLevels(text: string): number[] | null {
  const m = /^\s*(\d{1,2}(?:\s?[.\-_/]\s?\d{1,2}){0,4})(?!\d)/.exec(text.slice(0, 100));
  if (!m?.[1]) return null;
  const levels = m[1].split(/\D+/).filter(Boolean).map(Number);
  while (levels.length > 1 && levels[levels.length - 1] === 0) levels.pop();
  return levels;
}

const sameLevels = (a: number[] | null, b: number[]) => !!a && a.length === b.length && a.every((n, i) => n === b[i]);

export function matchClassificationOption(options: FieldOption[], code: string): FieldOption | null {
  const wanted = classificationLevels(code);
  if (!wanted) return null;
  return options.find((o) => sameLevels(classificationLevels(o.value), wanted))
    ?? options.find((o) => sameLevels(classificationLevels(o.text), wanted)) ?? null;
}

type DateFormat = 'iso' | 'numeric' | 'long';

/** The format the field shows: its type, its hints ("JJ/MM/AAAA"), the value already in it. */
export function dateFormatOf(f: FieldSnapshot, drivesHiddenIso: boolean): DateFormat {
  if (f.type === 'date') return 'iso';
  const hints = foldText([f.placeholder, f.title, f.labelFor, f.labelWrap, f.ariaLabel, f.textAround].map((h) => h.slice(0, 300)).join(' '));
  const value = f.value.slice(0, 100).trim();
  if (/\b(?:jj|dd) ?mm ?(?:aaaa|yyyy|aa|yy)\b/.test(hints) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(value)) return 'numeric';
  if (ISO_DATE.test(value) || /\b(?:aaaa|yyyy) ?mm ?(?:jj|dd)\b/.test(hints)) return 'iso';
  if (/^\d{1,2}(?:er)? [\p{L}]{3,9}\.? \d{4}$/u.test(value)) return 'long';
  // S²LOW: a jQuery UI datepicker showing "Choisir une date" writes the ISO date in a hidden
  // twin and displays "dd MM yy" ("20 juin 2024").
  if (drivesHiddenIso && value !== '') return 'long';
  return 'numeric';
}

export function formatDate(iso: string, format: DateFormat): string {
  const m = ISO_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (format === 'iso') return iso;
  if (format === 'numeric') return `${d}/${mo}/${y}`;
  return `${d} ${MONTHS[Number(mo) - 1] ?? ''} ${y}`;
}

const usable = (f: FieldSnapshot) => f.visible && !f.readOnly && !f.disabled && f.type !== 'file' && f.type !== 'password';

export function planActesFill(snapshot: PageSnapshot, values: ActesValues): ActesFillPlan {
  const actions: FillAction[] = [];
  const missing: string[] = [];
  const form = findActesForm(snapshot);
  if (!form) {
    return { plan: { url: snapshot.url, actions }, missing: ['Aucun formulaire @CTES reconnu sur cette page'], filesToAttach: [] };
  }
  const ofRole = (role: Role) => form.fields.filter((q) => q.role === role);
  const firstUsable = (role: Role) => ofRole(role).find((q) => usable(q.field));
  const add = (q: QualifiedField, kind: FillAction['kind'], value: string) => actions.push({ fieldId: q.field.id, kind, value, label: q.label });
  const lack = (role: Role, why: string) => missing.push(`${roleLabels[role]} (${why})`);

  const nature = firstUsable('nature');
  const natureOption = nature ? matchNatureOption(nature.field.options, values.natureCode) : null;
  if (nature && natureOption) add(nature, 'select', natureOption.value);
  else lack('nature', nature ? `aucun choix « ${values.natureCode} »` : 'champ introuvable');

  const number = firstUsable('number');
  if (!number) lack('number', 'champ introuvable');
  else if (!values.number) lack('number', 'valeur inconnue');
  else if (number.field.maxLength !== null && values.number.length > number.field.maxLength) lack('number', `${number.field.maxLength} caractères au plus`);
  else add(number, 'fill', values.number);

  planDate(ofRole('decisionDate'), values.decisionDate, add, lack);

  const subject = firstUsable('subject');
  if (!subject) lack('subject', 'champ introuvable');
  else if (!values.subject) lack('subject', 'valeur inconnue');
  else if (subject.field.maxLength !== null && values.subject.length > subject.field.maxLength) lack('subject', `${subject.field.maxLength} caractères au plus`);
  else add(subject, 'fill', values.subject);

  // Pastell: the classification is chosen on another page reached by a submit button.
  const submitText = snapshot.forms.find((f) => f.index === form.formIndex)?.submitText ?? '';
  const chosenElsewhere = /\b(?:classification|code matiere)\b/.test(foldText(submitText));
  planClassification(ofRole('classification'), values.classificationCode, add, lack, chosenElsewhere);

  // Typology (S²LOW): its options arrive only after the nature's change event, so the default
  // type of the nature (CorrespondanceNatureType: DE → 99_DE) is planned after the nature.
  const pieceType = firstUsable('pieceType');
  if (pieceType) {
    const wanted = `99_${values.natureCode.toUpperCase()}`;
    const option = pieceType.field.options.find((o) => o.value === wanted || o.text.includes(`(${wanted})`));
    const notYetFilled = pieceType.field.options.filter((o) => o.value !== '').length === 0;
    if (option) add(pieceType, 'select', option.value);
    else if (notYetFilled) add(pieceType, 'select', wanted);
    else lack('pieceType', `aucun choix « ${wanted} »`);
  }

  const files = snapshot.fields.filter((f) => f.formIndex === form.formIndex && f.type === 'file');
  const fileLabel = (f: FieldSnapshot) => form.fields.find((q) => q.field === f)?.label || f.labelFor || f.textAround || f.name;
  const filesToAttach = [...new Set(files.map(fileLabel).filter(Boolean))];
  return { plan: { url: snapshot.url, actions }, missing, filesToAttach };
}

type Add = (q: QualifiedField, kind: FillAction['kind'], value: string) => void;
type Lack = (role: Role, why: string) => void;

function planDate(dates: QualifiedField[], iso: string, add: Add, lack: Lack): void {
  const visible = dates.find((q) => usable(q.field));
  if (!visible) return lack('decisionDate', 'champ introuvable');
  if (!ISO_DATE.test(iso)) return lack('decisionDate', 'valeur inconnue');
  // The hidden ISO twin must be the input the same label names (S²LOW: label for=decision_date).
  const name = foldLabel(visible.field.textAround || visible.label);
  const twin = dates.find((q) => q.field.type === 'hidden' && q.field.labelFor !== '' && foldLabel(q.field.labelFor) === name);
  add(visible, 'fill', formatDate(iso, dateFormatOf(visible.field, !!twin)));
  if (twin) add(twin, 'fill', iso);
}

function planClassification(fields: QualifiedField[], code: string, add: Add, lack: Lack, chosenElsewhere: boolean): void {
  const levels = classificationLevels(code);
  if (!levels) return lack('classification', 'code inconnu');
  const choice = fields.find((q) => usable(q.field) && (q.field.tag === 'select' || q.field.type === 'combobox'));
  if (choice) {
    const option = matchClassificationOption(choice.field.options, code);
    return option ? add(choice, 'select', option.value) : lack('classification', `aucun choix « ${code} »`);
  }
  // S²LOW: classif1..5 are hidden, filled by the popup; they belong to the "Classification"
  // group (their textAround), which is what makes them part of a labelled field. The level is
  // the digit ending the name, else the order of the inputs (the popup writes them in order).
  const hidden = fields.filter((q) => q.field.type === 'hidden' && q.field.textAround !== '');
  if (hidden.length < 2 || hidden.length > 5) return lack('classification', chosenElsewhere ? 'à choisir sur le portail' : 'champ introuvable');
  hidden.forEach((q, i) => {
    const level = Number(/(?:classif|niveau|level|matiere)\D{0,10}([1-5])$/i.exec(q.field.name)?.[1] ?? i + 1);
    add(q, 'fill', String(levels[level - 1] ?? ''));
  });
}
