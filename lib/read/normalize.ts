/**
 * Text as documents arrive (PDF extraction, copy-paste, Markdown renderings, OCR) made uniform
 * for the readers, with a map back to the original offsets so every value can cite its source.
 */
import { patterns } from '../patterns';

export interface NormalizedText {
  text: string;
  /** original offset of a normalized offset (index may equal text.length) */
  toOriginal(index: number): number;
}

const SPACES = new Set(['\u00a0', '\u202f', '\u2007', '\u2009', '\u200a', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2008', '\u3000', '\u205f']);
const DROPPED = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '*']);
const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02bc', '\u00b4', '\u2032', '`']);
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st' };

export function normalizeText(raw: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  const push = (ch: string, at: number) => {
    out.push(ch);
    map.push(at);
  };
  let lineStart = true;
  for (let i = 0; i < raw.length; i++) {
    let ch = raw[i]!;
    if (ch === '\r') {
      if (raw[i + 1] === '\n') continue;
      ch = '\n';
    }
    if (DROPPED.has(ch) || (ch.charCodeAt(0) < 32 && ch !== '\n' && ch !== '\t')) continue;
    if (SPACES.has(ch)) ch = ' ';
    else if (APOSTROPHES.has(ch)) ch = "'";
    else if (ch === '\u00ba') ch = '°';
    else if (ch === '\u2010' || ch === '\u2011') ch = '-';
    else if (ch === '\\' && patterns.markdownEscapable.test(raw[i + 1] ?? '')) continue; // Markdown escape
    const ligature = LIGATURES[ch];
    if (ligature) {
      for (const c of ligature) push(c, i);
      lineStart = false;
      continue;
    }
    if (lineStart && (ch === '#' || ch === ' ' || ch === '\t' || ch === '>')) {
      // Markdown heading / quote markers at the start of a line carry no text
      if (ch === '#' || ch === '>') {
        const rest = raw.slice(i, i + 12);
        const m = ch === '>' ? patterns.quoteMarker.exec(rest) : patterns.markdownHeading.exec(rest);
        if (m) {
          i += m[0].length - 1;
          continue;
        }
      } else if (ch === ' ') continue;
    }
    if (ch === ' ') {
      const prev = out[out.length - 1];
      // runs of spaces collapse; OCR's "l ' an" loses the stray spaces around the apostrophe
      if (prev === ' ' || prev === '\n' || prev === "'" || prev === '\t' || prev === undefined) continue;
    }
    if (ch === "'" && out[out.length - 1] === ' ' && patterns.letter.test(out[out.length - 2] ?? '') && out[out.length - 2] !== undefined) {
      out.pop();
      map.pop();
    }
    if (ch === '\n' || ch === '\t') {
      while (out[out.length - 1] === ' ') {
        out.pop();
        map.pop();
      }
    }
    push(ch, i);
    lineStart = ch === '\n';
  }
  map.push(raw.length);
  let text = out.join('');
  let finalMap = map;
  // Second pass by line: page footers and superscript braces
  if (text.includes('^{') || patterns.footerHint.test('\n' + text)) {
    const kept: string[] = [];
    const keptMap: number[] = [];
    let at = 0;
    for (const line of text.split('\n')) {
      const end = at + line.length;
      const footer = patterns.pageFooterLine.test(line);
      if (!footer) {
        let j = 0;
        for (const m of line.matchAll(patterns.superscriptBraces)) {
          for (; j < m.index; j++) { kept.push(line[j]!); keptMap.push(map[at + j]!); }
          const inner = m[1]!;
          for (let k = 0; k < inner.length; k++) { kept.push(inner[k]!); keptMap.push(map[at + m.index + 2 + k]!); }
          j = m.index + m[0].length;
        }
        for (; j < line.length; j++) { kept.push(line[j]!); keptMap.push(map[at + j]!); }
      }
      if (end < text.length && !footer) { kept.push('\n'); keptMap.push(map[end]!); }
      at = end + 1;
    }
    keptMap.push(raw.length);
    text = kept.join('');
    finalMap = keptMap;
  }
  return {
    text,
    toOriginal: (index: number) => finalMap[Math.max(0, Math.min(index, finalMap.length - 1))]!,
  };
}
