/**
 * Counts printed as a two-row table — a header row of labels and a row of numbers below it
 * ("Pour\tContre\tAbstentions" / "21\t0\t0"), as council web pages and PDF tables render them.
 */
import { patterns } from '../patterns';
import { foldKey } from './fold';
import type { ReadContext, Region } from './read-context';

type Target = ['attendance', 'inOffice' | 'present' | 'represented' | 'absent' | 'voters'] | ['vote', 'for' | 'against' | 'abstentions' | 'expressed' | 'blank'];

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
        const at = region.start + lineStart;
        if (target[0] === 'vote') ctx.set('vote', target[1], Number(values[i]), at, region.start + lineEnd);
        else ctx.set('attendance', target[1], Number(values[i]), at, region.start + lineEnd);
      });
    }
    previous = isHeader ? { cells } : null;
    lineStart = lineEnd + 1;
  }
}
