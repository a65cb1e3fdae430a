/** Pieces of the panel's one-line summaries, in French. */

/** Words that stay lower case inside a commune name ("Castelfort-sur-Tarn", "Val-d'Ormeaux"). */
const PARTICLES = new Set(['sur', 'sous', 'de', 'des', 'du', 'la', 'le', 'les', 'en', 'et', 'lès', 'lez', 'aux', 'au', 'd', 'l']);

/** "CASTELFORT-SUR-TARN" → "Castelfort-sur-Tarn": a name printed in capitals reads better in a sentence. */
export function communeForSentence(name: string | null): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s'’-])(\p{L}+)/gu, (_m, sep: string, word: string) =>
    sep + (sep !== '' && PARTICLES.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)));
}

export function euros(amount: number | null | undefined): string | null {
  if (amount === null || amount === undefined) return null;
  const digits = Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
  return `${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')} €`;
}

export function plural(n: number | null | undefined, one: string, many: string): string | null {
  if (n === null || n === undefined) return null;
  return `${n} ${n > 1 ? many : one}`;
}

/** "2026-06-03" → "03/06/2026" */
export function frenchDate(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : null;
}

/** "Title : a, b, c" or just "Title" when nothing is known. */
export function sentence(title: string, parts: (string | null | undefined)[]): string {
  const known = parts.filter((p): p is string => !!p && p.trim() !== '');
  return known.length ? `${title} : ${known.join(', ')}` : title;
}
