/**
 * The deliberation's own number ("N°2024/36", "DELIBERATION 2021-100.", "DELIBERATION N°11 DU
 * 25 JUIN 2025", "N° 2023/11/27-31") and its object, across line breaks.
 */
import { patterns } from '../patterns';
import { trimNumberTrailer } from './text-edges';
import type { ReadContext, Region } from './read-context';
import { chosenAgendaItem } from './agenda-items';

const MAX_SUBJECT = 500;

export function readDeliberationHeading(ctx: ReadContext, whole: Region): void {
  // a procès-verbal of several acts: the number and object of the chosen act
  const item = chosenAgendaItem(ctx.text, whole);
  const region = item ?? whole;
  const text = ctx.text.slice(region.start, region.end);
  let headingEnd: number | null = null;
  // "2) DEL 2025-012 – …": the item's own heading carries its number
  const act = item ? text.slice(0, item.headingEnd - item.start).matchAll(patterns.agendaActHeading).next().value : undefined;
  if (act) {
    const number = trimNumberTrailer(act[1]!);
    const numberAt = act.index + act[0].length - act[1]!.length;
    if (ctx.set('deliberation', 'number', number, region.start + numberAt, region.start + numberAt + number.length)) headingEnd = act.index + act[0].length;
  }
  for (const pattern of headingEnd === null ? [patterns.reportNumberLine, patterns.deliberationNumberHeading, patterns.numberLine] : []) {
    for (const m of text.matchAll(pattern)) {
      const printed = m[1] ?? m[2]!;
      const number = trimNumberTrailer(printed);
      const numberAt = m.index + m[0].length - printed.length;
      if (ctx.set('deliberation', 'number', number, region.start + numberAt, region.start + numberAt + number.length)) {
        headingEnd = m.index + m[0].length;
        break;
      }
    }
    if (headingEnd !== null) break;
  }
  readSubject(ctx, region, text, headingEnd, item !== null);
  // a compte rendu of several acts prints each act's @CTES id in its item: the chosen item's id wins
  if (item) {
    const own = text.matchAll(patterns.actesId).next();
    if (!own.done && own.value[0] !== ctx.record.deliberation.actesId) {
      ctx.record.deliberation.actesId = null;
      ctx.set('deliberation', 'actesId', own.value[0], region.start + own.value.index, region.start + own.value.index + own.value[0].length);
    }
  }
  const classification = patterns.classification.exec(text);
  if (classification) ctx.set('deliberation', 'classification', classification[1]!);
}

function readSubject(ctx: ReadContext, region: Region, text: string, headingEnd: number | null, inItem: boolean): void {
  for (const m of text.matchAll(patterns.subjectLabel)) {
    let p = paragraphAt(text, m.index + m[0].length);
    if (!p) continue;
    // a rubric ("FINANCES") printed above the object itself, as its own paragraph or its first line
    if (isRubric(p.text)) {
      const next = paragraphAt(text, p.end);
      if (next && !patterns.notASubject.test(next.text)) p = next;
    } else {
      const firstBreak = text.indexOf('\n', p.start);
      const firstLine = firstBreak === -1 || firstBreak >= p.end ? '' : text.slice(p.start, firstBreak);
      if (firstLine && isRubric(firstLine.trim()) && patterns.lowerLetter.test(text.slice(firstBreak, p.end))) {
        const rest = paragraphAt(text, firstBreak);
        if (rest) p = rest;
      }
    }
    ctx.set('deliberation', 'subject', p.text, region.start + p.start, region.start + p.end);
    return;
  }
  if (headingEnd === null) return;
  // the rest of the heading ("DELIBERATION 2021-100. SCOLAIRE : …"), else the title below it
  const lineEnd = text.indexOf('\n', headingEnd);
  const rest = text.slice(headingEnd, lineEnd === -1 ? text.length : lineEnd);
  const lead = patterns.subjectLead.exec(rest);
  const restStart = headingEnd + (lead ? lead[0].length : 0);
  if (rest.trim().replace(patterns.subjectLead, '').length > 3 && !patterns.dateLead.test(text.slice(restStart))) {
    const p = paragraphAt(text, restStart);
    if (p) ctx.set('deliberation', 'subject', p.text, region.start + p.start, region.start + p.end);
    return;
  }
  const next = paragraphAt(text, lineEnd === -1 ? text.length : lineEnd);
  if (!next || patterns.notASubject.test(next.text)) return;
  const letters = next.text.replace(patterns.nonLetter, '');
  const upper = letters.replace(patterns.nonUpper, '').length;
  // the title in capitals below the heading; in an item of a compte rendu, the line below its number
  if (letters.length > 0 && upper / letters.length >= 0.7) ctx.set('deliberation', 'subject', next.text, region.start + next.start, region.start + next.end);
  // "ÉDUCATION – Convention de service …": a rubric in capitals, a dash, the object
  else if (patterns.rubricThenObject.test(next.text)) ctx.set('deliberation', 'subject', next.text, region.start + next.start, region.start + next.end);
  else if (inItem) {
    const lineEnd = text.indexOf('\n', next.start);
    const line = text.slice(next.start, lineEnd === -1 || lineEnd > next.end ? next.end : lineEnd).trim();
    if (line.length >= 8 && !patterns.agendaDecision.test(line)) ctx.set('deliberation', 'subject', line, region.start + next.start, region.start + next.start + line.length);
  }
}

/** "FINANCES", "AFFAIRES SCOLAIRES": a short heading in capitals, no object of its own. */
function isRubric(line: string): boolean {
  return line.split(' ').length <= 3 && !patterns.lowerLetter.test(line);
}

/**
 * The object starting at or after `from` (blank lines skipped): its first line, and the next lines
 * while they go on with it — a lower-case start, a line cut after "de"/"et", a wrapped line, or
 * a title in capitals over several lines — up to a blank line.
 */
function paragraphAt(text: string, from: number): { text: string; start: number; end: number } | null {
  let start = from;
  while (start < text.length && (text[start] === ' ' || text[start] === '\n' || text[start] === '\t')) start++;
  if (start >= text.length) return null;
  const limit = Math.min(text.length, start + MAX_SUBJECT);
  let end = lineEndOf(text, start, limit);
  let previous = text.slice(start, end).trim();
  // the margin is reached by the whole printed line, "Objet : " included
  let previousWidth = end - (text.lastIndexOf('\n', start - 1) + 1);
  while (end < limit) {
    const nextEnd = lineEndOf(text, end + 1, limit);
    const next = text.slice(end + 1, nextEnd).trim();
    if (next === '' || !continues(previous, previousWidth, next)) break;
    previousWidth = nextEnd - end - 1;
    end = nextEnd;
    previous = next;
  }
  const joined = text.slice(start, end).replace(patterns.whitespaceRun, ' ').trim();
  return joined === '' ? null : { text: joined, start, end };
}

function continues(line: string, width: number, next: string): boolean {
  if (patterns.sentenceStopEnd.test(line)) return false;
  // a transmission stamp beside the object in the PDF ("Envoyé en préfecture le …") is no part of it
  if (patterns.stampLineOne.test(next)) return false;
  if (patterns.lowerStart.test(next) || patterns.danglingWord.test(line)) return true;
  // a long line looks wrapped, but in text wrapped at 60 columns so does the object's last line
  if (patterns.subjectBodyStart.test(next)) return false;
  if (width >= WRAPPED_LINE) return true;
  return !patterns.lowerLetter.test(line) && !patterns.lowerLetter.test(next);
}

function lineEndOf(text: string, from: number, limit: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 || end > limit ? limit : end;
}

/** a line this long was wrapped at the margin */
const WRAPPED_LINE = 60;
