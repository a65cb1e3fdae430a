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
