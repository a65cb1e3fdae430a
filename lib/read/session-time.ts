/**
 * Session details read around the session date: the time the meeting opened ("à dix-huit heures
 * trente", "La séance est ouverte à 20 heures 15") and a convocation date printed without its
 * year ("convoqué le 7 mars").
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { isoFromParts, monthNumber, parseFrenchTime } from './french-dates';
import { parseCount } from './french-numbers';

export const SENTENCE_WINDOW = 400;

/** The time the meeting opened: right after the session date, in the meeting sentence, or "séance ouverte à". */
export function readTime(ctx: ReadContext, region: Region, text: string, sessionDates: Array<{ end: number }>): void {
  for (const d of sessionDates) {
    const lead = patterns.beforeTime.exec(text.slice(d.end, d.end + 12));
    if (lead && setTimeAt(ctx, region, text, d.end + lead[0].length)) return;
  }
  const anchors: number[] = [];
  for (const m of text.matchAll(patterns.meetingVerb)) anchors.push(sentenceStart(text, m.index));
  for (const m of text.matchAll(patterns.sessionOpened)) anchors.push(m.index);
  for (const anchor of anchors) {
    const sentence = text.slice(anchor, anchor + SENTENCE_WINDOW);
    const end = patterns.sentenceEnd.exec(sentence);
    const scope = end ? sentence.slice(0, end.index) : sentence;
    for (const m of scope.matchAll(patterns.timeAfterA)) {
      if (setTimeAt(ctx, region, text, anchor + m.index + m[0].length)) return;
    }
  }
}

function setTimeAt(ctx: ReadContext, region: Region, text: string, at: number): boolean {
  // "à 20 heures\n15": a time wrapped over two lines
  const rest = text.slice(at, at + 50).split('\n').join(' ');
  const digit = patterns.digitTime.exec(rest);
  const word = patterns.wordTime.exec(rest);
  const len = Math.max(digit?.index === 0 ? digit[0].length : 0, word?.index === 0 ? word[0].length : 0);
  if (len === 0) return false;
  const time = parseFrenchTime(rest.slice(0, len));
  return time !== null && ctx.set('session', 'time', time, region.start + at, region.start + at + len);
}

/** Start of the sentence holding `at` (after the previous full stop or blank line). */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - SENTENCE_WINDOW);
  const before = text.slice(from, at);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n'), before.lastIndexOf('.\n'));
  return stop === -1 ? from : from + stop + 2;
}

/** "convoqué le 7 mars": the year is the session's (the year before for a December convocation of a January session). */
export function readConvocationWithoutYear(ctx: ReadContext, region: Region, text: string): void {
  const session = ctx.record.session.date;
  if (!session) return;
  for (const m of text.matchAll(patterns.convocationLabel)) {
    const at = m.index + m[0].length;
    const dm = patterns.dayMonth.exec(text.slice(at, at + 40));
    if (!dm) continue;
    const day = dm[1]!.startsWith('1') && dm[1]!.toLowerCase().endsWith('er') ? 1 : parseCount(dm[1]!);
    const month = monthNumber(dm[2]!);
    if (day === null || month === null) continue;
    const year = Number(session.slice(0, 4)) - (month > Number(session.slice(5, 7)) ? 1 : 0);
    const iso = isoFromParts(year, month, day);
    if (iso && ctx.set('session', 'convocationDate', iso, region.start + at, region.start + at + dm[0].length)) return;
  }
}
