/**
 * Text as documents arrive (PDF extraction, copy-paste, Markdown renderings, OCR) made uniform
 * for the readers, with a map back to the original offsets so every value can cite its source.
 */
import { patterns } from '../patterns';
import { undoLayout } from './text-layout';

export interface NormalizedText {
  text: string;
  /** original offset of a normalized offset (index may equal text.length) */
  toOriginal(index: number): number;
}

const SPACES = new Set(['\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u3000', '\u205f']);
const DROPPED = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '\u2032']);
const SUPERSCRIPT_LETTERS: Record<string, string> = {
  '\u1d49': 'e', '\u02b3': 'r', '\u02e2': 's', '\u1d52': 'o', '\u1d48': 'd', '\u207f': 'n', '\u1d43': 'a', '\u1d50': 'm', '\u1d57': 't', '\u1d4d': 'g', '\u02e1': 'l', '\u1d56': 'p',
};
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

export function normalizeText(original: string): NormalizedText {
  // a copy with a blank line after every line first, then columns, table gaps and hyphenated line
  // ends; `spacing.map` and `layout.map` lead back to `original`
  const spacing = undoDoubleSpacing(original);
  const base = spacing ? spacing.text : original;
  const layout = undoLayout(base);
  const raw = layout ? layout.text : base;
  // typed buffers: a 20 kB text is read in well under a millisecond (perf budget: 10 ms per read)
  const codes = new Uint16Array(raw.length * 3 + 1);
  const map = new Int32Array(raw.length * 3 + 2);
  let n = 0;
  const push = (code: number, at: number) => {
    codes[n] = code;
    map[n] = at;
    n++;
  };
  const last = () => (n > 0 ? codes[n - 1]! : -1);
  let lineStart = true;
  // "P R É S E N T S :": letter-spaced capitals of a label or heading read as one word
  const spacedOut = new Uint8Array(patterns.spacedCapitalsHint.test(raw) ? raw.length : 0);
  if (spacedOut.length > 0) {
    for (const m of raw.matchAll(patterns.spacedCapitals)) for (let k = 1; k < m[0].length; k += 2) spacedOut[m.index + k] = 1;
  }
  for (let i = 0; i < raw.length; i++) {
    if (spacedOut.length > 0 && spacedOut[i] === 1) continue;
    let code = raw.charCodeAt(i);
    if (code === CR) {
      if (raw.charCodeAt(i + 1) === LF) continue;
      code = LF;
    }
    if (code < 32 && code !== LF && code !== TAB) continue;
    if (code >= 0x7f && (code < 0xc0 || code >= 0x2000 || code === 0x2bc || (code >= 0x2b0 && code <= 0x2ff) || (code >= 0x1d00 && code < 0x1dc0))) {
      // accented letters (U+00C0–U+1FFF) go straight through; only spaces, marks and ligatures are looked up
      const ch = raw[i]!;
      if (DROPPED.has(ch)) continue;
      if (SPACES.has(ch)) code = SPACE;
      else if (APOSTROPHES.has(ch)) code = APOSTROPHE;
      else if (code === 0xba) code = 0xb0; // º → °
      else if (code === 0x2010 || code === 0x2011) code = HYPHEN;
      // "1ᵉʳ", "2ᵉ", "nᵒ": modifier letters a word processor uses for superscripts read as plain letters
      const superscript = SUPERSCRIPT_LETTERS[ch];
      if (superscript) code = superscript.charCodeAt(0);
      const ligature = LIGATURES[ch];
      if (ligature) {
        for (let k = 0; k < ligature.length; k++) push(ligature.charCodeAt(k), i);
        lineStart = false;
        continue;
      }
    } else if (code === STAR) {
      continue; // Markdown emphasis
    } else if (code === BACKSLASH && patterns.markdownEscapable.test(raw[i + 1] ?? '')) {
      continue; // Markdown escape
    } else if (code === 0x60) {
      code = APOSTROPHE;
    }
    if (lineStart && (code === HASH || code === GT)) {
      // Markdown heading / quote markers at the start of a line carry no text
      const rest = raw.slice(i, i + 12);
      const m = code === GT ? patterns.quoteMarker.exec(rest) : patterns.markdownHeading.exec(rest);
      if (m) {
        i += m[0].length - 1;
        continue;
      }
    }
    if (code === SPACE) {
      const prev = last();
      // runs of spaces collapse; OCR's "l ' an" loses the stray spaces around the apostrophe
      if (prev === SPACE || prev === LF || prev === APOSTROPHE || prev === TAB || prev === -1) continue;
    }
    if (code === APOSTROPHE && last() === SPACE && n >= 2 && patterns.letter.test(String.fromCharCode(codes[n - 2]!))) n--;
    if (code === LF || code === TAB) while (last() === SPACE) n--;
    push(code, i);
    lineStart = code === LF;
  }
  map[n] = raw.length;
  fixOcrZeros(codes, n);
  let text = decode(codes, n);
  let finalMap: ArrayLike<number> = map;
  let finalLength = n;
  // Second pass by line: page footers, a transmission stamp repeated on every page, superscript braces
  const repeatedStamps = repeatedStampLines(text);
  if (text.includes('^{') || patterns.footerHint.test(text) || repeatedStamps.size > 0) {
    const parts: string[] = [];
    const keptMap = new Int32Array(n + 1);
    let k = 0;
    const keep = (from: number, to: number) => {
      if (to <= from) return;
      parts.push(text.slice(from, to));
      keptMap.set(map.subarray(from, to), k);
      k += to - from;
    };
    const lines: { at: number; end: number; footer: boolean; stamp: boolean; blank: boolean }[] = [];
    // the first copy of a repeated stamp is read (stamps.ts); the others only cut the text
    const seenStamps = new Set<string>();
    const stampish: boolean[] = [];
    for (let at = 0; at <= text.length; ) {
      let end = text.indexOf('\n', at);
      if (end === -1) end = text.length;
      const line = text.slice(at, end);
      const stampKey = line.trim();
      const repeat = repeatedStamps.has(stampKey) && seenStamps.has(stampKey);
      if (repeatedStamps.has(stampKey)) seenStamps.add(stampKey);
      lines.push({ at, end, footer: patterns.pageFooterLine.test(line), stamp: repeat, blank: line.trim() === '' });
      stampish.push(repeatedStamps.size > 0 && patterns.stampLineOne.test(line));
      at = end + 1;
    }
    // a stamp block with a line of its own ("Envoyé en préfecture le …", then the id seen before) is
    // the act's stamp, read whole; only a block that merely repeats an earlier one is dropped
    for (let i = 0; i < lines.length; ) {
      if (!stampish[i]) {
        i++;
        continue;
      }
      let j = i;
      let own = false;
      while (j < lines.length && (stampish[j] || lines[j]!.blank || lines[j]!.footer)) {
        if (stampish[j] && !lines[j]!.stamp) own = true;
        j++;
      }
      if (own) for (let k = i; k < j; k++) lines[k]!.stamp = false;
      i = j;
    }
    // A footer cut into a sentence ("à compter\n\nPage 7 sur 9\n\nde sa signature"): the blank
    // lines around it go too, so the sentence reads on; between paragraphs they stay.
    const dropped = lines.map((l) => l.footer || l.stamp);
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]!.footer) continue;
      let before = i - 1;
      while (before >= 0 && (lines[before]!.blank || dropped[before])) before--;
      let after = i + 1;
      while (after < lines.length && (lines[after]!.blank || dropped[after])) after++;
      if (before < 0 || after >= lines.length) continue;
      const previous = text.slice(lines[before]!.at, lines[before]!.end).trimEnd();
      // "Publié le" left blank above a page break is a blank, not a sentence going on
      if (patterns.stampLineOne.test(previous)) continue;
      const next = text.slice(lines[after]!.at, lines[after]!.end).trimStart();
      const goesOn = patterns.danglingWord.test(previous) || patterns.trailingCivility.test(previous) || (patterns.sentenceGoesOn.test(previous) && patterns.lowerStart.test(next));
      if (goesOn) for (let j = before + 1; j < after; j++) dropped[j] = true;
    }
    lines.forEach(({ at, end }, index) => {
      if (dropped[index]) return;
      const line = text.slice(at, end);
      let j = at;
      for (const m of line.matchAll(patterns.superscriptBraces)) {
        keep(j, at + m.index);
        keep(at + m.index + 2, at + m.index + 2 + m[1]!.length);
        j = at + m.index + m[0].length;
      }
      keep(j, Math.min(end + 1, text.length));
    });
    keptMap[k] = raw.length;
    text = parts.join('');
    finalMap = keptMap;
    finalLength = k;
  }
  text = unwrapLines(text);
  const toSource = (index: number) => finalMap[Math.max(0, Math.min(index, finalLength))]!;
  const toBase = layout ? (index: number) => layout.map[toSource(index)]! : toSource;
  return {
    text,
    toOriginal: spacing ? (index: number) => spacing.map[toBase(index)]! : toBase,
  };
}

/**
 * Some viewers and word processors copy every line with a blank line after it: lists and
 * paragraphs then look cut everywhere. When (nearly) no two text lines touch, each run of blank
 * lines is halved: one blank line was the line break, two were a paragraph break.
 */
function undoDoubleSpacing(original: string): { text: string; map: Int32Array } | null {
  const lines: Array<{ start: number; end: number; blank: boolean }> = [];
  let textLines = 0;
  let touching = 0;
  for (let at = 0; at <= original.length; ) {
    let end = original.indexOf('\n', at);
    if (end === -1) end = original.length;
    const blank = original.slice(at, end).trim() === '';
    if (!blank) {
      textLines++;
      if (lines.length > 0 && !lines[lines.length - 1]!.blank) touching++;
    }
    lines.push({ start: at, end, blank });
    at = end + 1;
  }
  if (textLines < DOUBLE_SPACED_MIN_LINES || touching > textLines * DOUBLE_SPACED_MAX_TOUCHING) return null;
  const chars: string[] = [];
  const map = new Int32Array(original.length + 1);
  let n = 0;
  const keep = (line: { start: number; end: number }) => {
    const stop = Math.min(line.end + 1, original.length);
    for (let i = line.start; i < stop; i++) {
      chars.push(original[i]!);
      map[n++] = i;
    }
  };
  for (let i = 0; i < lines.length; ) {
    if (!lines[i]!.blank) {
      keep(lines[i]!);
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.blank) j++;
    // a run at the very start or end is kept as is; between two text lines, halved
    const kept = i === 0 || j === lines.length ? j - i : Math.floor((j - i) / 2);
    for (let k = i; k < i + kept; k++) keep(lines[k]!);
    i = j;
  }
  map[n] = original.length;
  return { text: chars.join(''), map };
}

/** below this many text lines, spacing says nothing */
const DOUBLE_SPACED_MIN_LINES = 8;
/** share of text lines allowed to follow another text line directly in a double-spaced copy */
const DOUBLE_SPACED_MAX_TOUCHING = 0.1;

/**
 * Lines of a transmission stamp ("Accusé de réception…", "Reçu en préfecture le…", the @CTES id)
 * that come back on every page of a text copied from a PDF: they cut lists and sentences.
 */
function repeatedStampLines(text: string): Set<string> {
  const repeated = new Set<string>();
  if (!patterns.stampLineHint.test(text)) return repeated;
  const seen = new Set<string>();
  for (const m of text.matchAll(patterns.stampLine)) {
    const line = m[0].trim();
    if (seen.has(line)) repeated.add(line);
    else seen.add(line);
  }
  return repeated;
}

const CR = 13;
const LF = 10;
const TAB = 9;
const SPACE = 32;
const STAR = 42;
const HASH = 35;
const GT = 62;
const HYPHEN = 45;
const BACKSLASH = 92;
const APOSTROPHE = 39;
const CHUNK = 8192;
const ZERO = 48;
const AT = 64;
const SLASH = 47;
const UNDERSCORE = 95;
const DOT = 46;

function isWordLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

function isUpperLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

/**
 * OCR reads the letter O as a zero inside words ("C0NSEIL", "P0uvoir", "D0UIN", "0RNE"). A zero
 * is put back as a letter when its word holds at least two letters and no other digit, so codes
 * (UAI "0431018Y", "20h00", "10e") keep their digits; e-mail and web addresses are left alone.
 * One character for one: the offset map is unchanged.
 */
function fixOcrZeros(codes: Uint16Array, length: number): void {
  let i = 0;
  while (i < length) {
    const code = codes[i]!;
    if (code !== ZERO && !isWordLetter(code)) {
      i++;
      continue;
    }
    let end = i;
    let letters = 0;
    let otherDigits = 0;
    let zeros = 0;
    let doubleZero = false;
    while (end < length) {
      const c = codes[end]!;
      if (c === ZERO) {
        zeros++;
        if (codes[end - 1] === ZERO && end > i) doubleZero = true;
      } else if (c >= 48 && c <= 57) otherDigits++;
      else if (isWordLetter(c)) letters++;
      else break;
      end++;
    }
    const before = i > 0 ? codes[i - 1]! : SPACE;
    const after = end < length ? codes[end]! : SPACE;
    const address = before === AT || after === AT || before === SLASH || before === UNDERSCORE || after === UNDERSCORE || (after === DOT && end + 1 < length && isWordLetter(codes[end + 1]!));
    if (zeros > 0 && letters >= 2 && otherDigits === 0 && !doubleZero && !address) {
      for (let k = i; k < end; k++) {
        if (codes[k] !== ZERO) continue;
        const next = k + 1 < end ? codes[k + 1]! : -1;
        const prev = k > i ? codes[k - 1]! : -1;
        const upper = next !== -1 ? isUpperLetter(next) : prev !== -1 && isUpperLetter(prev);
        codes[k] = upper ? 0x4f : 0x6f;
      }
    }
    i = end;
  }
}

function decode(codes: Uint16Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK)));
  return text;
}

/** a line at least this long that stops without punctuation reached the margin */
const WRAP_WIDTH = 60;
/** longer lines are whole paragraphs, not lines of a page */
const MAX_PAGE_WIDTH = 110;
const SENTENCE_STOPS = new Set(['.', ';', ':', '!', '?']);

/**
 * Lines wrapped at a page margin (PDF text, e-mail pastes) joined back: a long line that ends
 * mid-sentence ("… nationale des" / "… de la commune") followed by a line that goes on in lower
 * case. The line break becomes a space, so every offset (and the map) stays as it is.
 */
function unwrapLines(text: string): string {
  let out: string[] | null = null;
  let lineStart = 0;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) break;
    const line = text.slice(lineStart, lineEnd);
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    const next = text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd);
    if (
      line.length >= WRAP_WIDTH && line.length <= MAX_PAGE_WIDTH && next.trim() !== '' && !line.includes('\t') && !SENTENCE_STOPS.has(line[line.length - 1]!) &&
      (patterns.lowerStart.test(next) || patterns.danglingWord.test(line))
    ) {
      out ??= text.split('');
      out[lineEnd] = ' ';
    }
    lineStart = lineEnd + 1;
  }
  return out ? out.join('') : text;
}
