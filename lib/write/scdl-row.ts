/**
 * One row of the open-data file SCDL « Délibérations » v2.1.5 (domain.md §6, schema.data.gouv.fr
 * scdl/deliberations): the header, the values, the CSV text, and what the required columns lack.
 */
import type { CouncilRecord } from '../record/schema';
import { classificationFromCode, scdlMatiereName } from './classification';
import { actesFields, numberFromActesId } from './actes-fields';
import { departmentCodeOnThree } from './departments';
import { parseIsoDate } from './french-words';
import { singleLine } from './plain-text';

export const scdlColumns = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
  'BUDGET_ANNEE', 'BUDGET_NOM', 'PREF_ID', 'PREF_DATE', 'VOTE_EFFECTIF', 'VOTE_REEL', 'VOTE_POUR', 'VOTE_CONTRE',
  'VOTE_ABSTENTION', 'DELIB_URL',
] as const;

export type ScdlColumn = (typeof scdlColumns)[number];

export const scdlRequiredColumns: readonly ScdlColumn[] = [
  'COLL_NOM', 'COLL_SIRET', 'DELIB_ID', 'DELIB_DATE', 'DELIB_MATIERE_CODE', 'DELIB_MATIERE_NOM', 'DELIB_OBJET',
];

export interface ScdlOptions {
  /**
   * The schema sets no dialect, and Table Schema's default CSV dialect uses ","; ";" is
   * offered because French spreadsheets expect it.
   */
  separator?: ',' | ';';
  /** BUDGET_ANNEE: "2024" or "2024/2025" */
  budgetYear?: string | number;
  /** BUDGET_NOM: "Budget principal" */
  budgetName?: string;
  /** DELIB_URL: where the signed deliberation is published */
  url?: string;
}

export interface ScdlMissing {
  column: ScdlColumn;
  /** French, for the secretary */
  message: string;
}

export interface ScdlRow {
  header: string[];
  row: string[];
  csv: string;
  /** required columns left empty or holding an invalid value */
  missing: ScdlMissing[];
}

const budgetYearPattern = /^[0-9]{4}(\/[0-9]{4})?$/; // SCDL BUDGET_ANNEE
const matiereCodePattern = /^\d\.\d{1,2}$/; // SCDL DELIB_MATIERE_CODE: level 2 only

export function scdlRow(record: CouncilRecord, options: ScdlOptions = {}): ScdlRow {
  const separator = options.separator ?? ',';
  const missing: ScdlMissing[] = [];
  const values = {} as Record<ScdlColumn, string>;

  const communeName = singleLine(record.commune.name ?? '');
  values.COLL_NOM = communeName === '' ? '' : /^(?:commune|ville|mairie)\b/i.test(communeName) ? communeName : `Commune de ${communeName}`;

  const siret = (record.commune.siret ?? '').replace(/[\s.\u00a0\u202f]/g, '');
  values.COLL_SIRET = /^\d{14}$/.test(siret) ? siret : '';
  if (siret !== '' && values.COLL_SIRET === '') missing.push({ column: 'COLL_SIRET', message: `Le SIRET « ${record.commune.siret} » n'a pas 14 chiffres.` });

  // the commune's own number; else the one it transmitted, read from the printed @CTES id
  values.DELIB_ID = singleLine(record.deliberation.number ?? numberFromActesId(record.deliberation.actesId) ?? '');
  values.DELIB_DATE = record.session.date && parseIsoDate(record.session.date) ? record.session.date : '';

  const classification = actesFields(record).classification;
  // SCDL takes level 2 only ("8.1"), even when the act was filed deeper ("8.1.2")
  const level2 = classification?.level2 ? classificationFromCode(`${classification.level1}.${classification.level2}`) : null;
  values.DELIB_MATIERE_CODE = level2 && matiereCodePattern.test(level2.code) ? level2.code : '';
  values.DELIB_MATIERE_NOM = level2 ? scdlMatiereName(level2) : '';

  values.DELIB_OBJET = singleLine(record.deliberation.subject ?? '');

  const budgetYear = options.budgetYear === undefined ? '' : String(options.budgetYear).trim();
  values.BUDGET_ANNEE = budgetYearPattern.test(budgetYear) ? budgetYear : '';
  values.BUDGET_NOM = singleLine(options.budgetName ?? '');

  const department = record.commune.department ? departmentCodeOnThree(record.commune.department) : null;
  values.PREF_ID = department === null ? '' : `PREF${department}`;
  // the date the prefecture registered the act: its acknowledgement of receipt
  values.PREF_DATE = record.deliberation.receivedOn && parseIsoDate(record.deliberation.receivedOn) ? record.deliberation.receivedOn : '';

  values.VOTE_EFFECTIF = countText(record.attendance.inOffice);
  values.VOTE_REEL = countText(record.attendance.voters);
  values.VOTE_POUR = countText(record.vote.for);
  values.VOTE_CONTRE = countText(record.vote.against);
  values.VOTE_ABSTENTION = countText(record.vote.abstentions);
  values.DELIB_URL = singleLine(options.url ?? '');

  for (const column of scdlRequiredColumns) {
    if (values[column] === '' && !missing.some((entry) => entry.column === column)) missing.push({ column, message: requiredMessages[column] });
  }

  const header = [...scdlColumns];
  const row = scdlColumns.map((column) => values[column]);
  const csv = [header, row].map((fields) => fields.map((field) => csvField(field, separator)).join(separator)).join('\r\n') + '\r\n';
  return { header, row, csv, missing };
}

const requiredMessages: Readonly<Record<ScdlColumn, string>> = {
  COLL_NOM: 'Nom de la collectivité manquant.',
  COLL_SIRET: 'SIRET de la collectivité manquant (14 chiffres).',
  DELIB_ID: 'Numéro de la délibération manquant.',
  DELIB_DATE: "Date d'adoption (date de la séance) manquante.",
  DELIB_MATIERE_CODE: 'Code matière (classification @CTES, ex. 8.1) manquant.',
  DELIB_MATIERE_NOM: 'Nom de matière (classification @CTES) manquant.',
  DELIB_OBJET: 'Objet de la délibération manquant.',
  BUDGET_ANNEE: '', BUDGET_NOM: '', PREF_ID: '', PREF_DATE: '', VOTE_EFFECTIF: '', VOTE_REEL: '',
  VOTE_POUR: '', VOTE_CONTRE: '', VOTE_ABSTENTION: '', DELIB_URL: '',
};

function countText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** RFC 4180: quote a field holding the separator, a quote or a line break; double the quotes. */
export function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
