import { patterns } from '../patterns';

/** Trimming without regular expressions: a trailing-anchored class run is quadratic on long input. */

const EDGE_PUNCTUATION = new Set([' ', '\t', '\n', '.', ',', ';', ':', '–', '—', '•', '·', '-']);
const NUMBER_TRAILER = new Set(['.', '/', '_', '-']);

function trimSet(s: string, set: Set<string>, start: boolean, end: boolean): string {
  let from = 0;
  let to = s.length;
  if (start) while (from < to && set.has(s[from]!)) from++;
  if (end) while (to > from && set.has(s[to - 1]!)) to--;
  return s.slice(from, to);
}

/** Spaces, punctuation and dashes around an item ("– Julie LEPLAIDEUR –" → "Julie LEPLAIDEUR"). */
export function trimPunctuation(s: string): string {
  return trimSet(s, EDGE_PUNCTUATION, true, true);
}

/** Trailing punctuation of a number ("2021-100." → "2021-100"). */
export function trimNumberTrailer(s: string): string {
  return trimSet(s, NUMBER_TRAILER, false, true);
}

/** a line at least this long was wrapped at a page margin */
const WRAP_WIDTH = 60;
const LINE_STOPS = new Set(['.', ';', ':']);

/**
 * Line breaks of lines wrapped at the margin turned into spaces (same length, so offsets hold):
 * for narrow scopes — a party's sentence, a representative's name — where a wrap can fall anywhere.
 */
export function joinWrapped(s: string): string {
  let out: string[] | null = null;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) {
    const line = s.slice(lineStart, i);
    // "… représentée par M.\nPierre-Emmanuel MARCHAL": a civility never ends a line on purpose
    const wrapped = line.length >= WRAP_WIDTH && !LINE_STOPS.has(line.trimEnd().slice(-1));
    if ((wrapped || patterns.trailingCivility.test(line.trimEnd())) && s[i + 1] !== '\n' && i + 1 < s.length) {
      out ??= s.split('');
      out[i] = ' ';
    }
    lineStart = i + 1;
  }
  return out ? out.join('') : s;
}

/** The `count` non-empty lines before the line starting at `lineStart`, nearest first. */
export function previousLines(text: string, lineStart: number, count: number): string[] {
  const out: string[] = [];
  let end = lineStart - 1;
  while (end > 0 && out.length < count) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') out.push(line);
    end = start - 1;
  }
  return out;
}

/** The next `count` non-empty lines after the line holding `at`. */
export function nextLines(text: string, at: number, count: number): string[] {
  const out: string[] = [];
  let pos = text.indexOf('\n', at);
  while (pos !== -1 && out.length < count) {
    const end = text.indexOf('\n', pos + 1);
    const line = text.slice(pos + 1, end === -1 ? text.length : end);
    if (line.trim() !== '') out.push(line);
    pos = end;
  }
  return out;
}
