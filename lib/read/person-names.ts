/**
 * People's names as lists print them: civilities (M., MMES…) and roles (Maire, Adjoint,
 * Conseiller municipal) removed, one person per entry (record.md: "names as in the document").
 */
import { patterns } from '../patterns';
import { joinWrapped, trimPunctuation } from './text-edges';

const MAX_WORDS = 7;

/** "M. COSTE Michel, Maire" → "COSTE Michel"; null when nothing name-like is left. */
export function cleanPersonName(raw: string): string | null {
  let s = raw.replace(patterns.parenthesised, ' ').replace(patterns.whitespaceRun, ' ');
  s = trimPunctuation(s);
  for (let i = 0; i < 3; i++) {
    const before = s;
    const civility = patterns.leadingCivility.exec(s);
    if (civility) s = s.slice(civility[0].length);
    s = s.replace(patterns.mayorWords, '');
    if (s === before) break;
  }
  for (let i = 0; i < 3; i++) {
    const next = s.replace(patterns.trailingRole, '');
    if (next === s) break;
    // "Cécile MAIRE": a surname in capitals, not the role, when nothing else would be left of the name
    const removed = s.slice(next.length);
    if (!removed.includes(',') && removed.trim() === removed.trim().toUpperCase() && !trimPunctuation(next).includes(' ')) break;
    s = next;
  }
  s = trimPunctuation(s);
  if (s === '' || patterns.roleOnly.test(s) || !patterns.upperLetter.test(s) || patterns.digit.test(s)) return null;
  const words = s.split(' ');
  if (words.length > MAX_WORDS) return null;
  // "tous les membres en exercice", "dûment convoqués": sentence words, not a name
  if (words.filter((w) => patterns.lowerNameWord.test(w)).length >= (words.length <= 2 ? 1 : 2)) return null;
  // a document printed in capitals: "PREND PART AU VOTE", "A DONNÉ POUVOIR", "SEIZE" are no names
  if (words.some((w) => patterns.capitalSentenceWord.test(w))) return null;
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
  for (const m of block.matchAll(patterns.nameListSeparator)) {
    if (inParens[m.index] || (m[0] === '\n' && isBrokenName(block, m.index))) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  for (const m of block.matchAll(patterns.inlineCivility)) {
    // "X à M. Y", "représenté par Mme Y": the civility continues the entry
    if (inParens[m.index] || patterns.linkBeforeCivility.test(block.slice(Math.max(0, m.index - 12), m.index))) continue;
    cuts.push(m.index, m.index + 1);
  }
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

/**
 * A line break inside a name ("…, Jean-Luc\nBOUSQUET, …" in PDF or OCR text): the line ends on a
 * lone first name after a separator and the next line goes on without a civility.
 */
function isBrokenName(block: string, at: number): boolean {
  const lineStart = block.lastIndexOf('\n', at - 1) + 1;
  const line = block.slice(lineStart, at).trimEnd();
  const nextEnd = block.indexOf('\n', at + 1);
  const next = block.slice(at + 1, nextEnd === -1 ? block.length : nextEnd).trim();
  if (line === '' || next === '') return false;
  // "… à M.\nJean-Claude ROUQUET": a civility ends the line, its name starts the next one
  if (patterns.trailingCivility.test(line)) return true;
  if (BREAK_CHARS.has(line[line.length - 1]!)) return false;
  // "Claire DUNAND\n(pouvoir à Annie BOUVIER)": no entry starts with a parenthesis
  if (next[0] === '(') return true;
  // "… PEYRARD à\nM. Alexandre VIDAL": a proxy's link word never ends an entry
  if (patterns.proxyLinkAtLineEnd.test(line)) return true;
  if (patterns.leadingCivility.test(next)) return false;
  // "… IZARD à Martine\nBAYLAC ;": a first name ends the line, its surname in capitals starts the next
  if (patterns.firstNameAtLineEnd.test(line) && patterns.surnameAtLineStart.test(next)) return true;
  // a line that reached the margin was wrapped, not ended ("… a donné\nprocuration à …"),
  // unless it already holds a whole proxy ("X a donné procuration à Y" then the next one)
  if (line.length >= WRAPPED_LINE && !line.includes('\t')) return !isWholeProxy(line.slice(lastSeparatorIn(line) + 1).trim());
  if (!patterns.upperLetter.test(next[0]!)) return false;
  // a line without separator continues the previous entry's line: the whole line is the entry's start
  let tail = line.slice(lastSeparatorIn(line) + 1).trim();
  const civility = patterns.leadingCivility.exec(tail);
  if (civility) tail = tail.slice(civility[0].length);
  return tail !== '' && !tail.includes(' ') && patterns.upperLetter.test(tail[0]!);
}

function lastSeparatorIn(line: string): number {
  return Math.max(line.lastIndexOf(','), line.lastIndexOf(';'), line.lastIndexOf(':'));
}

/** "X a donné procuration à Jean DUPONT": whole; "… à Fabrice" (the surname on the next line) is not. */
function isWholeProxy(entry: string): boolean {
  const m = patterns.proxyGave.exec(entry) ?? patterns.proxyInParentheses.exec(entry) ?? patterns.proxyOf.exec(entry) ?? patterns.proxyRepresentedBy.exec(entry);
  const holder = m ? cleanPersonName(m[2]!) : null;
  return holder !== null && holder.includes(' ');
}

const BREAK_CHARS = new Set([',', ';', ':', '.', '–', '—', '-']);
/** a line this long in a list was wrapped by a page margin */
const WRAPPED_LINE = 60;

function pushItem(block: string, from: number, to: number, offset: number, items: ListItem[]): void {
  if (to <= from) return;
  const raw = block.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  // a name broken over two lines is one entry: the line break reads as a space
  const text = raw.trim().split('\n').join(' ');
  if (text) items.push({ text, start: offset + from + lead, end: offset + from + lead + text.length });
}

/**
 * The first person named in a clause ("son maire, Monsieur Jean-Bernard MION, dûment habilité"):
 * comma-separated parts are tried in order; offsets are relative to the clause.
 */
export function firstPersonIn(raw: string): { name: string; start: number; end: number } | null {
  const clause = joinWrapped(raw);
  const stop = patterns.representativeEnd.exec(clause);
  const scope = stop ? clause.slice(0, stop.index) : clause;
  let offset = 0;
  for (const part of scope.split(',')) {
    const name = cleanPersonName(part);
    if (name) return { name, start: offset, end: offset + part.length };
    offset += part.length + 1;
  }
  return null;
}

/** The last person named at the end of a clause ("…; Mme Nadège THÉODORE" before "a été désignée"). */
export function lastPersonBefore(window: string): string | null {
  const clause = window.split(patterns.clauseBreak).pop() ?? '';
  const parts = clause.split(',');
  for (let i = parts.length - 1; i >= 0; i--) {
    const name = cleanPersonName(parts[i]!);
    if (name && name.split(' ').length <= 5) return name;
  }
  return null;
}
