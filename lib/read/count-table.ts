/**
 * Counts printed as a two-row table — a header row of labels and a row of numbers below it
 * ("Pour\tContre\tAbstentions" / "21\t0\t0"), as council web pages and PDF tables render them —
 * or as two columns flattened one under the other (all labels, then all values).
 */
import { patterns } from '../patterns';
import { foldKey } from './fold';
import type { ReadContext, Region } from './read-context';
import { actRegion } from './agenda-items';

type Target = ['attendance', 'inOffice' | 'present' | 'represented' | 'absent' | 'voters'] | ['vote', 'for' | 'against' | 'abstentions' | 'expressed' | 'blank'];

type Put = (target: Target, value: number, start: number, end: number) => void;

function targetOf(label: string): Target | null {
  const key = foldKey(label);
  if (key === 'POUR') return ['vote', 'for'];
  if (key === 'CONTRE') return ['vote', 'against'];
  if (key.startsWith('ABSTENTION')) return ['vote', 'abstentions'];
  if (key.includes('EXPRIMES')) return ['vote', 'expressed'];
  if (key.startsWith('BLANC')) return ['vote', 'blank'];
  if (key === 'VOTANTS') return ['attendance', 'voters'];
  if (key.startsWith('PRESENT')) return ['attendance', 'present'];
  if (key.includes('EXERCICE')) return ['attendance', 'inOffice'];
  if (key.startsWith('REPRESENTE') || key.startsWith('PROCURATION') || key.startsWith('POUVOIR')) return ['attendance', 'represented'];
  if (key.startsWith('ABSENT')) return ['attendance', 'absent'];
  return null;
}

export function readCountTables(ctx: ReadContext, region: Region): void {
  const text = ctx.text.slice(region.start, region.end);
  // a procès-verbal of several acts: attendance tables anywhere, vote tables of the chosen act only
  const act = actRegion(ctx.text, region);
  const put = (target: Target, value: number, start: number, end: number): void => {
    if (target[0] === 'attendance') ctx.set('attendance', target[1], value, start, end);
    else if (start >= act.start && end <= act.end) ctx.set('vote', target[1], value, start, end);
  };
  readFlattenedColumns(region, text, put);
  let previous: { cells: string[] } | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const cells = text.slice(lineStart, lineEnd).split(patterns.cellSeparator).map((c) => c.trim()).filter((c) => c !== '');
    const isHeader = cells.length >= 2 && cells.every((c) => patterns.countHeaderCell.test(c));
    // a row may open with its own label ("Votes\t25\t4\t1" under "Pour\tContre\tAbstentions")
    const values = previous && cells.length === previous.cells.length + 1 && !patterns.countCell.test(cells[0]!) ? cells.slice(1) : cells;
    if (previous && values.length === previous.cells.length && values.every((c) => patterns.countCell.test(c))) {
      previous.cells.forEach((label, i) => {
        const target = targetOf(label);
        if (!target) return;
        put(target, Number(values[i]), region.start + lineStart, region.start + lineEnd);
      });
    }
    previous = isHeader ? { cells } : null;
    lineStart = lineEnd + 1;
  }
}

/** fewer labels than this in a column is no table */
const MIN_COLUMN = 3;

/**
 * A two-column table flattened by PDF extraction: every label on its own line with nothing after
 * it ("Nombre de membres présents :", "VOTES : Pour :"), then every value, one a line, in the
 * same order. Read only when the two runs have the same length.
 */
function readFlattenedColumns(region: Region, text: string, put: Put): void {
  const lines: Array<{ text: string; start: number; end: number }> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ text: text.slice(start, end).trim(), start, end });
    start = end + 1;
  }
  let i = 0;
  while (i < lines.length) {
    const labels: Target[] = [];
    let j = i;
    while (j < lines.length) {
      const target = columnLabelTarget(lines[j]!.text);
      if (!target) break;
      labels.push(target);
      j++;
    }
    if (labels.length < MIN_COLUMN) {
      i = Math.max(j, i + 1);
      continue;
    }
    let k = j;
    while (k < lines.length && lines[k]!.text === '') k++;
    const values: number[] = [];
    while (k + values.length < lines.length && values.length < labels.length && patterns.countCell.test(lines[k + values.length]!.text)) {
      values.push(Number(lines[k + values.length]!.text));
    }
    const after = lines[k + values.length];
    if (values.length === labels.length && !(after && patterns.countCell.test(after.text))) {
      labels.forEach((target, n) => {
        const line = lines[k + n]!;
        put(target, values[n]!, region.start + line.start, region.start + line.end);
      });
    }
    i = j;
  }
}

/** "Nombre de membres présents :", "VOTES : Pour :" → where its value goes; null for other lines. */
function columnLabelTarget(line: string): Target | null {
  if (!line.endsWith(':')) return null;
  const label = line.slice(0, -1);
  // "VOTES : Pour": the last label of the line
  const key = foldKey(label.slice(label.lastIndexOf(':') + 1)).replace(patterns.countLabelFiller, '');
  return key === '' ? null : targetOf(key);
}
