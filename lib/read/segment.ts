/**
 * Where the deliberation ends and the convention begins. Done by structure: a convention opens
 * with its title then its parties ("Entre :", "Entre, d'une part,"); stamps ("Envoyé en
 * préfecture…", "ID : …") may sit anywhere and are read over the whole text by stamps.ts.
 */
import { patterns } from '../patterns';
import type { Region } from './read-context';

export interface Segments {
  deliberation: Region;
  convention: Region | null;
  /** offset of the convention's title line (its head date sits just before or after it) */
  conventionTitle: number | null;
  /** offset of the parties clause ("Entre") */
  parties: number | null;
}

const TITLE_LOOKBACK = 900;

export function segmentDocument(text: string): Segments {
  const all: Region = { start: 0, end: text.length };
  for (const m of text.matchAll(patterns.conventionPartiesStart)) {
    const entre = m.index + (m[0].length - m[0].trimStart().length);
    const title = findTitleBefore(text, entre);
    // without a title, only an "Entre :" standing alone and followed by the agreed clause opens a convention
    if (title === null) {
      const lineEnd = text.indexOf('\n', entre);
      const line = text.slice(entre, lineEnd === -1 ? text.length : lineEnd);
      if (!patterns.partiesLineAlone.test(line) || !patterns.agreedClause.test(text.slice(entre, entre + 4000))) continue;
    }
    const start = title ?? entre;
    return { deliberation: { start: 0, end: start }, convention: { start, end: text.length }, conventionTitle: title, parties: entre };
  }
  // no "Entre" clause: the convention title nearest before its first article / "Il est convenu"
  const agreed = patterns.agreedClause.exec(text);
  const bodies = agreed ? [agreed.index] : [];
  let seen = 0;
  for (const m of text.matchAll(patterns.articleHeadingAll)) {
    if (++seen > MAX_BODY_TRIES) break;
    bodies.push(m.index);
  }
  for (const body of bodies) {
    const title = titleBeforeBody(text, body);
    if (title !== null) return { deliberation: { start: 0, end: title }, convention: { start: title, end: text.length }, conventionTitle: title, parties: null };
  }
  return { deliberation: all, convention: null, conventionTitle: null, parties: null };
}

/** the articles tried as a convention's body: a deliberation's own "Article 1 : approuve…" come first */
const MAX_BODY_TRIES = 40;

/**
 * The convention title nearest before a body. Not the deliberation's object ("Objet :\nConvention
 * relative à l'ENT…" over "Article 1 : approuve…"): a title under an "Objet" label, or followed
 * by the council deliberating before the body, belongs to the deliberation.
 */
function titleBeforeBody(text: string, body: number): number | null {
  const from = Math.max(0, body - TITLE_LOOKBACK * 3);
  let title: number | null = null;
  for (const m of text.slice(from, body).matchAll(patterns.conventionTitleLine)) {
    title = from + m.index + (m[0].length - m[0].trimStart().length);
  }
  if (title === null) return null;
  const lineStart = text.lastIndexOf('\n', title - 1) + 1;
  const before = text.slice(Math.max(0, lineStart - OBJECT_LABEL_WINDOW), lineStart);
  if (patterns.objectLabelEnd.test(before)) return null;
  if (patterns.councilDeliberating.test(text.slice(title, body))) return null;
  return title;
}

/** how far above a title an "Objet :" label is looked for */
const OBJECT_LABEL_WINDOW = 40;

/** The last line mentioning "convention" in the few lines before the parties clause. */
function findTitleBefore(text: string, entre: number): number | null {
  const from = Math.max(0, entre - TITLE_LOOKBACK);
  let lineEnd = entre;
  while (lineEnd > from) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    if (patterns.conventionTitleStart.test(line) && line.length < 400) return lineStart;
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return null;
}
