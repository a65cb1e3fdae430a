/**
 * The attendance block: counts ("En exercice : 29", "Présents : 26", "Votants : 29") and the
 * lists of present, represented and absent members, and the secrétaire de séance.
 */
import type { CouncilRecord } from '../record/schema';
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { cleanPersonName, lastPersonBefore, splitList } from './person-names';
import { readCountTables } from './count-table';
import { isRosterHeader, readAttendanceTable } from './attendance-table';
import { foldKey } from './fold';
import { readListItems } from './proxy-phrases';
import { parseFrenchNumberWords } from './french-numbers';

type CountKey = 'inOffice' | 'present' | 'represented' | 'absent' | 'voters';
const COUNTS: Array<[CountKey, RegExp]> = [
  ['inOffice', patterns.inOfficeCount],
  ['present', patterns.presentCount],
  ['represented', patterns.representedCount],
  ['absent', patterns.absentCount],
  ['voters', patterns.votersCount],
];

const MAX_BLOCK = 5000;
const BODY_LOWER_WORDS = 5;
/** words of a list line that are not sentence text */
const LIST_WORDS = new Set(['ayant', 'donné', 'donne', 'procuration', 'pouvoir', 'représenté', 'représentée', 'conseiller', 'conseillère', 'conseillers', 'conseillères', 'municipal', 'municipale', 'municipaux', 'municipales', 'adjoint', 'adjointe', 'adjoints', 'maire', 'excusé', 'excusée', 'excusés', 'absent', 'absente', 'délégué', 'déléguée', 'arrivé', 'arrivée', 'partir', 'parti', 'partie']);

export function readAttendance(ctx: ReadContext, region: Region): void {
  const text = ctx.text.slice(region.start, region.end);
  for (const [key, pattern] of COUNTS) {
    for (const m of text.matchAll(pattern)) {
      const digits = m[1] ?? m[2];
      if (digits === undefined) continue;
      const at = region.start + m.index;
      if (ctx.set('attendance', key, Number(digits), at, at + m[0].length)) break;
    }
  }
  // "Conseillers en exercice : dix-neuf": a count in words (printed so in some registers)
  for (const m of text.matchAll(patterns.countInWords)) {
    const label = m[1]!.toLowerCase();
    const key: CountKey | null = label.startsWith('en') ? 'inOffice' : countKeyOf(label);
    const value = parseFrenchNumberWords(m[2]!);
    const at = region.start + m.index;
    if (key && value !== null && value < 1000) ctx.set('attendance', key, value, at, at + m[0].length);
  }
  for (const m of text.matchAll(patterns.countInWordsBefore)) {
    const label = m[2]!.toLowerCase();
    const key: CountKey | null = label.startsWith('en') ? 'inOffice' : countKeyOf(label);
    const value = parseFrenchNumberWords(m[1]!);
    const at = region.start + m.index;
    if (key && value !== null && value > 0 && value < 1000) ctx.set('attendance', key, value, at, at + m[0].length);
  }
  // "Présents (9) : …": the count printed with the list label
  for (const m of text.matchAll(patterns.countInParentheses)) {
    const key = countKeyOf(m[1]!);
    const at = region.start + m.index;
    if (key) ctx.set('attendance', key, Number(m[2]), at, at + m[0].length);
  }
  readCountTables(ctx, region);
  readAttendanceTable(ctx, region);
  readLists(ctx, region, text);
  if (ctx.record.session.secretary === null) {
    for (const m of text.matchAll(patterns.secretaryDesignated)) {
      const name = lastPersonBefore(text.slice(Math.max(0, m.index - 90), m.index + 1));
      if (name && ctx.set('session', 'secretary', name, region.start + m.index, region.start + m.index + m[0].length)) break;
    }
  }
  // "Absents excusés : X, Y" then "Pouvoirs : X à Z": X gave a proxy, so is not among the absent without one
  const givers = new Set(ctx.record.attendance.proxies.map((p) => foldKey(p.from)));
  ctx.record.attendance.absentNames = ctx.record.attendance.absentNames.filter((n) => !givers.has(foldKey(n)));
}

type ListKind = 'present' | 'proxy' | 'absent' | 'secretary';

function classify(label: string): ListKind {
  if (patterns.secretaryLabelWord.test(label)) return 'secretary';
  if (patterns.proxyLabelWord.test(label)) return 'proxy';
  if (patterns.absentLabelWord.test(label)) return 'absent';
  return 'present';
}

function readLists(ctx: ReadContext, region: Region, text: string): void {
  const attendance: CouncilRecord['attendance'] = ctx.record.attendance;
  const labels = [...text.matchAll(patterns.attendanceLabel)];
  for (const m of labels) {
    // the header row of a roll table is read by readAttendanceTable, not as a list label
    const lineEnd = text.indexOf('\n', m.index);
    if (isRosterHeader(text.slice(m.index, lineEnd === -1 ? text.length : lineEnd))) continue;
    let kind = classify(m[1]!);
    let contentStart = m.index + m[0].length;
    // "Étaient présents tous les conseillers en exercice sauf M. X, excusé, qui a donné pouvoir à …"
    const except = kind === 'present' ? patterns.allPresentExcept.exec(text.slice(contentStart, contentStart + 120)) : null;
    if (except) {
      kind = 'absent';
      contentStart += except.index + except[0].length;
    }
    const contentEnd = blockEnd(text, contentStart);
    // role labels inside the list are headings, not names (blanked, so offsets stay)
    const block = text.slice(contentStart, contentEnd).replace(patterns.roleGroupLabelAll, (label) => ' '.repeat(label.length - 1) + '\n');
    if (block.trim() === '' || patterns.startsWithDigit.test(block)) continue; // a count, read above
    const offset = region.start + contentStart;
    if (kind === 'secretary') {
      const lines = block.trim().split('\n');
      let line = lines[0] ?? '';
      // "Secrétaire : Mme Claire\nPETITJEAN": the surname wrapped to the next line
      const next = (lines[1] ?? '').trim();
      if (patterns.firstNameAtLineEnd.test(line.trimEnd()) && patterns.surnameAtLineStart.test(next)) line = `${line.trimEnd()} ${next.split(patterns.nameListSeparatorOnce)[0]}`;
      const name = cleanPersonName(line.split(',')[0] ?? '');
      if (name) ctx.set('session', 'secretary', name, offset, offset + block.trimEnd().length);
      continue;
    }
    // "Mandant\tMandataire" then one row per proxy: a two-column table (HTML pages, spreadsheets)
    const table = kind === 'proxy' ? readProxyTable(block, offset) : [];
    if (table.length > 0) {
      for (const p of table) {
        if (attendance.proxies.some((q) => q.from === p.from)) continue;
        attendance.proxies.push({ from: p.from, to: p.to });
        ctx.cite(`attendance.proxies.${attendance.proxies.length - 1}`, p.start, p.end);
      }
      continue;
    }
    const reading = readListItems(splitList(block, offset), kind === 'proxy');
    for (const p of reading.proxies) {
      if (attendance.proxies.some((q) => q.from === p.from)) continue;
      attendance.proxies.push({ from: p.from, to: p.to });
      ctx.cite(`attendance.proxies.${attendance.proxies.length - 1}`, p.start, p.end);
    }
    const target = kind === 'present' ? attendance.presentNames : kind === 'absent' ? attendance.absentNames : null;
    if (!target) continue;
    const path = kind === 'present' ? 'attendance.presentNames' : 'attendance.absentNames';
    for (const n of reading.names) {
      if (target.includes(n.name)) continue;
      target.push(n.name);
      ctx.cite(`${path}.${target.length - 1}`, n.start, n.end);
    }
  }
}

/** Where a list ends: the next label, the body of the act, or a bounded length. */
function blockEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_BLOCK);
  let lineStart = text.indexOf('\n', from);
  if (lineStart === -1 || lineStart >= limit) return limit;
  lineStart++;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() !== '' && endsList(line)) return lineStart;
    lineStart = lineEnd + 1;
  }
  return limit;
}

function endsList(line: string): boolean {
  // "Le Maire : …", "Les Adjoints : …", "Les Conseillers : …": the list grouped by role goes on
  if (patterns.roleGroupLabel.test(line)) return false;
  if (patterns.attendanceLabelOne.test(line)) return true;
  if (patterns.bodyLineStart.test(line)) return true;
  if (patterns.genericLabelLine.test(line) || patterns.sentenceVerb.test(line)) return true;
  let lower = 0;
  for (const w of line.matchAll(patterns.lowerWord)) if (!LIST_WORDS.has(w[0])) lower++;
  return lower >= BODY_LOWER_WORDS;
}

/** Rows "giver<TAB>holder" under a "Procurations" label; a header row naming the holder first swaps the columns. */
function readProxyTable(block: string, offset: number): Array<{ from: string; to: string; start: number; end: number }> {
  const out: Array<{ from: string; to: string; start: number; end: number }> = [];
  let holderFirst = false;
  let at = 0;
  for (const line of block.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (line.trim() === '') continue;
    const cells = line.split('\t').map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length !== 2) return out.length > 0 ? out : [];
    if (patterns.proxyTableHeader.test(cells[0]!) || patterns.proxyTableHeader.test(cells[1]!)) {
      holderFirst = patterns.proxyHolderHeader.test(cells[0]!);
      continue;
    }
    const first = cleanPersonName(cells[0]!);
    const second = cleanPersonName(cells[1]!);
    if (!first || !second) return [];
    out.push({ from: holderFirst ? second : first, to: holderFirst ? first : second, start: offset + start, end: offset + start + line.length });
  }
  return out;
}

function countKeyOf(label: string): CountKey | null {
  const l = label.toLowerCase();
  if (l.startsWith('rep') || l.startsWith('proc') || l.startsWith('pou')) return 'represented';
  if (l.startsWith('pr')) return 'present';
  if (l.startsWith('abs') || l.startsWith('exc')) return 'absent';
  if (l.startsWith('vot')) return 'voters';
  return null;
}
