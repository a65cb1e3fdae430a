/**
 * The deliberation in register style, from the record: header, members, opening, attendance,
 * objet, exposé, visas, vote, articles, closing, signatures, certification. What the record does
 * not know is a visible "[à compléter : …]" — a register text is never guessed.
 */
import type { CouncilRecord } from '../record/schema';
import { departmentName, normaliseDepartmentCode } from './departments';
import { entEcoleArticles, entEcoleExpose, entEcoleVisas } from './deliberation-ent-ecole';
import { isEntEcole } from './ent-ecole';
import { dateInRegisterStyle, longFrenchDate, longFrenchDateWithWeekday, parseIsoDate, timeInWords } from './french-words';
import { nameKey, singleLine } from './plain-text';
import {
  type Block, type Line, type Missing, type Part,
  blocksToHtml, blocksToText, missing, missingParts,
} from './text-blocks';

export interface DeliberationOptions {
  /** "auto" (default) writes the ENT-École exposé and articles when the record is about one */
  template?: 'auto' | 'ent-ecole' | 'generic';
  /** exercice for "DIT que les crédits sont inscrits au budget …"; a placeholder when absent */
  budgetYear?: number | string;
  /** "budget principal", "budget communal" (default) */
  budgetName?: string;
}

export interface RenderedDeliberation {
  text: string;
  /** escaped HTML for the preview (the panel still passes it through DOMPurify) */
  html: string;
  /** what is still to complete, in reading order */
  missing: Missing[];
}

export function renderDeliberation(record: CouncilRecord, options: DeliberationOptions = {}): RenderedDeliberation {
  const template = options.template ?? 'auto';
  const ent = template === 'ent-ecole' || (template === 'auto' && isEntEcole(record));
  const blocks: Block[] = [
    headerBlock(record),
    membersBlock(record),
    { kind: 'paragraph', lines: [openingLine(record)] },
    attendanceBlock(record),
    { kind: 'paragraph', lines: [['Objet : ', known(record.deliberation.subject, 'objet de la délibération', 'deliberation.subject')]] },
    ...(ent ? entEcoleExpose(record) : [{ kind: 'paragraph' as const, lines: [['Le Maire expose : ', missing('exposé des motifs')]] }]),
    { kind: 'list', lines: visaLines(ent ? entEcoleVisas() : []) },
    { kind: 'paragraph', lines: [voteLine(record)] },
    { kind: 'decides', lines: [['DÉCIDE :']] },
    ...(ent ? entEcoleArticles(record, options) : [{ kind: 'article' as const, lines: [['Article 1 : ', missing('décision (APPROUVE, DÉCIDE, AUTORISE…)')]] }]),
    closingBlock(record),
    signaturesBlock(record),
    certificationBlock(record),
  ];
  return { text: blocksToText(blocks), html: blocksToHtml(blocks, 'deliberation'), missing: missingParts(blocks) };
}

/** A value as written, or the placeholder naming it. */
export function known(value: string | null | undefined, label: string, field?: string): Part {
  const text = value === null || value === undefined ? '' : singleLine(value);
  return text === '' ? missing(label, field) : text;
}

function dateLong(iso: string | null | undefined, label: string, field: string): Part {
  return iso && parseIsoDate(iso) ? longFrenchDate(iso) : missing(label, field);
}

function count(value: number | null | undefined, label: string, field: string): Part {
  return value === null || value === undefined ? missing(label, field) : String(value);
}

function headerBlock(record: CouncilRecord): Block {
  const { commune, session, deliberation } = record;
  const code = commune.department ? normaliseDepartmentCode(commune.department) : null;
  const name = commune.department ? departmentName(commune.department) : null;
  const department: Part = name ? name.toLocaleUpperCase('fr') : code ?? known(commune.department, 'département', 'commune.department');
  return {
    kind: 'header',
    lines: [
      ['RÉPUBLIQUE FRANÇAISE'],
      ['DÉPARTEMENT : ', department],
      ['COMMUNE DE ', commune.name ? singleLine(commune.name).toLocaleUpperCase('fr') : missing('nom de la commune', 'commune.name')],
      ['EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL'],
      ['Séance du ', session.date && parseIsoDate(session.date) ? longFrenchDateWithWeekday(session.date) : missing('date de la séance', 'session.date')],
      ['Délibération n° ', known(deliberation.number, 'numéro de la délibération', 'deliberation.number')],
    ],
  };
}

function membersBlock(record: CouncilRecord): Block {
  const { attendance } = record;
  // a count the document omits but whose list it prints is that list's length
  const present = attendance.present ?? (attendance.presentNames.length > 0 ? attendance.presentNames.length : null);
  const represented = attendance.represented ?? (attendance.proxies.length > 0 ? attendance.proxies.length : null);
  return {
    kind: 'members',
    lines: [
      ['Nombre de membres'],
      ['en exercice : ', count(attendance.inOffice, 'membres en exercice', 'attendance.inOffice')],
      ['présents : ', count(present, 'membres présents', 'attendance.present')],
      ['représentés : ', count(represented, 'membres représentés', 'attendance.represented')],
      ['votants : ', count(attendance.voters, 'votants', 'attendance.voters')],
    ],
  };
}

function openingLine(record: CouncilRecord): Line {
  const { session, commune } = record;
  const line: Line = [];
  if (session.date && parseIsoDate(session.date)) {
    line.push(dateInRegisterStyle(session.date));
    line.push(' à ', session.time ? timeInWords(session.time) : missing('heure de la séance', 'session.time'));
  } else {
    line.push("L'an ", missing('date de la séance', 'session.date'), ' à ', session.time ? timeInWords(session.time) : missing('heure de la séance', 'session.time'));
  }
  line.push(', le Conseil Municipal de la commune de ', known(commune.name, 'nom de la commune', 'commune.name'));
  line.push(', dûment convoqué le ', dateLong(session.convocationDate, 'date de convocation', 'session.convocationDate'));
  line.push(", s'est réuni ", ...placePhrase(session.place));
  line.push(', sous la présidence de ', known(session.president, 'président de séance', 'session.president'));
  if (session.president && commune.mayor && nameKey(session.president) === nameKey(commune.mayor)) line.push(', Maire');
  line.push('.');
  return line;
}

// The heads of place names seen in registers, with the article French gives them.
const feminineHeads = /^(?:salle|grande|mairie|maison|médiathèque|bibliothèque|halle|grange|ferme|bastide|chapelle|galerie|cantine)\b/i;
const elidedHeads = /^(?:école|espace|hôtel|ancienne|ancien|auditorium|annexe)\b/i;
const masculineHeads = /^(?:foyer|centre|local|gymnase|complexe|bâtiment|théâtre|pôle|château|préau|club|lieu)\b/i;
const prepositionFirst = /^(?:à|au|aux|en|dans|sur|chez)\s/i;
const articleFirst = /^(?:la|le|les|l['’])\s?/i;

/** "s'est réuni à la salle du conseil", "… au foyer rural", "… en mairie". */
function placePhrase(place: string | null): Part[] {
  if (place === null || singleLine(place) === '') return ['à ', missing('lieu de la séance', 'session.place')];
  const text = singleLine(place);
  if (prepositionFirst.test(text)) return [text];
  const article = articleFirst.exec(text)?.[0];
  if (article !== undefined) {
    const rest = text.slice(article.length);
    const lower = article.trim().toLowerCase();
    if (lower === 'le') return [`au ${rest}`];
    if (lower === 'les') return [`aux ${rest}`];
    return [`à ${text}`];
  }
  const lowerFirst = text.charAt(0).toLowerCase() + text.slice(1);
  // keep the case of an all-capitals name ("SALLE DES FÊTES")
  const body = text === text.toUpperCase() ? text : lowerFirst;
  if (feminineHeads.test(text)) return [`à la ${body}`];
  if (elidedHeads.test(text)) return [`à l'${body}`];
  if (masculineHeads.test(text)) return [`au ${body}`];
  return [`au lieu suivant : ${text}`];
}

function attendanceBlock(record: CouncilRecord): Block {
  const { attendance } = record;
  const lines: Line[] = [];
  const presentNames = attendance.presentNames.map(singleLine).filter((name) => name !== '');
  lines.push(['Présents : ', presentNames.length > 0 ? presentNames.join(', ') : missing('liste des présents', 'attendance.presentNames')]);

  if (attendance.proxies.length > 0) {
    const proxyParts: Part[] = ['Absents ayant donné procuration : '];
    attendance.proxies.forEach((proxy, index) => {
      if (index > 0) proxyParts.push(', ');
      proxyParts.push(known(proxy.from, 'membre ayant donné procuration', 'attendance.proxies'), ' à ', known(proxy.to, 'mandataire', 'attendance.proxies'));
    });
    lines.push(proxyParts);
  } else {
    lines.push(['Absents ayant donné procuration : ', attendance.represented === 0 ? 'néant' : missing('procurations, ou « néant »', 'attendance.proxies')]);
  }

  const present = attendance.present ?? (attendance.presentNames.length > 0 ? attendance.presentNames.length : null);
  const represented = attendance.represented ?? attendance.proxies.length;
  const everyoneAccounted = attendance.inOffice !== null && present !== null && present + represented === attendance.inOffice;
  const absentNames = attendance.absentNames.map(singleLine).filter((name) => name !== '');
  if (absentNames.length > 0) lines.push(['Absents : ', absentNames.join(', ')]);
  else lines.push(['Absents : ', attendance.absent === 0 || everyoneAccounted ? 'néant' : missing('absents, ou « néant »', 'attendance.absentNames')]);

  const nonParticipants = attendance.nonParticipantNames ?? [];
  if (nonParticipants.length > 0) {
    lines.push([nonParticipants.length > 1 ? 'Ne prennent pas part au vote : ' : 'Ne prend pas part au vote : ', nonParticipants.join(', ')]);
  }
  lines.push(['Secrétaire de séance : ', known(record.session.secretary, 'secrétaire de séance', 'session.secretary')]);
  return { kind: 'list', lines };
}

function visaLines(extra: readonly Line[]): Line[] {
  // L2121-29: the council settles the commune's affairs by its deliberations
  return [['Vu le Code général des collectivités territoriales, et notamment son article L. 2121-29 ;'], ...extra];
}

function voteLine(record: CouncilRecord): Line {
  const lead = 'Après en avoir délibéré, le Conseil Municipal, ';
  return [lead, ...voteOutcome(record), ' :'];
}

/** "à l'unanimité", "à l'unanimité des suffrages exprimés (2 abstentions)", "par 12 voix pour, 3 contre et 2 abstentions". */
export function voteOutcome(record: CouncilRecord): Part[] {
  const { vote } = record;
  const casting = vote.castingVote ? [', la voix du président de séance étant prépondérante'] : [];
  const against = vote.against;
  const abstentions = vote.abstentions;
  const saidUnanimous = vote.unanimous === true || vote.unanimousOfExpressed === true;
  // unanimity means no vote against (domain.md §1); a contradicting record prints its counts
  // the register shows the count behind the word when it is known (CGCT L2121-20: majority of the suffrages expressed)
  const counted = vote.for !== null && against !== null && abstentions !== null
    ? [` (pour : ${vote.for}, contre : ${against}, ${abstentions > 1 ? 'abstentions' : 'abstention'} : ${abstentions})`]
    : [];
  if ((against ?? 0) === 0 && saidUnanimous) {
    if (abstentions !== null && abstentions > 0) return [`à l'unanimité des suffrages exprimés`, ...(counted.length > 0 ? counted : [` (${abstentionWords(abstentions)})`]), ...casting];
    if (vote.unanimousOfExpressed === true) return ["à l'unanimité des suffrages exprimés", ...counted, ...casting];
    return ["à l'unanimité", ...counted, ...casting];
  }
  if (vote.for !== null && vote.for > 0 && against === 0 && abstentions === 0) return ["à l'unanimité", ...counted, ...casting];
  if (vote.for === null && against === null && abstentions === null) {
    return [missing("résultat du vote : « à l'unanimité » ou nombre de voix pour, contre et d'abstentions", 'vote.for')];
  }
  return [
    'par ', count(vote.for, 'voix pour', 'vote.for'), ' voix pour, ',
    count(against, 'voix contre', 'vote.against'), ' contre et ',
    ...(abstentions === null ? [missing("nombre d'abstentions", 'vote.abstentions'), ' abstention(s)'] : [abstentionWords(abstentions)]),
    ...casting,
  ];
}

function abstentionWords(n: number): string {
  return `${n} ${n > 1 ? 'abstentions' : 'abstention'}`;
}

function closingBlock(record: CouncilRecord): Block {
  return {
    kind: 'closing',
    lines: [
      ['Ainsi fait et délibéré les jour, mois et an susdits.'],
      ['Pour extrait certifié conforme au registre.'],
      ['Fait à ', known(record.commune.name, 'nom de la commune', 'commune.name'), ', le ', dateLong(record.deliberation.signedOn, 'date de signature', 'deliberation.signedOn')],
    ],
  };
}

function signaturesBlock(record: CouncilRecord): Block {
  return {
    kind: 'signatures',
    lines: [
      ['Le Maire,'],
      [known(record.commune.mayor, 'nom du Maire', 'commune.mayor')],
      ['Le secrétaire de séance,'],
      [known(record.session.secretary, 'secrétaire de séance', 'session.secretary')],
    ],
  };
}

function certificationBlock(record: CouncilRecord): Block {
  const { deliberation } = record;
  const lines: Line[] = [
    ['Certifié exécutoire par le Maire, compte tenu de :'],
    ['- la transmission en préfecture le ', dateLong(deliberation.transmittedOn, 'date de transmission en préfecture', 'deliberation.transmittedOn')],
    ['- la publication le ', dateLong(deliberation.publishedOn, 'date de publication', 'deliberation.publishedOn')],
  ];
  if (deliberation.actesId && singleLine(deliberation.actesId) !== '') lines.push(['Identifiant @CTES : ', singleLine(deliberation.actesId)]);
  return { kind: 'certification', lines };
}
