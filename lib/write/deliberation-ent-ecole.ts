/**
 * The standard exposé and articles of a deliberation approving an ENT-École convention, built
 * from the convention's facts (académie, school year, fee, schools, total, dates). Any fact the
 * record lacks stays a placeholder.
 */
import type { CouncilRecord } from '../record/schema';
import type { DeliberationOptions } from './deliberation-text';
import { longFrenchDate, parseIsoDate } from './french-words';
import { formatEuros, singleLine } from './plain-text';
import { type Block, type Line, type Part, missing } from './text-blocks';

/** Facts of the convention, preferring the convention's own figures over the deliberation's. */
export function entEcoleFacts(record: CouncilRecord) {
  const { convention, deliberation } = record;
  const fee = convention.feePerSchool ?? deliberation.feePerSchool ?? null;
  const schoolCount = convention.schoolCount ?? deliberation.schoolCount ?? (convention.schools.length > 0 ? convention.schools.length : null);
  // the total is the product when no document states it (domain.md §4: schools × fee = total)
  const total = convention.total ?? deliberation.total ?? (fee !== null && schoolCount !== null ? fee * schoolCount : null);
  const endDate = convention.endDate ?? deliberation.conventionEndDate ?? null;
  return { fee, schoolCount, total, endDate };
}

/** "la région académique Occitanie" keeps the document's words and adds the article French needs. */
export function academyWithArticle(academy: string | null): Part {
  const name = academy === null ? '' : singleLine(academy);
  if (name === '') return missing('académie partenaire', 'convention.academy');
  // documents often print names in unaccented capitals ("ACADEMIE DE MONTPELLIER")
  const folded = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (/^(?:la|le|les|l['’])\s?/.test(folded)) return name;
  if (/^(?:academie|inspection)\b/.test(folded)) return `l'${name}`;
  if (/^(?:rectorat|ministere)\b/.test(folded)) return `le ${name}`;
  // région académique, direction des services départementaux (DSDEN), most others
  return `la ${name}`;
}

export function entEcoleExpose(record: CouncilRecord): Block[] {
  const { convention } = record;
  const { fee, schoolCount, total, endDate } = entEcoleFacts(record);
  const schoolYear: Part = convention.schoolYear ? singleLine(convention.schoolYear) : missing('année scolaire', 'convention.schoolYear');

  const first: Line = [
    'Le Maire expose au Conseil Municipal que ', academyWithArticle(convention.academy),
    " propose une convention de partenariat pour la mise à disposition de l'environnement numérique de travail du premier degré (ENT-École) pour l'année scolaire ",
    schoolYear, '.',
  ];
  const second: Line = [
    "Ce partenariat, d'intérêt général, vise à développer les usages du numérique éducatif dans les écoles de la commune.",
  ];
  const schools = convention.schools.filter((school) => school.uai.trim() !== '' || school.name.trim() !== '');
  const third: Line = [
    'La participation financière de la commune est fixée à ',
    fee === null ? missing('montant par école', 'convention.feePerSchool') : formatEuros(fee),
    ' par école et par année scolaire ; ',
    ...(schoolCount === null
      ? [missing("nombre d'écoles concernées", 'convention.schoolCount'), ' école(s) concernée(s)']
      : [`${schoolCount} ${schoolCount > 1 ? 'écoles sont concernées' : 'école est concernée'}`]),
    ', soit un montant total de ',
    total === null ? missing('montant total', 'convention.total') : formatEuros(total),
    '.',
  ];
  const lines: Line[] = [first, second, third];
  if (schools.length > 0) {
    lines.push([`${schools.length > 1 ? 'Écoles concernées' : 'École concernée'} : ${schools.map((school) => (school.uai ? `${singleLine(school.name)} (UAI ${school.uai})` : singleLine(school.name))).join(', ')}.`]);
  }
  lines.push(durationLine(record, endDate));
  lines.push(["Il est proposé au Conseil Municipal d'approuver cette convention et d'autoriser le Maire à la signer."]);
  return lines.map((line) => ({ kind: 'paragraph', lines: [line] }));
}

function durationLine(record: CouncilRecord, endDate: string | null): Line {
  const { startsOn, durationYears } = record.convention;
  const start: Part[] = startsOn === 'signature'
    ? [' prend effet à compter de sa signature et']
    : startsOn && parseIsoDate(startsOn) ? [` prend effet le ${longFrenchDate(startsOn)} et`] : [];
  if (endDate && parseIsoDate(endDate)) return ['La convention', ...start, ` se termine le ${longFrenchDate(endDate)}.`];
  if (durationYears !== null && durationYears > 0) {
    return ['La convention', ...start, ` est conclue pour une durée de ${durationYears} ${durationYears > 1 ? 'ans' : 'an'}.`];
  }
  return ['La convention', ...start, ' se termine le ', missing('date de fin de la convention', 'convention.endDate'), '.'];
}

export function entEcoleVisas(): Line[] {
  return [['Vu le projet de convention de partenariat ENT-École annexé à la présente délibération ;']];
}

export function entEcoleArticles(record: CouncilRecord, options: DeliberationOptions): Block[] {
  const { convention } = record;
  const { total } = entEcoleFacts(record);
  const year = convention.schoolYear ? ` pour l'année scolaire ${singleLine(convention.schoolYear)}` : '';
  const budgetYear: Part = options.budgetYear !== undefined && String(options.budgetYear).trim() !== ''
    ? String(options.budgetYear).trim()
    : missing('exercice budgétaire');
  const budgetName = options.budgetName?.trim() || 'budget communal';
  return [
    {
      kind: 'article',
      lines: [[
        'Article 1 : APPROUVE les termes de la convention de partenariat pour la mise à disposition de l\'ENT-École',
        year, ', conclue avec ', academyWithArticle(convention.academy), ', annexée à la présente délibération ;',
      ]],
    },
    { kind: 'article', lines: [['Article 2 : AUTORISE le Maire à signer ladite convention ainsi que tout document s\'y rapportant ;']] },
    {
      kind: 'article',
      lines: [[
        'Article 3 : DIT que les crédits nécessaires', total === null ? '' : `, soit ${formatEuros(total)},`,
        ` sont inscrits au ${budgetName} de l'exercice `, budgetYear, '.',
      ]],
    },
  ];
}
