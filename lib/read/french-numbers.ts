/**
 * French numbers written in words, as deliberations print dates and times
 * ("L'an deux mille vingt et un, le vingt-sept du mois d'octobre à neuf heures").
 */
import { patterns } from '../patterns';
import { foldAccents } from './fold';

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, premier: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8,
  neuf: 9, dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
};

/** "deux mille vingt et un" → 2021, "quatre-vingt-onze" → 91; null when any word is not a number word. */
export function parseFrenchNumberWords(s: string): number | null {
  const words = foldAccents(s.toLowerCase()).split(patterns.numberWordSeparator).filter((w) => w !== '' && w !== 'et');
  if (words.length === 0 || words.length > 12) return null;
  let total = 0;
  let current = 0;
  let previous = '';
  for (const word of words) {
    const unit = UNITS[word];
    if (unit !== undefined) {
      // "quatre-vingt(s)" is 4 × 20, not 4 + 20
      if (unit === 20 && previous === 'quatre') current += 80 - 4;
      else current += unit;
    } else if (word === 'cent' || word === 'cents') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (word === 'mille' || word === 'mil') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (word === 'million' || word === 'millions') {
      total += (current === 0 ? 1 : current) * 1_000_000;
      current = 0;
    } else {
      return null;
    }
    previous = word;
  }
  return total + current;
}

/** A count printed in digits or words ("4", "quatre"). */
export function parseCount(s: string): number | null {
  const t = s.trim();
  if (patterns.digitsOnly.test(t)) return Number(t);
  return parseFrenchNumberWords(t);
}
