/** Pieces of the panel's one-line summaries, in French. */

/** "CERET" → "Ceret": a name printed in capitals reads better in a sentence. */
export function communeForSentence(name: string | null): string | null {
  if (!name) return null;
  const trimmed = name.trim();
  if (trimmed !== trimmed.toUpperCase()) return trimmed;
  return trimmed.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
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
