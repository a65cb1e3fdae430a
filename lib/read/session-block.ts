/**
 * The session: date and time ("L'an deux mille vingt et un, le vingt-sept du mois d'octobre à
 * neuf heures"), place, president, convocation and posting dates, second convocation, urgency.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { findDates } from './french-dates';
import { readConvocationWithoutYear, readTime, SENTENCE_WINDOW, sentenceStart } from './session-time';
import { readDateAfter } from './labeled-dates';
import { cleanPersonName } from './person-names';
import { postsTheConvocation } from './stamps';

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
  if (ctx.record.session.convocationDate === null) {
    // "13 mars 2025 (séance) - 10 mars 2025 (convocation)": a date tagged after it
    for (const d of findDates(text)) {
      if (patterns.convocationTagAfter.test(text.slice(d.end, d.end + 30)) && ctx.set('session', 'convocationDate', d.iso, region.start + d.start, region.start + d.end)) break;
    }
  }
  if (ctx.record.session.convocationDate === null) readConvocationWithoutYear(ctx, region, text);
  for (const m of text.matchAll(patterns.postedLabel)) {
    const reading = readDateAfter(text, m.index + m[0].length);
    if (reading.kind === 'date' && ctx.set('session', 'postedDate', reading.iso, region.start + reading.start, region.start + reading.end)) break;
  }
  // "Convocation envoyée le 07/05/2025 – affichée le 07/05/2025": posting of the convocation
  for (const m of text.matchAll(patterns.publishedLabel)) {
    if (ctx.record.session.postedDate !== null || !postsTheConvocation(text, m.index)) continue;
    const reading = readDateAfter(text, m.index + m[0].length);
    if (reading.kind === 'date') ctx.set('session', 'postedDate', reading.iso, region.start + reading.start, region.start + reading.end);
  }
  const session = ctx.record.session;
  if (session.postedDate === null && session.convocationDate !== null && patterns.postedSameDay.test(text)) ctx.set('session', 'postedDate', session.convocationDate);
  if (patterns.secondConvocation.test(text)) ctx.record.session.secondConvocation = true;
  if (patterns.urgency.test(text)) ctx.record.session.urgency = true;
}

function readSessionDate(ctx: ReadContext, region: Region, text: string): void {
  // the formal opening ("L'an …") first, then "Séance du …", then the meeting sentence's first date
  const dates = findDates(text);
  let found: { iso: string; start: number; end: number } | null = null;
  for (const d of dates) {
    if (d.form === 'year-first') {
      found = d;
      break;
    }
  }
  if (!found) {
    for (const m of text.matchAll(patterns.sessionDateLabel)) {
      const reading = readDateAfter(text, m.index + m[0].length);
      if (reading.kind === 'date') {
        found = reading;
        break;
      }
    }
  }
  if (!found) {
    // the meeting sentence: its first date that is not the convocation's, before the verb or after it
    const notConvocation = (d: { start: number }) => !patterns.convocationBefore.test(text.slice(Math.max(0, d.start - 30), d.start));
    for (const m of text.matchAll(patterns.meetingVerb)) {
      const sentence = sentenceStart(text, m.index);
      const stop = patterns.sentenceEnd.exec(text.slice(m.index, m.index + SENTENCE_WINDOW));
      const sentenceEnd = m.index + (stop ? stop.index : SENTENCE_WINDOW);
      found = dates.find((d) => d.start >= sentence && d.start < m.index && notConvocation(d))
        ?? dates.find((d) => d.start >= m.index && d.start < sentenceEnd && notConvocation(d))
        ?? null;
      if (found) break;
    }
  }
  if (!found) return;
  ctx.set('session', 'date', found.iso, region.start + found.start, region.start + found.end);
  readTime(ctx, region, text, dates.filter((d) => d.iso === found.iso));
}




function readPlace(ctx: ReadContext, region: Region, text: string): void {
  const label = text.matchAll(patterns.placeLabel).next();
  if (!label.done) {
    const from = label.value.index + label.value[0].length;
    const lineEnd = text.indexOf('\n', from);
    const place = text.slice(from, lineEnd === -1 ? text.length : lineEnd).trim();
    if (place.length >= 3 && ctx.set('session', 'place', place, region.start + from, region.start + from + place.length)) return;
  }
  for (const m of text.matchAll(patterns.meetingVerb)) {
    const from = m.index + m[0].length;
    if (readPlaceIn(ctx, region, text, from)) return;
  }
  for (const m of text.matchAll(patterns.sessionOpened)) {
    if (readPlaceIn(ctx, region, text, m.index)) return;
  }
  // "Séance du mardi 14 mars 2023, à 20 heures, en mairie, salle du conseil"
  for (const m of text.matchAll(patterns.sessionDateLabel)) {
    if (readPlaceIn(ctx, region, text, m.index, true)) return;
  }
}

/** The place in the sentence from `from`: a place segment, then its address-like continuations. */
function readPlaceIn(ctx: ReadContext, region: Region, text: string, from: number, lineOnly = false): boolean {
  let window = text.slice(from, from + PLACE_WINDOW);
  if (lineOnly) window = window.split('\n')[0] ?? '';
  const stop = patterns.placeStop.exec(window);
  const sentence = stop ? window.slice(0, stop.index) : window;
  const parts: string[] = [];
  let startAt = -1;
  let offset = 0;
  // "…, en mairie, salle du conseil" and "… à 20 h 00 – salle polyvalente": commas and spaced dashes part it
  const pieces = sentence.split(patterns.placeSeparator);
  for (let p = 0; p < pieces.length; p += 2) {
    const raw = pieces[p]!;
    let segment = raw.trim();
    let segmentAt = offset + raw.length - raw.trimStart().length;
    offset += raw.length + (pieces[p + 1]?.length ?? 0);
    if (segment === '') continue;
    if (startAt !== -1) {
      if (!patterns.placeContinuation.test(segment)) break;
      parts.push(segment.replace(patterns.whitespaceRun, ' '));
      continue;
    }
    if (patterns.nonPlaceSegment.test(segment) || !patterns.placeSegment.test(segment)) {
      // "en séance publique à l'Espace culturel Jean Gabin": the place inside the segment
      const inner = segment.matchAll(patterns.placeKeyword).next();
      if (inner.done) continue;
      segmentAt += inner.value.index;
      segment = segment.slice(inner.value.index);
    }
    // "en mairie en séance publique": the manner of the session is no part of its place
    const qualifier = patterns.placeTrailingQualifier.exec(segment);
    if (qualifier && qualifier.index > 0) segment = segment.slice(0, qualifier.index);
    startAt = segmentAt;
    parts.push(segment.replace(patterns.whitespaceRun, ' '));
  }
  if (parts.length === 0) return false;
  const joined = parts.join(', ');
  const place = joined.replace(patterns.placePreposition, '');
  const at = region.start + from + startAt;
  return ctx.set('session', 'place', place, at, at + joined.length);
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
