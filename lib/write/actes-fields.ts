/**
 * The values a secretary types into an @CTES transmission form (S²LOW, Pastell, Stela…),
 * computed from the record; the site adapters write them, the panel shows them with copy buttons.
 */
import type { CouncilRecord, NatureCode } from '../record/schema';
import { cleanActesNumberWithNotes } from './actes-number';
import { type Classification, classificationFromCode, entEcoleClassificationCode } from './classification';
import { longFrenchDate, numericFrenchDate, parseIsoDate } from './french-words';
import { isEntEcole } from './ent-ecole';
import { cutAtWord, singleLine } from './plain-text';

export { cleanActesNumber, cleanActesNumberWithNotes } from './actes-number';

/** @CTES natures: code, form value (S²LOW and Pastell option value), label (portals.md §0). */
export const actesNatures: Readonly<Record<NatureCode, { formValue: string; label: string; stelaValue: string }>> = {
  DE: { formValue: '1', label: 'Délibérations', stelaValue: 'DELIBERATIONS' },
  AR: { formValue: '2', label: 'Actes réglementaires', stelaValue: 'ARRETES_REGLEMENTAIRES' },
  AI: { formValue: '3', label: 'Actes individuels', stelaValue: 'ARRETES_INDIVIDUELS' },
  CC: { formValue: '4', label: 'Contrats, conventions et avenants', stelaValue: 'CONTRATS_ET_CONVENTIONS' },
  BF: { formValue: '5', label: 'Documents budgétaires et financiers', stelaValue: 'DOCUMENTS_BUDGETAIRES_ET_FINANCIERS' },
  AU: { formValue: '6', label: 'Autres', stelaValue: 'AUTRES' },
};

/** S²LOW and Pastell cap the objet at 499 characters (Stela and the XSD at 500). */
export const actesSubjectMaxLength = 499;

export interface ActesNature {
  code: NatureCode;
  formValue: string;
  label: string;
  stelaValue: string;
}

export interface ActesFields {
  nature: ActesNature;
  /** the number to type ("" when unknown) */
  number: string;
  /** French notes about the number (changed, shortened, missing) */
  numberNotes: string[];
  /** ISO date of the decision (for a deliberation: the session date), null when unknown */
  decisionDate: string | null;
  /** "20/06/2024" (Pastell, Stela) */
  decisionDateFr: string | null;
  /** "20 juin 2024" (S²LOW's visible date picker) */
  decisionDateLong: string | null;
  /** the objet on one line, at most 499 characters ("" when unknown) */
  subject: string;
  subjectNotes: string[];
  /** null when the record gives none and the act is not an ENT-École convention */
  classification: Classification | null;
  classificationNotes: string[];
  /** what to attach, in French, main document first */
  filesToAttach: string[];
}

export function actesFields(record: CouncilRecord): ActesFields {
  const natureCode: NatureCode = record.deliberation.nature ?? 'DE';
  const nature = { code: natureCode, ...actesNatures[natureCode] };

  const { number, notes: numberNotes } = actesNumberFor(record);

  // @CTES: the decision date of a deliberation is the session date (domain.md §2)
  const decisionDate = record.session.date !== null && parseIsoDate(record.session.date) ? record.session.date : null;

  const subjectNotes: string[] = [];
  let subject = singleLine(record.deliberation.subject ?? '');
  if (subject === '') subjectNotes.push("L'objet de la délibération est à saisir.");
  const cut = cutAtWord(subject, actesSubjectMaxLength);
  if (cut.cut) {
    subjectNotes.push(
      `L'objet fait ${subject.length} caractères ; les portails en acceptent ${actesSubjectMaxLength} : il a été coupé à un mot (« … »).`,
    );
    subject = cut.text;
  }

  const { classification, notes: classificationNotes } = classificationFor(record);

  const filesToAttach = ['Document principal : la délibération signée (PDF)'];
  if (isEntEcole(record)) filesToAttach.push('Annexe : la convention ENT-École (PDF)');
  else if (hasConvention(record)) filesToAttach.push('Annexe : la convention approuvée (PDF)');

  return {
    nature,
    number,
    numberNotes,
    decisionDate,
    decisionDateFr: decisionDate === null ? null : numericFrenchDate(decisionDate),
    decisionDateLong: decisionDate === null ? null : longFrenchDate(decisionDate),
    subject,
    subjectNotes,
    classification,
    classificationNotes,
    filesToAttach,
  };
}

/**
 * The draft's own @CTES number first, then the deliberation number, then the number part of
 * a printed @CTES id (read by position: the number may itself hold "-", domain.md §2).
 */
function actesNumberFor(record: CouncilRecord): { number: string; notes: string[] } {
  const candidates = [record.deliberation.actesNumber, record.deliberation.number, numberFromActesId(record.deliberation.actesId)];
  const raw = candidates.find((candidate): candidate is string => typeof candidate === 'string' && candidate.trim() !== '');
  if (raw === undefined) return { number: '', notes: ["Le numéro de l'acte est à saisir (aucun numéro de délibération connu)."] };
  const cleaned = cleanActesNumberWithNotes(raw);
  return { number: cleaned.number, notes: cleaned.notes };
}

export function numberFromActesId(actesId: string | null | undefined): string | null {
  if (!actesId) return null;
  const parts = actesId.trim().split('-');
  if (parts.length < 5) return null;
  const middle = parts.slice(3, -1).join('-');
  return middle === '' ? null : middle;
}

function classificationFor(record: CouncilRecord): { classification: Classification | null; notes: string[] } {
  const stated = record.deliberation.classification;
  if (stated && stated.trim() !== '') {
    const parsed = classificationFromCode(stated);
    if (parsed) return { classification: parsed, notes: [] };
    return { classification: null, notes: [`Classification « ${stated} » inconnue de la nomenclature @CTES : choisissez-la dans le portail.`] };
  }
  if (isEntEcole(record)) {
    return {
      classification: classificationFromCode(entEcoleClassificationCode),
      notes: ['Classification 8.1 Enseignement proposée pour une convention ENT-École (usage courant) : vérifiez-la dans la liste de votre préfecture.'],
    };
  }
  return { classification: null, notes: ['Classification à choisir dans le portail.'] };
}

function hasConvention(record: CouncilRecord): boolean {
  const convention = record.convention;
  return convention.academy !== null || convention.schoolYear !== null || convention.schools.length > 0 || convention.feePerSchool !== null;
}
