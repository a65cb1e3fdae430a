/**
 * HTML → plain text for the readers, with no DOM (the CLI runs in node).
 *
 * One left-to-right pass with indexOf look-aheads that never go back: hostile pages (1 MB of
 * "<<<<", 10 000 nested elements, an attribute quote never closed) stay linear. Structure that
 * the readers rely on survives as whitespace: blocks and <br> become line breaks, table cells
 * tabs and rows lines, so "Présents :\tM. X" and signature blocks keep their shape.
 */
import { decodeEntity } from './html-entities';

/**
 * Elements whose content is never text for the reader; <nav> too, as site menus and
 * breadcrumbs ("Accueil > Vie municipale") are not the act.
 */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'nav']);
/** Elements that end a paragraph: a blank line around them. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre', 'hr', 'section', 'article']);
/** Other elements that start on their own line. */
const BLOCKS = new Set([
  'div', 'header', 'footer', 'main', 'aside', 'li', 'dt', 'dd', 'address', 'form', 'fieldset', 'legend',
  'figure', 'figcaption', 'caption', 'details', 'summary', 'center', 'tbody', 'thead', 'tfoot', 'option', 'label',
]);

interface Output {
  parts: string[];
  /** a break waiting to be written before the next text: 0 none, 1 line, 2 blank line */
  pendingBreak: number;
  pendingSpace: boolean;
  atLineStart: boolean;
}

export function htmlToText(html: string): string {
  const out: Output = { parts: [], pendingBreak: 0, pendingSpace: false, atLineStart: true };
  let preDepth = 0;
  let cellDepth = 0;
  let cellsInRow = 0;
  /** out.parts.length when the last </dt> closed: a <dd> with nothing written since is its value */
  let dtEndedAt = -1;
  let i = 0;
  const n = html.length;
  // Where the next <body> starts, searched once forward (hostile pages repeat <head>).
  let bodyIndex = -2;
  const bodyAfter = (from: number): number => {
    if (bodyIndex === -1) return n;
    if (bodyIndex < from) {
      const bodyTag = /<body[\s>]/gi;
      bodyTag.lastIndex = from;
      bodyIndex = bodyTag.exec(html)?.index ?? -1;
    }
    return bodyIndex === -1 ? n : bodyIndex;
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) writeText(out, html.slice(i, textEnd), preDepth > 0);
    if (lt === -1) break;
    i = lt;

    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd), nameEnd === nameStart)) nameEnd++;
    if (nameEnd === nameStart) {
      // "<" not followed by a tag name is text ("a < b", "<<<<").
      writeText(out, '<', preDepth > 0);
      i += 1;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    i = tagEnd(html, nameEnd);

    if (!closing && SKIPPED.has(name)) {
      i = skipElement(html, i, name, bodyAfter);
      continue;
    }
    if (name === 'br') { lineBreak(out, 1, true); continue; }
    // <dt>Lieu</dt><dd>Salle des fêtes</dd>: one "Lieu : Salle des fêtes" line, as the readers expect a label
    if (name === 'dt' && closing) {
      dtEndedAt = out.parts.length;
      lineBreak(out, 1, false);
      continue;
    }
    if (name === 'dd' && !closing && dtEndedAt === out.parts.length && cellDepth === 0) {
      out.pendingBreak = 0;
      out.parts.push(' :');
      out.pendingSpace = true;
      out.atLineStart = false;
      continue;
    }
    if (name === 'pre') preDepth = closing ? Math.max(0, preDepth - 1) : preDepth + 1;
    if (name === 'td' || name === 'th') {
      if (closing) { cellDepth = Math.max(0, cellDepth - 1); continue; }
      if (cellsInRow > 0) {
        flushBreak(out);
        out.parts.push('\t');
        out.pendingSpace = false;
        out.atLineStart = true; // no space after the tab
      }
      cellsInRow++;
      cellDepth++;
      continue;
    }
    if (name === 'tr' || name === 'table') {
      cellsInRow = 0;
      cellDepth = 0;
      lineBreak(out, name === 'table' ? 2 : 1, false);
      continue;
    }
    // Paragraphs inside a table cell must not break the row apart.
    if (PARAGRAPHS.has(name) || BLOCKS.has(name)) {
      if (cellDepth > 0) out.pendingSpace = true;
      else lineBreak(out, PARAGRAPHS.has(name) ? 2 : 1, false);
    }
  }
  return finish(out);
}

function isNameChar(code: number, first: boolean): boolean {
  const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (first) return letter;
  return letter || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

/** Index after the tag's ">", skipping quoted attribute values; a quote never closed swallows the rest. */
function tagEnd(html: string, from: number): number {
  let i = from;
  const n = html.length;
  while (i < n) {
    const code = html.charCodeAt(i);
    if (code === 62 /* > */) return i + 1;
    if (code === 34 || code === 39) {
      const close = html.indexOf(code === 34 ? '"' : "'", i + 1);
      if (close === -1) return n;
      i = close + 1;
      continue;
    }
    if (code === 60 /* < */) return i; // "<p <b>": the next tag starts, as browsers recover
    i++;
  }
  return n;
}

/** Index after `</name>` (case-insensitive), or the end when the element is never closed. */
function skipElement(html: string, from: number, name: string, bodyAfter: (from: number) => number): number {
  // An unclosed <head> ends where the body starts.
  const limit = name === 'head' ? bodyAfter(from) : html.length;
  let i = from;
  for (;;) {
    const close = html.indexOf('</', i);
    if (close === -1 || close >= limit) return limit;
    const after = close + 2 + name.length;
    if (html.slice(close + 2, after).toLowerCase() === name && !isNameChar(html.charCodeAt(after), false)) {
      return tagEnd(html, after);
    }
    i = close + 2;
  }
}

function writeText(out: Output, raw: string, pre: boolean): void {
  const text = decodeEntities(raw);
  if (pre) {
    flushBreak(out);
    out.parts.push(text);
    out.atLineStart = text.endsWith('\n');
    return;
  }
  // Collapse HTML whitespace as a browser does; no-break spaces (&nbsp;) are content.
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = start;
    while (end < n && !isHtmlSpace(text.charCodeAt(end))) end++;
    if (end > start) {
      if (out.pendingBreak > 0) flushBreak(out);
      else if (out.pendingSpace && !out.atLineStart) out.parts.push(' ');
      out.parts.push(text.slice(start, end));
      out.pendingSpace = false;
      out.atLineStart = false;
    }
    let spaceEnd = end;
    while (spaceEnd < n && isHtmlSpace(text.charCodeAt(spaceEnd))) spaceEnd++;
    if (spaceEnd > end) out.pendingSpace = true;
    start = spaceEnd;
  }
}

function isHtmlSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function lineBreak(out: Output, size: number, hard: boolean): void {
  if (hard) {
    // <br><br> is a paragraph; <br> at the start of a block still counts.
    if (out.pendingBreak > 0 || out.atLineStart) out.pendingBreak = Math.min(2, out.pendingBreak + 1);
    else out.pendingBreak = 1;
    if (out.parts.length === 0) out.pendingBreak = 0;
    return;
  }
  if (out.parts.length > 0) out.pendingBreak = Math.max(out.pendingBreak, size);
  out.pendingSpace = false;
}

function flushBreak(out: Output): void {
  if (out.pendingBreak > 0 && out.parts.length > 0) out.parts.push(out.pendingBreak >= 2 ? '\n\n' : '\n');
  out.pendingBreak = 0;
  out.pendingSpace = false;
  out.atLineStart = true;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let result = '';
  let i = 0;
  for (;;) {
    const amp = text.indexOf('&', i);
    if (amp === -1) return result + text.slice(i);
    result += text.slice(i, amp);
    const decoded = decodeEntity(text, amp);
    if (decoded) {
      result += decoded.text;
      i = decoded.end;
    } else {
      result += '&';
      i = amp + 1;
    }
  }
}

/** Trims the spaces around line breaks line by line (no regex over the whole text: linear). */
function finish(out: Output): string {
  const lines = out.parts.join('').split('\n');
  const trimmed: string[] = [];
  let blank = 0;
  for (const line of lines) {
    const clean = line.replace(/^[ \u00a0]+/, '').trimEnd();
    if (clean === '' || /^\t+$/.test(clean)) {
      if (trimmed.length > 0 && blank++ === 0) trimmed.push('');
      continue;
    }
    blank = 0;
    trimmed.push(clean);
  }
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop();
  return trimmed.join('\n');
}
