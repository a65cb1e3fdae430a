/**
 * Signature lines: "Fait à Saubens, le 21 juin 2024", "A Montpellier, le 21/05/2026",
 * "Pour la commune, à X, le …", "Montferrand-sur-Loue, le 5 novembre 2025" — for the deliberation
 * and for the convention, where each party may sign apart and an undated one is a blank.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { foldKey } from './fold';
import { readDateAfter } from './labeled-dates';
import { nextLines, previousLines } from './text-edges';
import { cleanPersonName } from './person-names';

/** "A Montpellier, le 21/05/2026" / "Fait à Cogolin, le ....." / "Pour la commune, à X, le …" */
export function readSignature(ctx: ReadContext, region: Region, target: 'convention' | 'deliberation'): void {
  const body = ctx.text.slice(region.start, region.end);
  let signed = false;
  if (target === 'deliberation') {
    for (const m of body.matchAll(patterns.signatureNoPlace)) {
      const reading = readDateAfter(body, m.index + m[0].length);
      if (reading.kind === 'date') ctx.set('deliberation', 'signedOn', reading.iso, region.start + reading.start, region.start + reading.end);
    }
  }
  for (const m of body.matchAll(patterns.signatureLine)) {
    const place = (m[2] ?? m[3] ?? '').trim();
    const reading = readDateAfter(body, m.index + m[0].length);
    if (reading.kind === 'none') continue;
    // "Les Abymes, le 10 février 2025" just above a convention's title is its head date, not a signature
    if (m[3] !== undefined && target === 'deliberation' && nextLines(ctx.text, region.start + m.index, 2).some((l) => patterns.conventionTitleStart.test(l))) continue;
    const placeAt = region.start + m.index + m[0].indexOf(place);
    const place2 = place;
    const commune = ctx.record.commune.name;
    const signedFirst = target === 'convention' && ctx.record.convention.signedOn !== null;
    // the commune signs apart: "Pour la commune, à X, le …", or a second signature at the commune's own place
    // two signatures side by side ("À Dijon, le …\tÀ Bellegarde, le …"): the party heads its column
    const columnParty = target === 'convention' && place !== '' ? partyOfColumn(body, m.index + m[0].indexOf(place)) : null;
    const forCommune = target === 'convention' && columnParty !== null ? columnParty === 'commune' : target === 'convention' && ((m[1] !== undefined && patterns.communeSigner.test(m[1]))
      || (signedFirst && commune !== null && foldKey(place2).includes(foldKey(commune)))
      // "Fait à Épernay, le 12/06/2025" then "Pour la commune, le maire," on the next line
      // (unless that line names the académie too: one "Fait à" for both parties)
      || isCommuneOnlyBelow(nextLines(ctx.text, region.start + m.index, SIGNATORY_LINES)));
    if (forCommune) {
      // the commune signs apart from the académie (rule signed-before-session)
      if (reading.kind === 'date') ctx.set('convention', 'communeSignedOn', reading.iso, region.start + reading.start, region.start + reading.end);
      else unsigned(ctx, m[0], region.start + m.index, region.start + Math.max(m.index + m[0].length, reading.end));
      continue;
    }
    if (target === 'convention') ctx.set('convention', 'signedAt', place, placeAt, placeAt + place.length);
    const signedOn = target === 'convention' ? ctx.record.convention.signedOn : ctx.record.deliberation.signedOn;
    if (target === 'convention' && signed && reading.kind === 'blank') {
      unsigned(ctx, m[0], region.start + m.index, region.start + Math.max(m.index + m[0].length, reading.end));
      return;
    }
    if (signedOn !== null || signed) continue;
    signed = true;
    if (reading.kind === 'date') {
      if (target === 'convention') ctx.set('convention', 'signedOn', reading.iso, region.start + reading.start, region.start + reading.end);
      else ctx.set('deliberation', 'signedOn', reading.iso, region.start + reading.start, region.start + reading.end);
    } else {
      ctx.blank(`${target}.signedOn`, m[0], region.start + m.index, region.start + Math.max(m.index + m[0].length, reading.end));
    }
  }
}

/** "Pour la commune, le maire" on the next line, and no "Pour le recteur" in the block below */
function isCommuneOnlyBelow(below: string[]): boolean {
  return patterns.communeSignerBelow.test(below[0] ?? '') && !below.some((line) => patterns.academySigner.test(line));
}

/**
 * In a row of signature cells, the party of the cell at `at`, read in the same column of the rows
 * just above or below ("Pour l'académie,\tPour la collectivité,", "Le recteur\tLe maire"); null
 * when the signature is not in a table or no row names the parties.
 */
function partyOfColumn(body: string, at: number): 'commune' | 'academy' | null {
  const lineStart = body.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = body.indexOf('\n', at);
  if (lineEnd === -1) lineEnd = body.length;
  const line = body.slice(lineStart, lineEnd);
  if (!line.includes('\t')) return null;
  const column = body.slice(lineStart, at).split('\t').length - 1;
  const rows = [...previousLines(body, lineStart, PARTY_ROWS), ...nextLines(body, lineEnd, PARTY_ROWS)];
  for (const row of rows) {
    const cells = row.split('\t');
    if (cells.length < 2) continue;
    const cell = cells[column] ?? '';
    if (patterns.academySigner.test(cell)) return 'academy';
    if (patterns.communeSigner.test(cell)) return 'commune';
  }
  return null;
}

/** the rows above and below a signature row that may name its parties */
const PARTY_ROWS = 2;


/**
 * The commune's signature left undated ("À Aixe-sur-Glane, le ......") beside the académie's dated
 * one: the convention's signature stays the dated one (its place and date go together), and the
 * commune's blank is kept as a fact (rule signature-date-missing).
 */
function unsigned(ctx: ReadContext, evidence: string, start: number, end: number): void {
  ctx.blank('convention.communeSignedOn', evidence, start, end);
}

const SIGNATORY_LINES = 6;

/**
 * Names printed under the signatures, as written ("Mathieu SIEYE" under a convention whose head
 * says "MATHIEU SIEYES"): record.signatories, for the rule name-variant.
 */
export function readSignatories(ctx: ReadContext): void {
  const text = ctx.text;
  const anchors: number[] = [];
  for (const m of text.matchAll(patterns.signatureLine)) {
    if (readDateAfter(text, m.index + m[0].length).kind !== 'none') anchors.push(m.index);
  }
  for (const m of text.matchAll(patterns.signaturesHeading)) anchors.push(m.index);
  const names: string[] = [];
  for (const anchor of anchors) {
    for (const line of nextLines(text, anchor, SIGNATORY_LINES)) {
      if (patterns.stampWords.test(line)) break;
      for (const cell of line.split('\t')) {
        const name = signatoryIn(cell);
        if (name && !names.includes(name)) names.push(name);
      }
    }
  }
  if (names.length > 0) ctx.record.signatories = names;
}

function signatoryIn(cell: string): string | null {
  if (cell.includes(':')) return null;
  let part = cell.split(',')[0] ?? '';
  const role = patterns.signatoryRole.exec(part);
  if (role) part = part.slice(0, role.index);
  const name = cleanPersonName(part);
  if (!name || patterns.notPersonWord.test(name) || patterns.notPersonStart.test(name)) return null;
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5 || !words.every((w) => patterns.personWord.test(w))) return null;
  return name;
}
