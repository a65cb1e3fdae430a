/**
 * The session: date and time ("L'an deux mille vingt et un, le vingt-sept du mois d'octobre à
 * neuf heures"), place, president, convocation and posting dates, second convocation, urgency.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { findDates, parseFrenchTime } from './french-dates';
import { readDateAfter } from './labeled-dates';
import { cleanPersonName } from './person-names';

const PLACE_WINDOW = 320;
const PRESIDENT_WINDOW = 160;

export function readSession(ctx: ReadContext, region: Region): void {
  const text = ctx.text.slice(region.start, region.end);
  readSessionDate(ctx, region, text);
  readPlace(ctx, region, text);
  readPresident(ctx, region, text);
  for (const m of text.matchAll(patterns.convocationLabel)) {
    const reading = readDateAfter(text, m.index + m[0].length);
    if (reading.kind === 'date' && ctx.set('session', 'convocationDate', reading.iso, region.start + reading.start, region.start + reading.end)) break;
  }
  for (const m of text.matchAll(patterns.postedLabel)) {
    const reading = readDateAfter(text, m.index + m[0].length);
    if (reading.kind === 'date' && ctx.set('session', 'postedDate', reading.iso, region.start + reading.start, region.start + reading.end)) break;
  }
  if (patterns.secondConvocation.test(text)) ctx.record.session.secondConvocation = true;
  if (patterns.urgency.test(text)) ctx.record.session.urgency = true;
}

function readSessionDate(ctx: ReadContext, region: Region, text: string): void {
  // the formal opening ("L'an …") first, then "Séance du …", then the date before "s'est réuni"
  const opening = patterns.yearFirstDate.source;
  for (const d of findDates(text)) {
    const isOpening = new RegExp(opening, 'i').test(text.slice(d.start, d.end));
    if (isOpening) {
      setDateAndTime(ctx, region, text, d);
      return;
    }
  }
  for (const m of text.matchAll(patterns.sessionDateLabel)) {
    const reading = readDateAfter(text, m.index + m[0].length);
    if (reading.kind === 'date') {
      setDateAndTime(ctx, region, text, reading);
      return;
    }
  }
  for (const m of text.matchAll(patterns.meetingVerb)) {
    const from = Math.max(0, m.index - 200);
    const before = findDates(text.slice(from, m.index));
    const last = before[before.length - 1];
    if (last) {
      setDateAndTime(ctx, region, text, { iso: last.iso, start: from + last.start, end: from + last.end });
      return;
    }
  }
}

function setDateAndTime(ctx: ReadContext, region: Region, text: string, d: { iso: string; start: number; end: number }): void {
  ctx.set('session', 'date', d.iso, region.start + d.start, region.start + d.end);
  const after = text.slice(d.end, d.end + 80);
  const lead = patterns.beforeTime.exec(after);
  if (!lead) return;
  const rest = after.slice(lead[0].length);
  const time = parseFrenchTime(rest.slice(0, 50));
  const digit = patterns.digitTime.exec(rest);
  const word = patterns.wordTime.exec(rest);
  const startsThere = (digit && digit.index === 0) || (word && word.index === 0);
  if (time && startsThere) {
    const len = Math.max(digit?.index === 0 ? digit[0].length : 0, word?.index === 0 ? word[0].length : 0);
    const at = region.start + d.end + lead[0].length;
    ctx.set('session', 'time', time, at, at + len);
  }
}

function readPlace(ctx: ReadContext, region: Region, text: string): void {
  for (const m of text.matchAll(patterns.meetingVerb)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + PLACE_WINDOW);
    const stop = patterns.placeStop.exec(window);
    const sentence = stop ? window.slice(0, stop.index) : window;
    const parts: string[] = [];
    let started = false;
    let startAt = 0;
    let offset = 0;
    for (const raw of sentence.split(',')) {
      const segment = raw.trim();
      const segmentAt = offset + raw.length - raw.trimStart().length;
      offset += raw.length + 1;
      if (segment === '') continue;
      if (patterns.nonPlaceSegment.test(segment)) {
        if (started) break;
        continue;
      }
      if (!started && !patterns.placeSegment.test(segment)) continue;
      if (!started) startAt = segmentAt;
      started = true;
      parts.push(segment.replace(patterns.whitespaceRun, ' '));
    }
    if (parts.length === 0) continue;
    const place = parts.join(', ').replace(patterns.placePreposition, '');
    const at = region.start + from + startAt;
    ctx.set('session', 'place', place, at, at + parts.join(', ').length);
    return;
  }
}

function readPresident(ctx: ReadContext, region: Region, text: string): void {
  const m = text.matchAll(patterns.presidency).next();
  if (m.done) return;
  const from = m.value.index + m.value[0].length;
  const window = text.slice(from, from + PRESIDENT_WINDOW);
  const end = patterns.sentenceEnd.exec(window);
  const sentence = end ? window.slice(0, end.index) : window;
  let offset = 0;
  for (const raw of sentence.split(',')) {
    const name = cleanPersonName(raw);
    if (name) {
      const at = region.start + from + offset;
      ctx.set('session', 'president', name, at, at + raw.length);
      // "sous la présidence de M. X, Maire" / "… LANSADÉ maire": the president is the mayor
      if (patterns.mayorRole.test(sentence.slice(0, offset + raw.length + 12))) {
        ctx.set('commune', 'mayor', name, at, at + raw.length);
      }
      return;
    }
    offset += raw.length + 1;
  }
}
