/**
 * Person names as registers print them: "M. Jean-Pascal GARNIER", "GARNIER Jean-Pascal",
 * "Mme LARDAT", "Marc Etienne LANSADÉ". Comparison ignores case, accents, civilities and word
 * order (record.md); "the same person" means the full name, never a shared surname alone.
 */

const civilities = new Set([
  'm', 'mr', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'monsieur', 'madame', 'mademoiselle', 'messieurs', 'mesdames',
  'dr', 'docteur', 'me', 'maitre', 'pr',
]);
const mayorTitles = new Set(['maire', 'president', 'presidente', 'mairesse']);
const articles = new Set(['le', 'la', 'l']);
const nameWordBreak = /[^a-z]+/;
const combiningMarks = /[\u0300-\u036f]/g;

// The panel reruns every rule on each keystroke with the same few hundred names: normalise once.
const wordsCache = new Map<string, readonly string[]>();
const WORDS_CACHE_LIMIT = 4096;
const MAX_NAME_LENGTH = 160;

/** Lower-case words of a name, without accents nor civilities, in document order (shared: do not mutate). */
export function nameWords(name: string): readonly string[] {
  // A name is a few words: a longer value (a misread paragraph, a paste) is judged on its start and not cached.
  if (name.length > MAX_NAME_LENGTH) return computeNameWords(name.slice(0, MAX_NAME_LENGTH));
  const cached = wordsCache.get(name);
  if (cached) return cached;
  const words = computeNameWords(name);
  if (wordsCache.size >= WORDS_CACHE_LIMIT) wordsCache.clear();
  wordsCache.set(name, words);
  return words;
}

function computeNameWords(name: string): readonly string[] {
  const plain = name.normalize('NFD').replace(combiningMarks, '').toLowerCase();
  const words: string[] = [];
  for (const word of plain.split(nameWordBreak)) {
    if (word.length > 0 && !civilities.has(word)) words.push(word);
  }
  return words;
}

/** A key equal for two writings of the same full name ("GARNIER Jean-Pascal" = "Jean Pascal Garnier"). */
export function nameKey(name: string): string {
  if (name.length > MAX_NAME_LENGTH) return [...nameWords(name)].sort().join(' ');
  let key = keyCache.get(name);
  if (key === undefined) {
    key = [...nameWords(name)].sort().join(' ');
    if (keyCache.size >= WORDS_CACHE_LIMIT) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}
const keyCache = new Map<string, string>();

/** Same person: the same words, in any order, at least two of them (a surname alone proves nothing). */
export function samePerson(a: string, b: string): boolean {
  const keyA = nameKey(a);
  return keyA.includes(' ') && keyA === nameKey(b);
}

/**
 * The name may designate this person: every word of the shorter is in the longer ("M. GARNIER"
 * may be "Jean-Pascal GARNIER"), or stands for its initials ("JM BERGIA", seed 000). Used where a wrong "no" would be a false error.
 */
export function mayBeSamePerson(a: string, b: string): boolean {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return false;
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  const unmatched = shorter.filter((word) => !longer.includes(word));
  if (unmatched.length === 0) return true;
  if (unmatched.length === shorter.length) return false;
  // Initials: "JM BERGIA" for "BERGIA Jean-Marc", "J.-M. BERGIA" too.
  const initials = longer.filter((word) => !shorter.includes(word)).map((word) => word[0]).join('');
  return unmatched.every((word) => word.length <= 3 && initials.includes(word));
}

/** "Monsieur le Maire", "le Président": a title standing for the presiding mayor. */
export function isMayorTitle(name: string): boolean {
  // Only titles ("le Maire"): "Claude MAIRE" is a person.
  const words = nameWords(name);
  return words.some((word) => mayorTitles.has(word)) && words.every((word) => mayorTitles.has(word) || articles.has(word));
}

/**
 * Two writings of one person differing by one letter in one word of five letters or more
 * (SIEYES / SIEYE, seed 002), every other word equal; a final "e" alone is a gendered first
 * name, not a variant. Returns the differing words, or null.
 */
export function nameVariant(a: string, b: string): [string, string] | null {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  if (wordsA.length < 2 || wordsA.length !== wordsB.length) return null;
  const onlyA = wordsA.filter((word) => !wordsB.includes(word));
  const onlyB = wordsB.filter((word) => !wordsA.includes(word));
  if (onlyA.length !== 1 || onlyB.length !== 1) return null;
  const [wordA, wordB] = [onlyA[0] as string, onlyB[0] as string];
  if (Math.min(wordA.length, wordB.length) < 5 || !withinOneEdit(wordA, wordB)) return null;
  // Michel / Michèle, Pascal / Pascale: two first names (often two people), not a misspelling.
  if (wordA + 'e' === wordB || wordB + 'e' === wordA) return null;
  return [wordA, wordB];
}

/** Levenshtein distance ≤ 1, in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}
