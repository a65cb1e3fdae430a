/**
 * What each collected field is for on an @CTES submission form. The roles are a closed set and
 * every role has its matcher (`Record<Role, Matcher>`): a new role without one fails `tsc`.
 * Signals in Bitwarden's order: explicit machine names first, then the control's shape, then
 * folded label words (label sources in decreasing trust). Labels are the same across S²LOW,
 * Pastell and Stela (portals.md §4), ids are not.
 */
import { foldLabel, foldName } from './fold-label';
import type { FieldSnapshot } from './snapshot';

export const roles = ['nature', 'number', 'decisionDate', 'subject', 'classification', 'pieceType', 'mainFile', 'annexFile'] as const;
export type Role = (typeof roles)[number];

/** French names of the roles, as the panel shows them. */
export const roleLabels: Record<Role, string> = {
  nature: "Nature de l'acte",
  number: "Numéro de l'acte",
  decisionDate: 'Date de la décision',
  subject: 'Objet',
  classification: 'Classification',
  pieceType: 'Type de pièce',
  mainFile: "Fichier de l'acte",
  annexFile: 'Annexes',
};

interface Matcher {
  /** control shapes the role can take */
  accepts: (field: FieldSnapshot) => boolean;
  /** machine names (name attribute, id without a per-draft prefix), folded by foldName */
  names: RegExp;
  /** the control's own content tells the role (a list of the six natures, of classification codes) */
  shape?: (field: FieldSnapshot) => boolean;
  /** folded label words */
  label: RegExp;
  /** words right after the label that make it something else ("Date de décision début": a search range) */
  not?: RegExp;
}

const isChoice = (f: FieldSnapshot) => f.tag === 'select' || f.type === 'combobox';
/** Text fields, including an input announced as a combobox only for its suggestions list. */
const isText = (f: FieldSnapshot) => f.type === 'text' || f.type === 'search' || f.type === '' || f.type === 'contenteditable'
  || (f.type === 'combobox' && f.tag === 'input' && f.options.length === 0);
const isFile = (f: FieldSnapshot) => f.type === 'file';
/** At least `min` options whose folded text matches: structure, whatever the label says. */
const optionsSay = (re: RegExp, min: number) => (f: FieldSnapshot) =>
  f.options.filter((o) => re.test(foldLabel(o.text)) && !TYPOLOGY_CODE.test(o.text)).length >= min;
/** Typology options ("Délibération (99_DE)") name natures too, but carry a piece-type code. */
const TYPOLOGY_CODE = /\b\d{2}_[A-Z]{2}\b/;
const NATURE_OPTION = /\b(?:deliberations?|(?:actes|arretes) (?:reglementaires?|individuels?)|contrats?|documents? budgetaires?)\b/;
const CODE_OPTION = /^\d{1,2}(?: \d{1,2}){1,4}\b/;
/** Search forms filter on a range ("Date de décision début", "… du … au …"); a submission form has one value. */
const RANGE_WORDS = /^ ?(?:debut|fin|du|au|min|max|minimum|maximum|entre|depuis|jusqu|apres|avant|from|to|start|end)\b/;

const matchers: Record<Role, Matcher> = {
  nature: {
    accepts: isChoice,
    names: /^(?:nature|nature code|code nature|acte nature|nature acte|nature de lacte)$/,
    shape: optionsSay(NATURE_OPTION, 4),
    label: /^(?:nature(?:$| (?:de |d |du )?(?:l )?acte\b)|type (?:de l |d )acte$)/,
  },
  number: {
    accepts: (f) => isText(f) || f.type === 'hidden',
    names: /^(?:number|numero|num acte|numero acte|numero de lacte|acte number|numero interne|act number)$/,
    label: /^(?:(?:numero|num|reference) (?:(?:de |d |du )?(?:l )?acte|interne)|identifiant interne)\b/,
    not: RANGE_WORDS,
  },
  decisionDate: {
    accepts: (f) => isText(f) || f.type === 'date' || f.type === 'hidden',
    names: /^(?:decision date|date decision|date de decision|date de lacte|date acte|decision|datepicker decision date)$/,
    label: /^date (?:de (?:la )?decision|de l acte|d acte|decision|de (?:la )?deliberation|d adoption)\b/,
    not: RANGE_WORDS,
  },
  subject: {
    accepts: (f) => f.tag === 'textarea' || isText(f),
    names: /^(?:subject|objet|object|objet acte)$/,
    label: /^(?:objet|intitule|libelle)(?: de l acte| de la deliberation)?\b/,
    not: /^ ?(?:du|de (?:la|votre|ma)|de l) ?(?:message|demande|courriel|mail|contact)\b/,
  },
  classification: {
    accepts: (f) => isChoice(f) || f.type === 'hidden',
    names: /^(?:classification|code matiere|matiere|classif[1-5])$/,
    shape: optionsSay(CODE_OPTION, 3),
    label: /^(?:classification|code (?:de (?:la )?)?matiere|matiere)\b/,
  },
  pieceType: {
    accepts: isChoice,
    names: /^(?:type acte|type pj|type piece|typologie)$/,
    label: /^(?:types? de (?:la )?pieces?|typologie|type de document)\b/,
  },
  mainFile: {
    accepts: isFile,
    names: /^(?:acte pdf file|arrete|fichier acte|acte file|acte)$/,
    label: /^(?:fichier|acte|document principal|piece principale)\b(?!.*\b(?:annexe|jointe)s?\b)/,
  },
  annexFile: {
    accepts: isFile,
    names: /^(?:acte attachments|autre document attache|annexes?|attachments?)$/,
    label: /\b(?:annexes?|pieces? jointes?)\b/,
  },
};

export type Signal = 'name' | 'shape' | 'label' | 'around' | 'hint';
export interface QualifiedField {
  field: FieldSnapshot;
  role: Role;
  signal: Signal;
  /** the label the user sees, cleaned of decoration */
  label: string;
}

/** Label sources in decreasing trust: a label element first, text nearby last. */
function labelSources(f: FieldSnapshot): [Signal, string][] {
  return [
    ['label', f.labelFor], ['label', f.labelWrap], ['label', f.ariaLabelledBy], ['label', f.ariaLabel],
    ['around', f.textAround], ['hint', f.placeholder], ['hint', f.title],
  ];
}

/** The name without a per-draft prefix (Stela ids are "<uuid>_number"). */
function machineNames(f: FieldSnapshot): string[] {
  const strip = (s: string) => s.replace(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}[_-]/i, '');
  return [f.name, strip(f.htmlId), f.autocomplete].filter(Boolean).map(foldName);
}

/** The text a person reads next to the field, for the panel. */
export function visibleLabel(f: FieldSnapshot): string {
  const first = labelSources(f).find(([, text]) => text.trim() !== '');
  return (first?.[1] ?? f.name).replace(/\s*\*\s*/g, ' ').replace(/\s*:\s*$/, '').trim();
}

export function qualifyField(f: FieldSnapshot): QualifiedField | null {
  const folded = labelSources(f).map(([signal, text]) => [signal, foldLabel(text)] as const).filter(([, t]) => t !== '');
  const names = machineNames(f);
  const candidates = roles.filter((role) => matchers[role].accepts(f));
  for (const role of candidates) {
    if (names.some((n) => matchers[role].names.test(n))) return { field: f, role, signal: 'name', label: visibleLabel(f) };
  }
  for (const role of candidates) {
    if (matchers[role].shape?.(f)) return { field: f, role, signal: 'shape', label: visibleLabel(f) };
  }
  // A range word next to any of its labels disqualifies the field for that role altogether.
  const ranged = (role: Role) => folded.some(([, t]) => {
    const m = matchers[role].label.exec(t);
    return m !== null && !!matchers[role].not?.test(t.slice(m.index + m[0].length));
  });
  for (const signal of ['label', 'around', 'hint'] as const) {
    for (const role of candidates) {
      if (!ranged(role) && folded.some(([s, t]) => s === signal && matchers[role].label.test(t))) return { field: f, role, signal, label: visibleLabel(f) };
    }
  }
  return null;
}

export function qualifyFields(fields: FieldSnapshot[]): QualifiedField[] {
  return fields.map(qualifyField).filter((q): q is QualifiedField => q !== null);
}
