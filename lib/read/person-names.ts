/**
 * People's names as lists print them: civilities (M., MMES…) and roles (Maire, Adjoint,
 * Conseiller municipal) removed, one person per entry (record.md: "names as in the document").
 */
import { patterns } from '../patterns';

const MAX_WORDS = 7;

/** "M. COSTE Michel, Maire" → "COSTE Michel"; null when nothing name-like is left. */
export function cleanPersonName(raw: string): string | null {
  let s = raw.replace(patterns.parenthesised, ' ').replace(patterns.whitespaceRun, ' ');
  s = s.replace(patterns.edgePunctuation, '');
  s = s.replace(patterns.mayorWords, '');
  for (let i = 0; i < 3; i++) {
    const civility = patterns.leadingCivility.exec(s);
    if (!civility || civility[0].length === 0) break;
    s = s.slice(civility[0].length);
  }
  for (let i = 0; i < 3; i++) {
    const next = s.replace(patterns.trailingRole, '');
    if (next === s) break;
    s = next;
  }
  s = s.replace(patterns.edgePunctuation, '').trim();
  if (s === '' || patterns.roleOnly.test(s) || !patterns.upperLetter.test(s) || patterns.digit.test(s)) return null;
  if (s.split(' ').length > MAX_WORDS) return null;
  return s;
}

export interface ListItem {
  text: string;
  start: number;
  end: number;
}

/**
 * Splits a printed list into items with their offsets (relative to `offset`): commas, semicolons,
 * tabs, new lines, spaced dashes, " et ", and a civility starting a new person.
 * Parentheses are kept whole ("X (procuration à Y, adjoint)").
 */
export function splitList(block: string, offset = 0): ListItem[] {
  const cuts: number[] = [];
  let depth = 0;
  const inParens: boolean[] = new Array(block.length);
  for (let i = 0; i < block.length; i++) {
    const c = block[i];
    if (c === '(') depth++;
    inParens[i] = depth > 0;
    if (c === ')' && depth > 0) depth--;
  }
  for (const m of block.matchAll(patterns.nameListSeparator)) if (!inParens[m.index]) cuts.push(m.index, m.index + m[0].length);
  for (const m of block.matchAll(patterns.inlineCivility)) if (!inParens[m.index]) cuts.push(m.index, m.index + 1);
  cuts.sort((a, b) => a - b);
  const items: ListItem[] = [];
  let start = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    pushItem(block, start, cuts[i]!, offset, items);
    start = Math.max(start, cuts[i + 1]!);
  }
  pushItem(block, start, block.length, offset, items);
  return items;
}

function pushItem(block: string, from: number, to: number, offset: number, items: ListItem[]): void {
  if (to <= from) return;
  const raw = block.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text) items.push({ text, start: offset + from + lead, end: offset + from + lead + text.length });
}
