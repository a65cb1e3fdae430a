/**
 * Fees: per school, school count and total — "1 x 45€ soit 45€", "100€TTC (2 écoles x 50€
 * TTC)", "4 X 41 Euros soit 164 Euros", "fixée à 41 € TTC par école et par an", "soit 80 €".
 * Read for the convention and, separately, as the deliberation restates them.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { amountValue } from './amounts';
import { parseCount, parseFrenchNumberWords } from './french-numbers';

/** how far before "N x fee" a count of pupils or a price per pupil is looked for */
const PUPILS_WINDOW = 160;

export function readFees(ctx: ReadContext, region: Region, target: 'convention' | 'deliberation'): void {
  const text = ctx.text.slice(region.start, region.end);
  const at = (i: number) => region.start + i;
  const setFee = (v: number | null, s: number, e: number) =>
    v !== null && (target === 'convention' ? ctx.set('convention', 'feePerSchool', v, at(s), at(e)) : ctx.set('deliberation', 'feePerSchool', v, at(s), at(e)));
  const setCount = (v: number | null, s: number, e: number) =>
    v !== null && (target === 'convention' ? ctx.set('convention', 'schoolCount', v, at(s), at(e)) : ctx.set('deliberation', 'schoolCount', v, at(s), at(e)));
  const setTotal = (v: number | null, s: number, e: number) =>
    v !== null && (target === 'convention' ? ctx.set('convention', 'total', v, at(s), at(e)) : ctx.set('deliberation', 'total', v, at(s), at(e)));

  for (const m of text.matchAll(patterns.feeTimes)) {
    const end = m.index + m[0].length;
    // "120 élèves, soit 120 x 1,50 € = 180 €": pupils times a price per pupil — a total, no school count or fee
    const before = text.slice(Math.max(0, m.index - PUPILS_WINDOW), m.index);
    const perPupil = new RegExp(`(?<!\\d)${m[1]}\\s{1,3}[ée]l[èe]ves\\b`, 'i').test(before) || patterns.perPupilNear.test(text.slice(Math.max(0, m.index - PUPILS_WINDOW), end + 40));
    if (perPupil) {
      setTotal(amountValue(m[3]!), m.index, end);
      break;
    }
    setCount(Number(m[1]), m.index, end);
    setFee(amountValue(m[2]!), m.index, end);
    setTotal(amountValue(m[3]!), m.index, end);
    break;
  }
  for (const m of text.matchAll(patterns.feeFirstTimes)) {
    const end = m.index + m[0].length;
    setFee(amountValue(m[1]!), m.index, end);
    setCount(Number(m[2]), m.index, end);
    setTotal(amountValue(m[3]!), m.index, end);
    break;
  }
  for (const m of text.matchAll(patterns.feeInParentheses)) {
    const end = m.index + m[0].length;
    setTotal(amountValue(m[1]!), m.index, end);
    setCount(Number(m[2]), m.index, end);
    setFee(amountValue(m[3]!), m.index, end);
    break;
  }
  for (const m of text.matchAll(patterns.feePerSchool)) {
    // "1 € par élève plafonnée à 150 € par école": a ceiling, not the fee
    if (patterns.feeCeilingBefore.test(text.slice(Math.max(0, m.index - 40), m.index + 1))) continue;
    if (setFee(amountValue(m[1]!), m.index, m.index + m[0].length)) break;
  }
  // a fee written only in words (the digits usually follow in parentheses, read above)
  for (const m of text.matchAll(patterns.feePerSchoolInWords)) {
    if (setFee(parseFrenchNumberWords(m[1]!), m.index, m.index + m[0].length)) break;
  }
  for (const m of text.matchAll(patterns.schoolCount)) {
    if (setCount(parseCount(m[1] ?? m[2] ?? m[3]!), m.index, m.index + m[0].length)) break;
  }
  // "la commune ne comptant qu'une école", "sa seule école", "l'unique école de la commune"
  const single = patterns.singleSchool.exec(text);
  if (single) setCount(1, single.index, single.index + single[0].length);
  for (const m of text.matchAll(patterns.totalAmount)) {
    if (setTotal(amountValue(m[1]!), m.index, m.index + m[0].length)) break;
  }
  // an annex table of schools with an amount per row, and its "Total (2 écoles) | 90 €" row
  const totalRow = patterns.totalRow.exec(text);
  if (totalRow) setTotal(amountValue(totalRow[1]!), totalRow.index, totalRow.index + totalRow[0].length);
  const rowAmounts = [...text.matchAll(patterns.schoolRowAmount)];
  const amounts = new Set(rowAmounts.map((m) => amountValue(m[1]!)));
  if (rowAmounts.length > 0 && amounts.size === 1) {
    const first = rowAmounts[0]!;
    setFee(amountValue(first[1]!), first.index, first.index + first[0].length);
  }
}
