/**
 * A procès-verbal records several acts in turn ("1. DCM 2025-086 – FINANCES – …", "Point n° 2 :
 * …", one "Objet :" per act). The record describes one act, so its number, subject and vote are
 * read inside one item only: the one about the ENT (or, failing that, a convention), else the
 * first decided item. Reading across items adds the votes of unrelated acts together.
 */
import { patterns } from '../patterns';
import type { Region } from './read-context';
import { trimNumberTrailer } from './text-edges';

export interface AgendaItem extends Region {
  /** end of the item's heading line */
  headingEnd: number;
}

interface Heading {
  at: number;
  /** the act number or the item's ordinal, to tell a repeated footer from a new item */
  key: string;
}

/** An item needs its own decision; two decided items make a procès-verbal of several acts. */
const MIN_DECIDED = 2;

/** The items of a procès-verbal within `region` (absolute offsets), or null for a single act. */
export function agendaItemsIn(text: string, region: Region): AgendaItem[] | null {
  const body = text.slice(region.start, region.end);
  // act numbers are the surest headings, then numbered points (the run with most decisions), then "Objet :"
  const families = [[actHeadings(body)], numberedRuns(body), [subjectHeadings(body)]];
  for (const family of families) {
    let best: AgendaItem[] | null = null;
    let bestDecided = 0;
    for (const headings of family) {
      if (headings.length < MIN_DECIDED) continue;
      const items = itemsOf(headings, body, region.start);
      const decided = items.filter((item) => isDecided(text, item)).length;
      // on a tie the later run wins: the items follow the agenda printed at the top
      if (decided >= MIN_DECIDED && decided >= bestDecided) {
        best = items;
        bestDecided = decided;
      }
    }
    if (best) return best;
  }
  return null;
}

/** Each item runs to the next heading; the last one to the close of the session, if printed. */
function itemsOf(headings: Heading[], body: string, base: number): AgendaItem[] {
  return headings.map((h, i): AgendaItem => {
    let end = body.length;
    if (i + 1 < headings.length) end = headings[i + 1]!.at;
    else {
      const closing = patterns.agendaClosing.exec(body.slice(h.at));
      if (closing && closing.index > 0) end = h.at + closing.index;
    }
    const lineEnd = body.indexOf('\n', h.at);
    const headingEnd = lineEnd === -1 || lineEnd > end ? end : lineEnd;
    return { start: base + h.at, end: base + end, headingEnd: base + headingEnd };
  });
}

function isDecided(text: string, item: Region): boolean {
  return patterns.agendaDecision.test(text.slice(item.start, item.end));
}

/**
 * The item the record is about, or null when the text is a single act. The ENT item first (by
 * its heading, then its body), then a convention, then the first item that was decided.
 */
export function chosenAgendaItem(text: string, region: Region): AgendaItem | null {
  const items = agendaItemsIn(text, region);
  if (!items) return null;
  const decided = items.filter((item) => isDecided(text, item));
  const heading = (item: AgendaItem) => text.slice(item.start, item.headingEnd);
  const whole = (item: AgendaItem) => text.slice(item.start, item.end);
  const isEnt = (s: string) => patterns.entAcronym.test(s) || patterns.entWords.test(s);
  const tests: Array<(item: AgendaItem) => boolean> = [
    (item) => isEnt(heading(item)),
    (item) => isEnt(whole(item)),
    (item) => patterns.conventionWord.test(heading(item)),
    (item) => patterns.conventionWord.test(whole(item)),
  ];
  for (const test of tests) {
    const found = decided.find(test);
    if (found) return found;
  }
  return decided[0] ?? null;
}

/** The region a block reader should read: the chosen item of a procès-verbal, else the region. */
export function actRegion(text: string, region: Region): Region {
  return chosenAgendaItem(text, region) ?? region;
}

/** "DCM 2025-086 – …" headings; a repeat of the previous number is a page footer, not an item. */
function actHeadings(body: string): Heading[] {
  const headings: Heading[] = [];
  for (const m of body.matchAll(patterns.agendaActHeading)) {
    const key = trimNumberTrailer(m[1]!);
    if (headings.some((h) => h.key === key) || !startsAfterBreak(body, m.index)) continue;
    headings.push({ at: m.index + leadingBlank(m[0]), key });
  }
  return headings;
}

/**
 * Runs of "1. …", "2. …" headings in sequence: each next number follows the last one, so a list
 * of decisions inside an item ("1. approuve … 2. autorise …") does not cut it; a new "1." starts a
 * new run (the agenda printed first, then the items themselves).
 */
function numberedRuns(body: string): Heading[][] {
  const runs: Heading[][] = [];
  let run: Heading[] = [];
  for (const m of body.matchAll(patterns.agendaNumberedHeading)) {
    if (!startsAfterBreak(body, m.index) || patterns.decisionListEntry.test(m[0])) continue;
    const n = Number(m[1]);
    const heading = { at: m.index + leadingBlank(m[0]), key: String(n) };
    const last = run.length > 0 ? Number(run[run.length - 1]!.key) : null;
    if (last !== null && n === last + 1) run.push(heading);
    else if (n === 1 || last === null) {
      if (run.length > 0) runs.push(run);
      run = [heading];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function subjectHeadings(body: string): Heading[] {
  const headings: Heading[] = [];
  for (const m of body.matchAll(patterns.agendaSubjectHeading)) {
    if (startsAfterBreak(body, m.index)) headings.push({ at: m.index + leadingBlank(m[0]), key: String(headings.length) });
  }
  return headings;
}

/**
 * A heading opens its own line: not "… conformément à la\ndélibération n° 2024-33 du …", a
 * sentence wrapped at the margin that happens to put a number at a line start.
 */
function startsAfterBreak(body: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  const previousStart = body.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = body.slice(previousStart, lineStart - 1).trim();
  if (previous === '' || patterns.sentenceStopEnd.test(previous) || CLOSING.has(previous.slice(-1))) return true;
  return previous.length < WRAPPED_LINE && !patterns.danglingWord.test(previous);
}

/** a finished heading or sentence may end on a bracket or a quote */
const CLOSING = new Set([')', ']', '»', '"']);
/** a line this long without a stop was wrapped at the margin */
const WRAPPED_LINE = 60;

function leadingBlank(s: string): number {
  return s.length - s.trimStart().length;
}
