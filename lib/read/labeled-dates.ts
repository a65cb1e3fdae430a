/**
 * What follows a date label ("Publié le", "se termine", "Date de convocation :"): a date,
 * a blank left for one, or something else. Blank values are facts (record.blanks).
 */
import { patterns } from '../patterns';
import { findDates } from './french-dates';

export type DateReading =
  | { kind: 'date'; iso: string; start: number; end: number }
  | { kind: 'blank'; start: number; end: number }
  | { kind: 'none' };

const NONE: DateReading = { kind: 'none' };

/** Reads the value printed at `pos` (just after a label), looking at most one line further. */
export function readDateAfter(text: string, pos: number): DateReading {
  const gap = patterns.labelGap.exec(text.slice(pos, pos + 20));
  let at = pos + (gap ? gap[0].length : 0);
  const lineEnd = indexOrEnd(text, '\n', at);
  const rest = text.slice(at, Math.min(lineEnd, at + 80));
  if (rest.trim() === '') {
    // value on the next non-empty line ("Date de convocation :\n27/05/2026"), or nothing
    let next = lineEnd + 1;
    let skipped = 0;
    while (next < text.length && text[next] === '\n' && skipped < 6) {
      next++;
      skipped++;
    }
    const nextEnd = indexOrEnd(text, '\n', next);
    const nextLine = text.slice(next, Math.min(nextEnd, next + 80));
    const date = dateAtStart(nextLine);
    if (date) return { kind: 'date', iso: date.iso, start: next + date.start, end: next + date.end };
    return { kind: 'blank', start: pos, end: pos };
  }
  // a date may run onto the next line when a PDF wraps it ("se termine au 5\nseptembre 2025")
  const nextEnd = lineEnd < text.length ? indexOrEnd(text, '\n', lineEnd + 1) : lineEnd;
  const date = dateAtStart(text.slice(at, Math.min(nextEnd, at + 80)));
  if (date) return { kind: 'date', iso: date.iso, start: at + date.start, end: at + date.end };
  const placeholder = patterns.placeholder.exec(rest);
  if (placeholder) return { kind: 'blank', start: at, end: at + placeholder[0].length };
  if (patterns.blankFollower.test(rest)) return { kind: 'blank', start: pos, end: pos };
  return NONE;
}

function dateAtStart(s: string): { iso: string; start: number; end: number } | null {
  const first = findDates(s)[0];
  if (!first) return null;
  // allow a weekday or "le" before the date, nothing else
  return s.slice(0, first.start).trim().length <= 3 ? first : null;
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i === -1 ? text.length : i;
}
