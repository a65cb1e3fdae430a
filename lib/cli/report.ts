/**
 * The readable report of `check` (without --json): the record section by section as a
 * secretary reads a deliberation, then the findings grouped by severity.
 */
import type { CouncilRecord, Kind } from '../record/schema';
import type { RenderedFinding, Severity } from '../rules/rule';
import { cliMessages, fill, type CliLang } from './cli-messages';

type Section = keyof CouncilRecord & keyof typeof cliMessages.fr.report.sections;

/** Field labels, French then English, in the order a deliberation prints them. */
const FIELDS: Record<Section, [key: string, fr: string, en: string][]> = {
  commune: [
    ['name', 'Nom', 'Name'], ['siret', 'SIRET', 'SIRET'], ['siren', 'SIREN', 'SIREN'],
    ['department', 'Département', 'Department'], ['address', 'Adresse', 'Address'], ['mayor', 'Maire', 'Mayor'],
  ],
  session: [
    ['date', 'Date', 'Date'], ['time', 'Heure', 'Time'], ['place', 'Lieu', 'Place'],
    ['president', 'Présidence', 'Chair'], ['convocationDate', 'Convocation', 'Convened on'],
    ['postedDate', 'Affichage de la convocation', 'Notice posted on'], ['secretary', 'Secrétaire de séance', 'Secretary'],
  ],
  attendance: [
    ['inOffice', 'En exercice', 'In office'], ['present', 'Présents', 'Present'],
    ['represented', 'Représentés', 'Represented'], ['absent', 'Absents', 'Absent'], ['voters', 'Votants', 'Voters'],
    ['presentNames', 'Liste des présents', 'Present members'], ['proxies', 'Procurations', 'Proxies'],
    ['absentNames', 'Absents sans procuration', 'Absent without proxy'],
  ],
  vote: [
    ['for', 'Pour', 'For'], ['against', 'Contre', 'Against'], ['abstentions', 'Abstentions', 'Abstentions'],
    ['expressed', 'Suffrages exprimés', 'Votes cast'], ['unanimous', 'Unanimité', 'Unanimous'],
  ],
  deliberation: [
    ['number', 'Numéro', 'Number'], ['subject', 'Objet', 'Subject'], ['actesId', 'Identifiant @CTES', '@CTES id'],
    ['transmittedOn', 'Transmise en préfecture le', 'Sent to prefecture'], ['receivedOn', 'Reçue en préfecture le', 'Received by prefecture'],
    ['publishedOn', 'Publiée le', 'Published'], ['signedOn', 'Fait le', 'Signed'],
    ['conventionEndDate', 'Fin de la convention', 'Convention end'], ['schoolCount', 'Nombre d’écoles', 'Schools'],
    ['total', 'Montant', 'Amount'],
  ],
  convention: [
    ['schoolYear', 'Année scolaire', 'School year'], ['academy', 'Partie académique', 'Academic party'],
    ['academyRepresentative', 'Représentée par', 'Represented by'], ['documentDate', 'Date du document', 'Document date'],
    ['feePerSchool', 'Participation par école', 'Fee per school'], ['schoolCount', 'Nombre d’écoles', 'Schools'],
    ['total', 'Total', 'Total'], ['schools', 'Écoles', 'Schools listed'], ['startsOn', 'Prise d’effet', 'Starts on'],
    ['endDate', 'Fin', 'Ends on'], ['durationYears', 'Durée (années)', 'Duration (years)'],
    ['signedAt', 'Signée à', 'Signed at'], ['signedOn', 'Signée le', 'Signed on'],
  ],
};

const SECTIONS_FOR: Record<Kind, Section[]> = {
  deliberation: ['commune', 'session', 'attendance', 'vote', 'deliberation'],
  convention: ['commune', 'convention'],
};
const ALL_SECTIONS: Section[] = ['commune', 'session', 'attendance', 'vote', 'deliberation', 'convention'];
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const AMOUNTS = new Set(['total', 'feePerSchool']);

export interface ReportInput {
  source: string;
  inputLabel: string;
  kinds: Kind[];
  record: CouncilRecord;
  findings: RenderedFinding[];
  notes: string[];
}

export function formatReport(input: ReportInput, lang: CliLang): string {
  const m = cliMessages[lang].report;
  const lines: string[] = [fill(m.title, { source: input.source }) + ` (${input.inputLabel})`];
  const kinds = input.kinds.map((kind) => m.kinds[kind]).join(' + ') || m.nothing;
  lines.push(`${m.contents} : ${kinds}`);
  const blanks = new Set(input.record.blanks.map((blank) => blank.field));
  // Only the sections of what the document contains; all of them when nothing was recognised.
  const wanted = new Set(input.kinds.length ? input.kinds.flatMap((kind) => SECTIONS_FOR[kind]) : ALL_SECTIONS);

  for (const section of ALL_SECTIONS.filter((s) => wanted.has(s))) {
    lines.push('', m.sections[section]);
    const values = input.record[section] as Record<string, unknown>;
    const rows = FIELDS[section].map(([key, fr, en]) => {
      const label = lang === 'fr' ? fr : en;
      const value = values[key];
      const shown = blanks.has(`${section}.${key}`) && value == null ? m.blank
        : typeof value === 'number' && AMOUNTS.has(key) ? `${value.toLocaleString(lang === 'fr' ? 'fr-FR' : 'en-GB')} €`
          : formatValue(value, lang);
      return [label, shown] as const;
    });
    const width = Math.max(...rows.map(([label]) => label.length));
    for (const [label, shown] of rows) lines.push(`  ${label.padEnd(width)}  ${shown}`);
  }

  lines.push('', `${m.findings} (${input.findings.length})`);
  if (input.findings.length === 0) lines.push(`  ${m.noFindings}`);
  for (const severity of SEVERITIES) {
    const group = input.findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) continue;
    lines.push(`  ${m.severities[severity]} (${group.length})`);
    const mark = m.severities[severity].split(' ')[0];
    for (const finding of group) {
      lines.push(`    ${mark} ${finding.field} — ${finding.message}`);
      const details = [finding.basis && `${m.basis} : ${finding.basis}`, finding.evidence && `${m.evidence} : « ${oneLine(finding.evidence)} »`];
      const shown = details.filter(Boolean).join('   ');
      if (shown) lines.push(`      ${shown}`);
    }
  }
  if (input.notes.length > 0) {
    lines.push('', m.notes);
    for (const note of input.notes) lines.push(`  • ${note}`);
  }
  return lines.join('\n') + '\n';
}

function formatValue(value: unknown, lang: CliLang): string {
  const m = cliMessages[lang].report;
  if (value === null || value === undefined || value === '') return m.notStated;
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return frenchDate(value, lang);
  if (Array.isArray(value)) {
    if (value.length === 0) return m.notStated;
    const items = value.map((item: unknown) => {
      if (item && typeof item === 'object' && 'from' in item && 'to' in item) return fill(m.proxy, { from: String(item.from), to: String(item.to) });
      if (item && typeof item === 'object' && 'uai' in item) return `${String(item.uai)} ${String((item as { name?: unknown }).name ?? '')}`.trim();
      return String(item);
    });
    return `${value.length} : ${items.join(' ; ')}`;
  }
  return oneLine(String(value));
}

function frenchDate(iso: string, lang: CliLang): string {
  const [y, mo, d] = iso.split('-');
  return lang === 'fr' ? `${d}/${mo}/${y}` : iso;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
