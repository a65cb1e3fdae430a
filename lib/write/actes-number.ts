/**
 * The @CTES "numéro de l'acte" from a number as printed ("2024/36", "DEL 11-2025", "n° 12").
 * One output must pass every portal at once (portals.md §6.2): S²LOW
 * `^([A-Z0-9][A-Z0-9_]{0,13})?[A-Z0-9]$` (no `_` at either end), Pastell 2017–2021
 * `^[0-9A-Z_]{2,15}$` (two characters at least), Stela and Pastell 4 `^[A-Z0-9_]+$`, 15 at most.
 */

export const actesNumberMaxLength = 15;

export interface CleanedActesNumber {
  /** the number to type in the portal; "" when nothing usable was given */
  number: string;
  /** French notes for the secretary when the number had to be changed beyond separators */
  notes: string[];
}

// A label before the number, not part of it: "N°", "Nº", "no.", "numéro". Checked before
// accents are folded because NFKD turns "º" into "o".
const numberLabelPattern = /^\s*(?:n\s?[°º]|no\.|num[ée]ro\s*:?|no(?=\s+\d))\s*/i;

/** The @CTES number for `raw`; see `cleanActesNumberWithNotes` for the notes. */
export function cleanActesNumber(raw: string): string {
  return cleanActesNumberWithNotes(raw).number;
}

export function cleanActesNumberWithNotes(raw: string): CleanedActesNumber {
  const notes: string[] = [];
  const unlabelled = raw.replace(numberLabelPattern, '');
  const folded = unlabelled
    .replace(/[œŒ]/g, 'OE')
    .replace(/[æÆ]/g, 'AE')
    .replace(/ß/g, 'SS')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase();
  // S²LOW practice: "2024/36" was sent as 202436 (seed 000) — separators vanish, groups join
  const groups = folded.split(/[^A-Z0-9_]+/).filter((group) => group !== '');
  let number = trimUnderscores(groups.join(''));
  if (number === '') {
    if (raw.trim() !== '') notes.push(`Le numéro « ${raw.trim()} » ne contient ni lettre ni chiffre utilisable pour @CTES.`);
    return { number: '', notes };
  }
  if (number.length > actesNumberMaxLength) {
    const original = number;
    // underscores are optional separators: drop them before dropping content
    let tokens = folded.split(/[^A-Z0-9]+/).filter((token) => token !== '');
    number = tokens.join('');
    // word-only parts ("DELIBERATION", "DCM", "ENSEIGNEMENT") tell less than the figures:
    // drop the longest first, in one pass (a token-by-token loop is quadratic on "n° n° n° …")
    const words = tokens
      .map((token, index) => ({ token, index }))
      .filter(({ token }) => /^[A-Z]+$/.test(token))
      .sort((a, b) => b.token.length - a.token.length || a.index - b.index);
    const dropped = new Set<number>();
    let length = number.length;
    for (const word of words) {
      if (length <= actesNumberMaxLength || tokens.length - dropped.size <= 1) break;
      dropped.add(word.index);
      length -= word.token.length;
    }
    tokens = tokens.filter((_, index) => !dropped.has(index));
    number = tokens.join('');
    // the end of a number (the sequence) is what tells two acts apart
    if (number.length > actesNumberMaxLength) number = number.slice(-actesNumberMaxLength);
    notes.push(
      `Le numéro « ${original} » dépasse ${actesNumberMaxLength} caractères : Paraphe propose « ${number} » (partie la plus significative). Vérifiez qu'il n'a pas déjà servi.`,
    );
  }
  if (number.length === 1) {
    // Pastell 2017–2021 refused a one-character number
    notes.push(`Numéro d'un seul caractère complété en « 0${number} » (certains portails exigent 2 caractères).`);
    number = `0${number}`;
  }
  return { number, notes };
}

/** A loop, not `/_+$/`: a long run of blank-line underscores would make that regex quadratic. */
function trimUnderscores(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '_') start += 1;
  while (end > start && text[end - 1] === '_') end -= 1;
  return text.slice(start, end);
}
