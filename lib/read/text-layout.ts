/**
 * Page layout undone before reading: text laid out in two columns (pdftotext -layout, printed
 * registers: counts on the left, the opening sentence on the right) is read column by column;
 * other wide gaps become tabs (table cells); words hyphenated at a line end are joined
 * ("acadé-\nmique", "Saint-\nGenest"). Every output character keeps its original offset.
 */
import { patterns } from '../patterns';

export interface LaidOutText {
  text: string;
  /** original offset of each output character, plus one final entry */
  map: Int32Array;
}

interface Line {
  start: number;
  text: string;
  /** where the right column starts (index in the line), when the line has two */
  right: number;
  /** where the left part ends */
  leftEnd: number;
  /** how many wide gaps the line has */
  gaps: number;
}

const MIN_GAP = 3;
const COLUMN_TOLERANCE = 4;

export function undoLayout(raw: string): LaidOutText | null {
  if (!patterns.wideGap.test(raw) && !patterns.lineEndHyphen.test(raw)) return null;
  const lines: Line[] = [];
  let at = 0;
  while (at <= raw.length) {
    let end = raw.indexOf('\n', at);
    if (end === -1) end = raw.length;
    // Windows line ends: the CR belongs to the line break, not to the line (else "délibé-\r" is no cut word)
    const text = raw.slice(at, end > at && raw.charCodeAt(end - 1) === 13 ? end - 1 : end);
    const gap = innerGap(text);
    const gaps = gap ? [...text.matchAll(patterns.wideGapAll)].length : 0;
    lines.push({ start: at, text, right: gap ? gap.right : -1, leftEnd: gap ? gap.left : text.length, gaps });
    at = end + 1;
  }
  const chars: number[] = [];
  const map: number[] = [];
  const emit = (line: Line, from: number, to: number, gapsToTabs: boolean) => {
    let inGap = 0;
    for (let i = from; i < to; i++) {
      const ch = line.text.charCodeAt(i);
      if (gapsToTabs && ch === 32) {
        inGap++;
        continue;
      }
      if (inGap > 0) {
        // a wide gap between two texts is a cell boundary, a narrow one a space
        const sep = inGap >= MIN_GAP && chars.length > 0 && chars[chars.length - 1] !== 10 ? 9 : 32;
        for (let k = 0; k < (sep === 9 ? 1 : inGap); k++) push(sep, line.start + i - inGap + k);
        inGap = 0;
      }
      push(ch, line.start + i);
    }
    for (let k = 0; k < inGap; k++) push(32, line.start + to - inGap + k);
  };
  const push = (code: number, offset: number) => {
    chars.push(code);
    map.push(offset);
  };
  const newline = (line: Line) => push(10, line.start + line.text.length);
  for (let i = 0; i < lines.length; ) {
    const block = columnBlock(lines, i);
    if (block) {
      // the left column (labels, margin notes) then the right one (the text), each line cut where it splits
      block.kinds.forEach((kind, k) => {
        const line = lines[i + k]!;
        if (kind === 'split') emit(line, 0, Math.min(line.leftEnd, line.text.length), false);
        else if (kind === 'left') emit(line, 0, line.text.length, false);
        newline(line);
      });
      block.kinds.forEach((kind, k) => {
        const line = lines[i + k]!;
        if (kind === 'split') emit(line, line.right, line.text.length, false);
        else if (kind === 'right') emit(line, line.text.length - line.text.trimStart().length, line.text.length, false);
        newline(line);
      });
      i = block.end;
      continue;
    }
    const line = lines[i]!;
    emit(line, 0, line.text.length, true);
    if (i < lines.length - 1) newline(line);
    i++;
  }
  map.push(raw.length);
  const joined = joinHyphenated(chars, map);
  let text = '';
  for (let i = 0; i < joined.chars.length; i += 8192) text += String.fromCharCode(...joined.chars.slice(i, i + 8192));
  return { text, map: Int32Array.from(joined.map) };
}

/** The first gap of 3+ spaces between two texts in a line. */
function innerGap(text: string): { left: number; right: number } | null {
  const m = patterns.innerWideGap.exec(text);
  if (!m) return null;
  return { left: m.index + 1, right: m.index + m[0].length };
}

type ColumnLine = 'split' | 'left' | 'right' | 'blank';

/**
 * Consecutive lines laid out in two columns at the same place (2+ lines split, 3+ lines in all):
 * a register's margin of counts and notes beside the act, a label column beside a paragraph. The
 * block may open on a line of the right column alone when a split line just below confirms it.
 */
function columnBlock(lines: Line[], from: number): { end: number; column: number; kinds: ColumnLine[] } | null {
  const first = lines[from]!;
  if (first.gaps > 1) return null;
  let column = first.right;
  if (column === -1) {
    const indent = first.text.length - first.text.trimStart().length;
    if (first.text.trim() === '' || indent < MIN_COLUMN_INDENT) return null;
    const probe = lines.slice(from + 1, from + 1 + COLUMN_PROBE_LINES).find((l) => l.right !== -1);
    if (!probe || Math.abs(probe.right - indent) > COLUMN_TOLERANCE) return null;
    column = indent;
  }
  let split = 0;
  // "9720377C   École primaire …" row after row: a table keyed by a code, not two columns of prose
  let codes = 0;
  let end = from;
  const kinds: ColumnLine[] = [];
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    const indent = line.text.length - line.text.trimStart().length;
    const blank = line.text.trim() === '';
    // a line with two gaps or more is a table row (cells), not two columns of prose
    if (line.gaps > 1) break;
    let kind: ColumnLine;
    if (line.right !== -1 && Math.abs(line.right - column) <= COLUMN_TOLERANCE) {
      split++;
      // "Présents      20", "Date de convocation      09/04/2025": labels and short values, a table
      const left = line.text.slice(0, line.leftEnd).trim();
      if (patterns.codeCell.test(left) || line.text.slice(line.right).trim().length <= SHORT_CELL) codes++;
      // "Présents      M. X, …" / "Pouvoirs      …": labelled rows with a hanging indent, read row by row
      else if (patterns.rowLabelCell.test(left)) codes++;
      kind = 'split';
    } else if (blank) {
      // a blank line inside the block only when the right column goes on after it: a label or a
      // list back at the margin after a blank line is the page's own text again
      let k = j + 1;
      while (k < lines.length && lines[k]!.text.trim() === '') k++;
      const next = lines[k];
      if (!next) break;
      const nextIndent = next.text.length - next.text.trimStart().length;
      const goesOn = next.gaps <= 1 && ((next.right !== -1 && Math.abs(next.right - column) <= COLUMN_TOLERANCE) || (next.right === -1 && Math.abs(nextIndent - column) <= COLUMN_TOLERANCE));
      if (!goesOn) break;
      kind = 'blank';
    }
    else if (Math.abs(indent - column) <= COLUMN_TOLERANCE && line.right === -1) kind = 'right';
    else if (line.text.trimEnd().length < column - 1) kind = 'left';
    else break;
    kinds.push(kind);
    end = j + 1;
  }
  // trailing blank lines are no part of the block
  while (kinds.length > 0 && kinds[kinds.length - 1] === 'blank') {
    kinds.pop();
    end--;
  }
  return split >= 2 && end - from >= 3 && codes * 2 < split ? { end, column, kinds } : null;
}

/** a right cell this short is a value in a table, not a column of prose */
const SHORT_CELL = 12;
/** a right column starts this far in at least (a paragraph's indent is less) */
const MIN_COLUMN_INDENT = 12;
/** how far below a right-column line the split line confirming the column may be */
const COLUMN_PROBE_LINES = 3;

/**
 * "acadé-\nmique" → "académique"; "Saint-\nGenest" → "Saint-Genest" (the hyphen stays before a capital
 * or a particle); "dix-\nneuf" keeps its hyphen (a compound number). When the document writes the word
 * elsewhere, that spelling decides ("LE-\nBRUN" → "LEBRUN" when "LEBRUN" appears further on).
 */
function joinHyphenated(chars: number[], map: number[]): { chars: number[]; map: number[] } {
  const outChars: number[] = [];
  const outMap: number[] = [];
  let lowered: string | null = null;
  const written = (word: string) => {
    lowered ??= charsToString(chars).toLowerCase();
    return occursAsWord(lowered, word.toLowerCase());
  };
  for (let i = 0; i < chars.length; i++) {
    // "délibé-  \n": spaces a copy left after the cut belong to the line break
    let lineBreak = i + 1;
    if (chars[i] === 45) while (chars[lineBreak] === 32 || chars[lineBreak] === 9) lineBreak++;
    if (chars[i] === 45 && chars[lineBreak] === 10 && isLetter(chars[i - 1])) {
      let next = lineBreak + 1;
      while (chars[next] === 32 || chars[next] === 9) next++;
      if (isLetter(chars[next])) {
        let from = i - 1;
        while (from > 0 && isLetter(chars[from - 1]) && i - from < 40) from--;
        let to = next;
        while (isLetter(chars[to]) && to - next < 40) to++;
        const head = String.fromCharCode(...chars.slice(from, i));
        const tail = String.fromCharCode(...chars.slice(next, to));
        const word = String.fromCharCode(...chars.slice(next, next + 4));
        let keepHyphen: boolean;
        if (patterns.numberWordWhole.test(head) && patterns.numberWordWhole.test(tail)) keepHyphen = true;
        else if (written(head + tail)) keepHyphen = false;
        else if (written(`${head}-${tail}`)) keepHyphen = true;
        else if (isLowerLetter(chars[i - 1])) keepHyphen = !isLowerLetter(chars[next]) || patterns.compoundParticle.test(word);
        // an upper-case part before the line end: "JEAN-\nPIERRE" is a compound, "La-F-\nontaine" a cut word
        else keepHyphen = isLetter(chars[next]) && !isLowerLetter(chars[next]) ? true : !(head.length === 1 || patterns.lowerLetter.test(head));
        if (keepHyphen) {
          outChars.push(45);
          outMap.push(map[i]!);
        }
        i = next - 1;
        continue;
      }
    }
    outChars.push(chars[i]!);
    outMap.push(map[i]!);
  }
  outMap.push(map[chars.length]!);
  return { chars: outChars, map: outMap };
}

function charsToString(chars: number[]): string {
  let text = '';
  for (let i = 0; i < chars.length; i += 8192) text += String.fromCharCode(...chars.slice(i, i + 8192));
  return text;
}

/** whether `word` (lower case) stands as a whole word in `text` (lower case) */
function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + word.length);
    if (!isLetter(before) && before !== 45 && !isLetter(after) && after !== 45) return true;
  }
  return false;
}

function isLowerLetter(code: number | undefined): boolean {
  return code !== undefined && ((code >= 97 && code <= 122) || (code >= 0xdf && code <= 0xff && code !== 0xf7));
}

function isLetter(code: number | undefined): boolean {
  return code !== undefined && (isLowerLetter(code) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7));
}
