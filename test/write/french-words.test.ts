import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateInRegisterStyle, dateInWords, dayInWords, feminineNumberInWords, longFrenchDate, numberInWords,
  numericFrenchDate, parseIsoDate, timeInWords, yearInWords,
} from '../../lib/write/french-words';

// An oracle written by hand for 0–59 (traditional spelling), independent of written-number.
const units = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf'];
const tens: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante' };
function oracle(n: number): string {
  if (n < 20) return units[n]!;
  const ten = tens[Math.floor(n / 10)]!;
  const unit = n % 10;
  if (unit === 0) return ten;
  return unit === 1 ? `${ten} et un` : `${ten}-${units[unit]}`;
}
const feminine = (words: string) => (words.endsWith('un') ? `${words.slice(0, -2)}une` : words);

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const years: Record<string, number> = {
  'deux mille vingt': 2020, 'deux mille vingt et un': 2021, 'deux mille vingt-deux': 2022, 'deux mille vingt-trois': 2023,
  'deux mille vingt-quatre': 2024, 'deux mille vingt-cinq': 2025, 'deux mille vingt-six': 2026, 'deux mille vingt-sept': 2027,
  'deux mille vingt-huit': 2028, 'deux mille vingt-neuf': 2029, 'deux mille trente': 2030,
};
const reverse = (table: (n: number) => string, from: number, to: number): Map<string, number> => {
  const map = new Map<string, number>();
  for (let n = from; n <= to; n += 1) map.set(table(n), n);
  return map;
};
const dayWords = reverse((n) => (n === 1 ? 'premier' : oracle(n)), 1, 31);
const hourWords = reverse((n) => feminine(oracle(n)), 0, 23);
const minuteWords = reverse((n) => feminine(oracle(n)), 1, 59);

const registerPattern = /^L'an ([a-zé -]+), le ([a-zé -]+) ([a-zéû]+)(?: à ([a-zé -]+?) heures?(?: ([a-zé -]+))?)?$/;

/** Reads a register-style date back with the hand-made tables above. */
function readBack(text: string): { iso: string; time: string | null } {
  const match = registerPattern.exec(text);
  if (!match) throw new Error(`unreadable: ${text}`);
  const [, yearText, dayText, monthText, hourText, minuteText] = match;
  const year = years[yearText!];
  const day = dayWords.get(dayText!);
  const month = months.indexOf(monthText!) + 1;
  if (year === undefined || day === undefined || month === 0) throw new Error(`unknown words: ${text}`);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (hourText === undefined) return { iso, time: null };
  const hour = hourWords.get(hourText);
  const minute = minuteText === undefined ? 0 : minuteWords.get(minuteText);
  if (hour === undefined || minute === undefined) throw new Error(`unknown time: ${text}`);
  return { iso, time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

describe('register-style dates', () => {
  it('writes the examples a secretary expects', () => {
    expect(dateInRegisterStyle('2026-06-03', '18:00')).toBe("L'an deux mille vingt-six, le trois juin à dix-huit heures");
    expect(dateInRegisterStyle('2026-06-03', '18:30')).toBe("L'an deux mille vingt-six, le trois juin à dix-huit heures trente");
    expect(dateInRegisterStyle('2026-06-01')).toBe("L'an deux mille vingt-six, le premier juin");
    expect(dateInRegisterStyle('2021-10-27', '21:00')).toBe("L'an deux mille vingt et un, le vingt-sept octobre à vingt et une heures");
    expect(dateInRegisterStyle('2024-02-29', '01:05')).toBe("L'an deux mille vingt-quatre, le vingt-neuf février à une heure cinq");
    expect(dateInWords('2030-08-31')).toBe('le trente et un août deux mille trente');
  });

  it('renders every day of 2020–2030 and reads back to the same date', () => {
    let days = 0;
    for (let day = new Date(Date.UTC(2020, 0, 1)); day.getUTCFullYear() <= 2030; day = new Date(day.getTime() + 86_400_000)) {
      const iso = isoOf(day);
      const text = dateInRegisterStyle(iso);
      expect(text).not.toMatch(/undefined|null|NaN|\d/);
      expect(readBack(text)).toEqual({ iso, time: null });
      days += 1;
    }
    expect(days).toBe(4018);
  });

  it('round-trips any date and time of 2020–2030 (property)', () => {
    const dates = fc.date({ min: new Date(Date.UTC(2020, 0, 1)), max: new Date(Date.UTC(2030, 11, 31, 23, 59)), noInvalidDate: true });
    const times = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(fc.property(dates, times, (date, time) => {
      const iso = isoOf(date);
      const text = dateInRegisterStyle(iso, time);
      expect(text).not.toMatch(/undefined|null|NaN/);
      expect(readBack(text)).toEqual({ iso, time });
    }), { numRuns: 2000 });
  });

  it('refuses what is not a calendar day or a time', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('20/06/2024')).toBeNull();
    expect(() => dateInRegisterStyle('2023-02-30')).toThrow(RangeError);
    expect(() => timeInWords('24:00')).toThrow(RangeError);
    expect(() => timeInWords('18:60')).toThrow(RangeError);
  });
});

describe('numbers in words', () => {
  it('uses the traditional spelling consistently, from written-number', () => {
    expect(numberInWords(21)).toBe('vingt et un');
    expect(numberInWords(71)).toBe('soixante et onze');
    expect(numberInWords(80)).toBe('quatre-vingts');
    expect(numberInWords(81)).toBe('quatre-vingt-un');
    expect(numberInWords(200)).toBe('deux cents');
    expect(numberInWords(2000)).toBe('deux mille');
    expect(yearInWords(2026)).toBe('deux mille vingt-six');
  });

  it('keeps vingt and cent invariable before mille (the library pluralises them)', () => {
    expect(numberInWords(80_000)).toBe('quatre-vingt mille');
    expect(numberInWords(200_000)).toBe('deux cent mille');
    expect(numberInWords(2_000_000)).toBe('deux millions');
  });

  it('agrees un with feminine nouns', () => {
    expect(feminineNumberInWords(1)).toBe('une');
    expect(feminineNumberInWords(21)).toBe('vingt et une');
    expect(feminineNumberInWords(11)).toBe('onze');
    expect(timeInWords('01:00')).toBe('une heure');
    expect(timeInWords('00:00')).toBe('zéro heure');
    expect(timeInWords('18h')).toBe('dix-huit heures');
  });

  it('agrees with the hand-written oracle on 0–59', () => {
    for (let n = 0; n <= 59; n += 1) expect(numberInWords(n)).toBe(oracle(n));
    expect(dayInWords(1)).toBe('premier');
  });
});

describe('dates in figures', () => {
  it('formats for the portals', () => {
    expect(longFrenchDate('2024-06-20')).toBe('20 juin 2024');
    expect(longFrenchDate('2024-06-01')).toBe('1er juin 2024');
    expect(numericFrenchDate('2024-06-01')).toBe('01/06/2024');
  });
});
