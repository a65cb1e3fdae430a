/**
 * The convention: its parties (academic party and representative, commune), head date,
 * school year, start, end, duration and signature. Blank end and signature dates are facts.
 */
import { patterns } from '../patterns';
import { joinWrapped, nextLines, trimPunctuation } from './text-edges';
import type { ReadContext, Region } from './read-context';
import { findDates } from './french-dates';
import { parseCount } from './french-numbers';
import { readDateAfter } from './labeled-dates';
import { firstPersonIn } from './person-names';
import { readCommuneParty } from './commune-block';
import { readSignature } from './signature-lines';
import type { Segments } from './segment';

const HEAD_WINDOW = 600;
const PARTY_WINDOW = 2500;

export function readConvention(ctx: ReadContext, segments: Segments): void {
  const region = segments.convention;
  if (!region) return;
  const text = ctx.text;
  readParties(ctx, segments);
  readHeadDate(ctx, segments);
  const body = text.slice(region.start, region.end);
  for (const m of body.matchAll(patterns.schoolYear)) {
    const first = Number(m[1]);
    if (Number(m[2]) !== first + 1) continue;
    if (ctx.set('convention', 'schoolYear', `${first}-${first + 1}`, region.start + m.index, region.start + m.index + m[0].length)) break;
  }
  readPeriod(ctx, region, body);
  readStart(ctx, region, body);
  readEnd(ctx, region, body, 'convention');
  for (const m of body.matchAll(patterns.durationYears)) {
    const years = parseCount(m[1]!);
    if (years !== null && ctx.set('convention', 'durationYears', years, region.start + m.index, region.start + m.index + m[0].length)) break;
  }
  // signatures follow the parties; a date line above them is the head date ("Lyon, le 2 juin 2025")
  readSignature(ctx, { start: segments.parties ?? region.start, end: region.end }, 'convention');
}

/** "se termine au 5 septembre 2025" / "prendra fin le....." — for the convention or as the deliberation restates it. */
export function readEnd(ctx: ReadContext, region: Region, body: string, target: 'convention' | 'deliberation'): void {
  let blank: { evidence: string; start: number; end: number } | null = null;
  const set = (iso: string, start: number, end: number) =>
    target === 'convention' ? ctx.set('convention', 'endDate', iso, start, end) : ctx.set('deliberation', 'conventionEndDate', iso, start, end);
  for (const pattern of [patterns.endLabel, patterns.endLoose]) {
    for (const m of body.matchAll(pattern)) {
      const reading = readDateAfter(body, m.index + m[0].length);
      if (reading.kind === 'date') {
        set(reading.iso, region.start + reading.start, region.start + reading.end);
        return;
      }
      if (reading.kind === 'blank' && pattern === patterns.endLabel && !blank) {
        blank = { evidence: m[0], start: region.start + m.index, end: region.start + Math.max(m.index + m[0].length, reading.end) };
      }
    }
  }
  if (blank && target === 'convention') ctx.blank('convention.endDate', blank.evidence, blank.start, blank.end);
}

function readStart(ctx: ReadContext, region: Region, body: string): void {
  const atSignature = body.matchAll(patterns.startsAtSignature).next();
  let onDate: { iso: string; start: number; end: number; at: number } | null = null;
  for (const m of body.matchAll(patterns.startsOnDate)) {
    const reading = readDateAfter(body, m.index + m[0].length);
    if (reading.kind === 'date') {
      onDate = { iso: reading.iso, start: reading.start, end: reading.end, at: m.index };
      break;
    }
  }
  const sig = atSignature.done ? null : atSignature.value;
  if (sig && (!onDate || sig.index < onDate.at)) {
    ctx.set('convention', 'startsOn', 'signature', region.start + sig.index, region.start + sig.index + sig[0].length);
  } else if (onDate) {
    ctx.set('convention', 'startsOn', onDate.iso, region.start + onDate.start, region.start + onDate.end);
  }
}

/** The date printed alone on a line around the title ("le 21 mai 2026"). */
function readHeadDate(ctx: ReadContext, segments: Segments): void {
  const title = segments.conventionTitle ?? segments.parties;
  if (title === null) return;
  const from = Math.max(segments.deliberation.start, title - HEAD_WINDOW);
  const to = segments.parties ?? title;
  let lineStart = from;
  let last: { iso: string; start: number; end: number } | null = null;
  while (lineStart < to) {
    let lineEnd = ctx.text.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    // "168 rue Caponière – 14061 CAEN Cedex\tCaen, le 30 juin 2025": the dated cell of a laid-out line
    const fullLine = ctx.text.slice(lineStart, lineEnd);
    const cellStart = fullLine.lastIndexOf('\t') + 1;
    const line = fullLine.slice(cellStart);
    const date = findDates(line)[0];
    // the dated line nearest the title: a signature ("Fait à …, le") further up is the deliberation's
    const signed = date && nextLines(ctx.text, lineStart, 1).some((l) => patterns.signatoryLine.test(l));
    if (date && !signed && line.trim().length <= date.end - date.start + 30 && !patterns.stampWords.test(line)) {
      last = { iso: date.iso, start: lineStart + cellStart + date.start, end: lineStart + cellStart + date.end };
    }
    lineStart = lineEnd + 1;
  }
  if (last) ctx.set('convention', 'documentDate', last.iso, last.start, last.end);
}

/** "Entre : <academic party> Représentée par X … Et : <commune> …" */
function readParties(ctx: ReadContext, segments: Segments): void {
  const start = segments.parties;
  if (start === null) return;
  const text = ctx.text;
  const windowEnd = Math.min(text.length, start + PARTY_WINDOW);
  const window = text.slice(start, windowEnd);
  const endMatch = patterns.partiesEnd.exec(window);
  const partiesEnd = start + (endMatch ? endMatch.index : window.length);
  const second = patterns.secondParty.exec(text.slice(start + 1, partiesEnd));
  // ", et la commune de X": the second party starts after the comma
  const split = second ? start + 1 + second.index + (second[0].startsWith(',') ? 1 : 0) : partiesEnd;
  let first: Region = { start, end: split };
  let other: Region = { start: split, end: partiesEnd };
  // the commune may be named first: the academic party is the one that reads like one
  const firstText = text.slice(first.start, first.end);
  if (!patterns.academyWord.test(firstText) && patterns.academyWord.test(text.slice(other.start, other.end))) [first, other] = [other, first];
  // a convention with the prefecture (@CTES) has no academic party
  if (patterns.academyWord.test(text.slice(first.start, first.end))) readAcademy(ctx, first);
  readCommuneParty(ctx, other);
}

function readAcademy(ctx: ReadContext, block: Region): void {
  const text = ctx.text.slice(block.start, block.end);
  const intro = patterns.partyIntro.exec(text);
  let at = intro ? intro[0].length : 0;
  // the first non-empty line (or the rest of the "Entre" line) names the party
  const secondIntro = patterns.secondPartyIntro.exec(text.slice(at));
  if (secondIntro) at += secondIntro[0].length;
  while (at < text.length && isSpace(text[at]!)) at++;
  const flat = joinWrapped(text);
  let end = flat.indexOf('\n', at);
  if (end === -1) end = flat.length;
  const line = flat.slice(at, end);
  // the name stops where the clause goes on: ", représentée par …", ", 12 rue …", ", d'une part"
  const stop = patterns.partyNameStop.exec(line);
  let name = trimPunctuation(stop ? line.slice(0, stop.index) : line);
  name = name.replace(patterns.leadingArticle, '');
  if (name.length >= 3) {
    const nameAt = block.start + flat.indexOf(name, at);
    ctx.set('convention', 'academy', name, nameAt, nameAt + name.length);
  }
  const rep = patterns.representedBy.exec(flat);
  if (rep) {
    const from = rep.index + rep[0].length;
    const person = firstPersonIn(flat.slice(from, from + 200));
    if (person) ctx.set('convention', 'academyRepresentative', person.name, block.start + from + person.start, block.start + from + person.end);
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n';
}

/** "Durée : du 1er septembre 2025 au 31 août 2026": start and end in one phrase. */
function readPeriod(ctx: ReadContext, region: Region, body: string): void {
  for (const m of body.matchAll(patterns.periodFrom)) {
    const from = readDateAfter(body, m.index + m[0].length);
    if (from.kind !== 'date') continue;
    const to = patterns.periodTo.exec(body.slice(from.end, from.end + 12));
    if (!to) continue;
    const until = readDateAfter(body, from.end + to[0].length);
    if (until.kind !== 'date') continue;
    ctx.set('convention', 'startsOn', from.iso, region.start + from.start, region.start + from.end);
    ctx.set('convention', 'endDate', until.iso, region.start + until.start, region.start + until.end);
    return;
  }
}
