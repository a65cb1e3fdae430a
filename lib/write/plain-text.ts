/** Small text helpers shared by the writers (objet, CSV, HTML preview). */

/** Collapses every run of white space (line breaks, tabs, non-breaking spaces) into one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export interface CutText {
  text: string;
  cut: boolean;
}

/**
 * Cuts `text` to at most `max` UTF-16 units, at a word boundary, ending with "…".
 * UTF-16 units are counted because a textarea's maxlength counts them; they are never fewer
 * than the code points Pastell's `^.{1,499}$/u` counts, so the result satisfies both.
 */
export function cutAtWord(text: string, max: number): CutText {
  if (text.length <= max) return { text, cut: false };
  const room = max - 1; // the ellipsis takes one unit
  let end = room;
  // never split a surrogate pair
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  const lastSpace = text.lastIndexOf(' ', end);
  // cut at the last space unless that throws away more than a third of the room
  if (lastSpace > room * (2 / 3)) end = lastSpace;
  const head = trimEndChars(text.slice(0, end), ' \t\n\r\u00a0,;:.-–—');
  return { text: `${head}…`, cut: true };
}

/** Drops trailing characters of `chars` (a loop: an end-anchored `[…]+$` backtracks quadratically). */
function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char);
}

/** "45 €", "1 234,50 €" with non-breaking spaces (French typography; the amount never wraps). */
export function formatEuros(amount: number): string {
  const cents = Math.round(amount * 100);
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return rest === 0 ? `${grouped}\u00a0€` : `${grouped},${String(rest).padStart(2, '0')}\u00a0€`;
}

/** Folds accents and case for comparing names ("Bergia Jean-Marc" vs "JEAN-MARC BERGIA"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !['m', 'mme', 'mr', 'monsieur', 'madame', 'mmes', 'mm'].includes(word))
    .sort()
    .join(' ');
}
