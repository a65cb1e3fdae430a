/**
 * The roll as a table, one member per row, as council web pages and register software print it:
 * "Membres | Présent | Absent | Pouvoir à" then "MOUTARDIER Francis | | X | ROSSIGNOL Martine".
 * A mark (X, ✓, oui) in a column says where the member was; the proxy column names the holder.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { cleanPersonName } from './person-names';

interface Columns {
  name: number;
  present: number;
  absent: number | null;
  proxy: number | null;
}

/** a table longer than a council is no roll */
const MAX_ROWS = 80;

export function readAttendanceTable(ctx: ReadContext, region: Region): void {
  const attendance = ctx.record.attendance;
  if (attendance.presentNames.length > 0) return;
  const text = ctx.text.slice(region.start, region.end);
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const columns = headerColumns(text.slice(at, end));
    if (columns && readRows(ctx, region.start, text, end + 1, columns)) return;
    at = end + 1;
  }
}

/** "Membres | Présent | Absent | Pouvoir à": the header of a roll table */
export function isRosterHeader(line: string): boolean {
  return headerColumns(line) !== null;
}

function headerColumns(line: string): Columns | null {
  if (!line.includes('\t') && !line.includes('|')) return null;
  const cells = splitCells(line);
  const name = cells.findIndex((c) => patterns.rosterNameHeader.test(c));
  const present = cells.findIndex((c) => patterns.rosterPresentHeader.test(c));
  if (name === -1 || present === -1) return null;
  const absent = cells.findIndex((c) => patterns.rosterAbsentHeader.test(c));
  const proxy = cells.findIndex((c) => patterns.rosterProxyHeader.test(c));
  if (absent === -1 && proxy === -1) return null;
  return { name, present, absent: absent === -1 ? null : absent, proxy: proxy === -1 ? null : proxy };
}

/** Reads the rows under the header; true when it found members. */
function readRows(ctx: ReadContext, base: number, text: string, from: number, columns: Columns): boolean {
  const attendance = ctx.record.attendance;
  const present: Array<{ name: string; start: number; end: number }> = [];
  const absent: typeof present = [];
  const proxies: Array<{ from: string; to: string; start: number; end: number }> = [];
  let at = from;
  let rows = 0;
  while (at < text.length && rows < MAX_ROWS) {
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (line.trim() === '' || (!line.includes('\t') && !line.includes('|'))) break;
    let cells = splitCells(line);
    // "Maire et adjoints | Bernard CHASSAGNE | X": a group cell spanning rows (rowspan) shifts the row
    if (patterns.rosterGroupCell.test(cells[columns.name] ?? '')) cells = [...cells.slice(0, columns.name), ...cells.slice(columns.name + 1)];
    // "Totaux | 8 | 3 | 2": the table's own counts, as printed
    if (patterns.rosterTotalsCell.test(cells[columns.name] ?? '')) {
      readTotals(ctx, cells, columns, base + at, base + end);
      break;
    }
    const name = cleanPersonName(cells[columns.name] ?? '');
    if (!name) break;
    rows++;
    const span = { name, start: base + at, end: base + end };
    const holder = columns.proxy !== null ? cells[columns.proxy] ?? '' : '';
    const holderName = holder !== '' && !patterns.rosterMark.test(holder) ? cleanPersonName(holder) : null;
    if (patterns.rosterMark.test(cells[columns.present] ?? '')) present.push(span);
    else if (holderName) proxies.push({ from: name, to: holderName, start: span.start, end: span.end });
    else if (columns.absent !== null && patterns.rosterMark.test(cells[columns.absent] ?? '')) absent.push(span);
    at = end + 1;
  }
  if (present.length === 0) return false;
  for (const p of present) {
    attendance.presentNames.push(p.name);
    ctx.cite(`attendance.presentNames.${attendance.presentNames.length - 1}`, p.start, p.end);
  }
  for (const p of proxies) {
    if (attendance.proxies.some((q) => q.from === p.from)) continue;
    attendance.proxies.push({ from: p.from, to: p.to });
    ctx.cite(`attendance.proxies.${attendance.proxies.length - 1}`, p.start, p.end);
  }
  for (const a of absent) {
    if (attendance.absentNames.includes(a.name)) continue;
    attendance.absentNames.push(a.name);
    ctx.cite(`attendance.absentNames.${attendance.absentNames.length - 1}`, a.start, a.end);
  }
  return true;
}

function readTotals(ctx: ReadContext, cells: string[], columns: Columns, start: number, end: number): void {
  const count = (index: number | null) => (index !== null && patterns.smallCount.test(cells[index] ?? '') ? Number(cells[index]) : null);
  const present = count(columns.present);
  const absent = count(columns.absent);
  const represented = count(columns.proxy);
  if (present !== null) ctx.set('attendance', 'present', present, start, end);
  if (absent !== null) ctx.set('attendance', 'absent', absent, start, end);
  if (represented !== null) ctx.set('attendance', 'represented', represented, start, end);
}

/** Cells of a row: by its pipes when it has any (the spaces padding them are layout), else by tabs. */
function splitCells(line: string): string[] {
  return (line.includes('|') ? line.split('|') : line.split('\t')).map((cell) => cell.replace(patterns.tabRun, ' ').trim());
}
