/**
 * Rebuilds readable lines from positioned PDF text runs (what pdf.js `getTextContent` yields),
 * with no dependency on pdf.js itself so it can be tested on plain data.
 *
 * PDF producers position words, syllables or whole lines freely: spaces are often not in the
 * text at all but only in the gaps between runs, table cells are runs far apart on one
 * baseline, and every page repeats the same header/footer. This module undoes that.
 */

/** One positioned run of text, in PDF user space (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** font size (height of the run) */
  size: number;
  /** set in a direction other than left to right (a stamp up the margin, a watermark) */
  rotated?: boolean;
}

export interface PageRuns {
  runs: TextRun[];
  /** page height, to tell the header and footer bands */
  height: number;
}

export interface PageLine {
  text: string;
  y: number;
  /** the line is followed by a paragraph gap (more vertical space than usual) */
  gapAfter: boolean;
  /** right end of the line's last run, and average width of one character (wrap detection) */
  right?: number;
  charWidth?: number;
}

/** A gap wider than this many font sizes between two runs of one line reads as a table cell. */
const TAB_GAP_EM = 2.0;
/**
 * A narrower gap, down to this, is a cell too when the run after it starts where runs of
 * other lines start after a gap: a column. pdf.js merges gaps under 0.6 em into the text, so
 * separate runs 1–2 em apart are either a loosely justified line or a table with thin
 * padding; only the alignment tells them apart.
 */
const ALIGNED_TAB_GAP_EM = 1.0;
/** pdf.js's own split (SPACE_IN_FLOW_MAX_FACTOR): narrower gaps never reach us as runs. */
const SPLIT_GAP_EM = 0.6;
/** A gap wider than this many font sizes is a word space the producer did not write out. */
const SPACE_GAP_EM = 0.12;
/** A line spacing more than this ratio over the page's usual spacing is a paragraph break. */
const PARAGRAPH_GAP_RATIO = 1.4;

/** One table cell of a line: its text and where it stands. */
interface Cell {
  text: string;
  x: number;
  right: number;
}

/** A line being built: its cells (one when it has no tab), baseline and font size. */
interface BuiltLine {
  cells: Cell[];
  y: number;
  size: number;
  /** baseline of its last line when wrapped cells were merged into it */
  bottom: number;
}

/** Runs read as one flow (the whole page, or one column of a side-by-side region). */
type RunBlock = TextRun[];

/** Groups runs into lines (same baseline within a tolerance), left to right. */
export function layoutPage(page: PageRuns): PageLine[] {
  // pdf.js adds whitespace-only runs spanning the gaps it guessed; the gaps themselves tell
  // a space from a table cell better, so those runs are left out.
  const usable = page.runs.filter((run) => run.text.trim().length > 0 && Number.isFinite(run.x) && Number.isFinite(run.y));
  const runs = usable.filter((run) => !run.rotated);
  const blocks = readingBlocks(runs, 0).map(groupLines);
  const starts = columnStarts(blocks.flat());
  const lines: BuiltLine[] = [];
  const blockSizes: number[] = [];
  for (const groups of blocks) {
    const built = groups
      .map((group): BuiltLine => ({ cells: joinRuns(group, starts), y: group[0]!.y, bottom: group[0]!.y, size: medianOf(group.map((r) => r.size)) }))
      .filter((line) => line.cells.some((cell) => cell.text.trim().length > 0));
    const merged = mergeCellContinuations(built);
    lines.push(...merged);
    blockSizes.push(merged.length);
  }
  // The lower quartile, not the median: a page where every paragraph is one line has more
  // paragraph gaps than plain line spacings. Each column has its own spacing (a stamp set
  // small beside the heading), so a block with enough lines is measured on its own.
  const pageUsual = usualSpacing(lines);
  const usualOf = new Map<BuiltLine, number>();
  let from = 0;
  for (const count of blockSizes) {
    const own = lines.slice(from, from + count);
    const usual = own.length >= 3 ? usualSpacing(own) : pageUsual;
    for (const line of own) usualOf.set(line, usual > 0 ? usual : pageUsual);
    from += count;
  }
  const laidOut: PageLine[] = lines.map((line, i) => {
    const next = lines[i + 1];
    const spacing = next ? line.bottom - next.y : 0;
    const text = line.cells.map((cell) => cell.text).join('\t');
    const left = line.cells[0]!.x;
    const right = Math.max(...line.cells.map((cell) => cell.right));
    const usual = usualOf.get(line) ?? pageUsual;
    // A column's last line is followed by the next column's first, higher up: the spacing
    // is negative and makes no gap; a paragraph beside a stamp runs on below it.
    const gapAfter = next !== undefined && usual > 0 && spacing > usual * PARAGRAPH_GAP_RATIO && spacing > line.size * 1.3;
    const charWidth = text.length > 0 ? (right - left) / text.length : line.size / 2;
    return { text: text.replace(/[ \u00a0]+$/, ''), y: line.y, gapAfter, right, charWidth };
  });
  // Rotated text (an @CTES stamp up the margin) would cut into whichever body line shares
  // its y: it becomes lines of its own after the body, one per column it stands in.
  const columns = new Map<number, string[]>();
  for (const run of usable.filter((r) => r.rotated)) {
    const column = Math.round(run.x / Math.max(run.size, 1));
    columns.set(column, [...(columns.get(column) ?? []), run.text.trim()]);
  }
  if (laidOut.length > 0 && columns.size > 0) laidOut[laidOut.length - 1]!.gapAfter = true;
  for (const texts of columns.values()) laidOut.push({ text: texts.join(' '), y: 0, gapAfter: true });
  return laidOut;
}

/** The lower quartile of the positive spacings between consecutive lines (0 if none). */
function usualSpacing(lines: BuiltLine[]): number {
  const spacings: number[] = [];
  for (let i = 1; i < lines.length; i++) spacings.push(lines[i - 1]!.bottom - lines[i]!.y);
  return quantileOf(spacings.filter((s) => s > 0), 0.25);
}

/** Runs on one baseline (within half a font size), top to bottom, each line left to right later. */
function groupLines(block: TextRun[]): TextRun[][] {
  const runs = [...block].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NaN;
  for (const run of runs) {
    // Half the font size: superscripts ("1er", "n°") and mixed fonts stay on their line.
    const tolerance = Math.max(1, 0.5 * Math.max(run.size, current[0]?.size ?? 0));
    if (current.length > 0 && Math.abs(baseline - run.y) <= tolerance) {
      current.push(run);
    } else {
      if (current.length > 0) groups.push(current);
      current = [run];
      baseline = run.y;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** Baselines closer than this (points) are one row when telling a table from two columns. */
const SHARED_BASELINE = 1;
/** Empty space, in font sizes, that must run down the left of a column's start. */
const GUTTER_EM = 0.8;
/** A line of a paragraph has at least this many words (a table cell seldom has). */
const PROSE_WORDS = 5;
/** Nested side-by-side regions deeper than this are read as they come. */
const MAX_COLUMN_DEPTH = 3;

interface Row {
  y: number;
  runs: TextRun[];
}

/** Runs on exactly one baseline (a point apart at most), top to bottom. */
function exactRows(runs: TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const last = rows[rows.length - 1];
    if (last && last.y - run.y <= SHARED_BASELINE) last.runs.push(run);
    else rows.push({ y: run.y, runs: [run] });
  }
  return rows;
}

interface ColumnRegion {
  top: number;
  bottom: number;
  x: number;
}

/**
 * Splits runs into blocks read one after the other: a region where two groups of lines stand
 * side by side (a narrow block of counts beside the session paragraph, a transmission stamp
 * beside the heading) is read left column first, then right column, instead of line by line
 * across both. A table is not such a region: its cells share baselines row by row.
 */
function readingBlocks(runs: TextRun[], depth: number): RunBlock[] {
  const region = depth < MAX_COLUMN_DEPTH ? findColumnRegion(runs) : null;
  if (!region) return runs.length > 0 ? [runs] : [];
  const above: TextRun[] = [];
  const left: TextRun[] = [];
  const right: TextRun[] = [];
  const below: TextRun[] = [];
  for (const run of runs) {
    if (run.y > region.top + SHARED_BASELINE) above.push(run);
    else if (run.y < region.bottom - SHARED_BASELINE) below.push(run);
    else if (run.x >= region.x) right.push(run);
    else left.push(run);
  }
  return [
    ...(above.length > 0 ? [above] : []),
    ...readingBlocks(left, depth + 1),
    ...readingBlocks(right, depth + 1),
    ...readingBlocks(below, depth + 1),
  ];
}

/** The topmost side-by-side region, if any (see `readingBlocks`). */
function findColumnRegion(runs: TextRun[]): ColumnRegion | null {
  if (runs.length < 4) return null;
  const rows = exactRows(runs);
  if (rows.length < 4) return null;
  // A column starts where a run begins after empty space: first on its row, or after a gap.
  const candidates = new Map<number, Set<number>>();
  for (const row of rows) {
    const sorted = [...row.runs].sort((a, b) => a.x - b.x);
    let end = Number.NEGATIVE_INFINITY;
    for (const run of sorted) {
      if (run.x - end >= GUTTER_EM * run.size) {
        const key = Math.round(run.x);
        const ys = candidates.get(key) ?? new Set<number>();
        ys.add(row.y);
        candidates.set(key, ys);
      }
      end = Math.max(end, run.x + run.width);
    }
  }
  const minX = runs.reduce((min, run) => Math.min(min, run.x), Number.POSITIVE_INFINITY);
  let best: ColumnRegion | null = null;
  for (const [key, ys] of candidates) {
    const count = ys.size + (candidates.get(key - 1)?.size ?? 0) + (candidates.get(key + 1)?.size ?? 0);
    if (count < 2 || key <= minX + 1) continue;
    const region = regionAt(rows, key);
    if (region && (!best || region.top > best.top || (region.top === best.top && region.x < best.x))) best = region;
  }
  return best;
}

/**
 * The side-by-side region with its right column starting at x (within a point and a half):
 * rows where no run straddles the gutter, with at least two lines on each side, two of the
 * right lines starting at x, five lines in all, and either few baselines shared across the
 * gutter with left lines set between right ones, or a right paragraph running on across rows.
 */
function regionAt(rows: Row[], start: number): ColumnRegion | null {
  const x = start - 1.5;
  type Kind = { cross: boolean; left: boolean; right: boolean; starts: boolean; end: number; size: number; lower: boolean; words: number };
  const kinds: Kind[] = rows.map((row) => {
    const kind = { cross: false, left: false, right: false, starts: false, end: Number.NEGATIVE_INFINITY, size: 0, lower: false, words: 0 };
    for (const run of row.runs) {
      if (run.x >= x) {
        kind.right = true;
        kind.end = Math.max(kind.end, run.x + run.width);
        kind.size = Math.max(kind.size, run.size);
        if (run.x <= start + 1.5) {
          kind.starts = true;
          kind.lower = /^\p{Ll}/u.test(run.text.trimStart());
        }
      } else if (run.x + run.width <= x - GUTTER_EM * run.size) kind.left = true;
      else kind.cross = true;
    }
    kind.words = wordCount(row.runs.filter((run) => run.x >= x));
    return kind;
  });
  let i = 0;
  while (i < rows.length) {
    if (kinds[i]!.cross) { i++; continue; }
    let j = i;
    while (j + 1 < rows.length && !kinds[j + 1]!.cross) j++;
    const segment = kinds.slice(i, j + 1);
    const left = segment.filter((k) => k.left).length;
    const right = segment.filter((k) => k.right).length;
    const starts = segment.filter((k) => k.starts).length;
    const shared = segment.filter((k) => k.left && k.right).length;
    // Two independent flows interleave: some line on the left falls between lines of the
    // right. Table rows put their cells on one baseline, and a label before a paragraph
    // with a hanging indent ("Article 1 :  …" / "   …") shares the paragraph's first one.
    const rightRows = segment.flatMap((k, n) => (k.right ? [rows[i + n]!.y] : []));
    const interleaved = segment.filter((k, n) => k.left && !k.right && rows[i + n]!.y < rightRows[0]! && rows[i + n]!.y > rightRows[rightRows.length - 1]!).length;
    // Labels beside a paragraph in the same type share every baseline, yet the paragraph runs
    // on from one row to the next: a justified right line (ending on the edge to the point)
    // is followed by a row with a label of its own and a lower-case word going on at x. A
    // table's cell wraps onto a row of its own instead, and its rows seldom end on one x
    // unless they are alike (a column of e-mail addresses): prose has words, several a line.
    const edge = Math.max(...segment.map((k) => k.end));
    const flowing = segment.filter((k, n) => {
      const next = segment[n + 1];
      return k.right && k.words >= PROSE_WORDS && k.end >= edge - Math.max(1, 0.1 * k.size) && next !== undefined && next.starts && next.lower && next.left;
    }).length;
    const independent = (shared * 2 < Math.min(left, right) && interleaved > shared) || flowing >= 2;
    if (left >= 2 && right >= 2 && starts >= 2 && left + right >= 5 && independent) {
      return { top: rows[i]!.y, bottom: rows[j]!.y, x };
    }
    i = j + 1;
  }
  return null;
}

/** Words in runs of one line, glyphs set one by one included (a word goes on across a hairline gap). */
function wordCount(runs: TextRun[]): number {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let count = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const run of sorted) {
    const tokens = run.text.split(/\s+/).filter(Boolean).length;
    const joinsPrevious = run.x - end <= SPACE_GAP_EM * run.size && !/^\s/.test(run.text);
    count += joinsPrevious ? Math.max(0, tokens - 1) : tokens;
    end = run.x + run.width;
  }
  return count;
}

/**
 * A table cell wrapped onto more lines: the next lines have fewer cells than the row, sit
 * just below it, each of their pieces stands within one cell's span, and the cell was full
 * (the piece's first word would not have fitted at its end). They belong to that cell, not
 * to a new line ("École maternelle … des" / "Bords de Loire"); a list of names set one per
 * line beside a label ("Présents :  M. A" / "M. B") is not full and stays a list.
 */
function mergeCellContinuations(lines: BuiltLine[]): BuiltLine[] {
  // The last cell of a row ends at the text block's edge at most.
  const blockRight = Math.max(...lines.flatMap((line) => line.cells.map((cell) => cell.right)));
  const out: BuiltLine[] = [];
  let row: BuiltLine | null = null;
  for (const line of lines) {
    const cells = row?.cells;
    const close = row !== null && row.bottom - line.y <= CELL_LINE_SPACING * Math.max(line.size, row.size);
    const slots = row && cells && close && line.cells.length < cells.length ? cellSlots(cells, line.cells, line.size, blockRight) : null;
    if (row && cells && slots) {
      slots.forEach((slot, i) => {
        const cell = cells[slot]!;
        const piece = line.cells[i]!;
        const joined = joinHyphenated(cell.text, piece.text.trimStart());
        cell.text = joined ? joined.previous + joined.next : `${cell.text.replace(/[ \u00a0]+$/, '')} ${piece.text.trimStart()}`;
        cell.right = Math.max(cell.right, piece.right);
      });
      row.bottom = line.y;
      continue;
    }
    out.push(line);
    row = line.cells.length >= 2 ? line : null;
  }
  return out;
}

/** A wrapped cell's next line lies within this many font sizes below the line before. */
const CELL_LINE_SPACING = 1.6;

/** For each piece, the index of the full row cell it stands in, or null if one does not fit. */
function cellSlots(cells: Cell[], pieces: Cell[], size: number, blockRight: number): number[] | null {
  const slots: number[] = [];
  const tolerance = Math.max(1, 0.5 * size);
  for (const piece of pieces) {
    const slot = cells.findIndex((cell, k) => {
      const nextStart = cells[k + 1]?.x ?? Number.POSITIVE_INFINITY;
      return piece.x >= cell.x - tolerance && piece.x < nextStart - tolerance && piece.right <= nextStart + tolerance;
    });
    if (slot < 0 || slots.includes(slot) || (slots.length > 0 && slot < slots[slots.length - 1]!)) return null;
    const cell = cells[slot]!;
    const limit = cells[slot + 1]?.x ?? blockRight;
    const text = piece.text.trim();
    const charWidth = text.length > 0 ? (piece.right - piece.x) / text.length : size / 2;
    const firstWord = text.split(/\s/, 1)[0] ?? '';
    // Cell padding and the gap to the next cell: two font sizes of slack.
    if (cell.right + (firstWord.length + 1) * charWidth <= limit - CELL_SLACK_EM * size) return null;
    slots.push(slot);
  }
  // "Article 2 :<tab>Le Maire est chargé … de la présente" / "délibération.": a line that
  // reaches the edge and goes on at the left margin is prose after a label, not a table.
  const last = cells[cells.length - 1]!;
  if (slots[0] === 0 && !slots.includes(cells.length - 1) && last.right >= blockRight - size) return null;
  return slots;
}

/** Room (font sizes) a full cell may leave before the next cell or the block's edge. */
const CELL_SLACK_EM = 2;

/** Gaps between the runs of a line, left to right. */
function gapsOf(sorted: TextRun[]): number[] {
  return sorted.slice(1).map((run, i) => run.x - (sorted[i]!.x + sorted[i]!.width));
}

/**
 * A stretched justified line: pdf.js cuts it at every word, all its gaps alike. Its words
 * may line up with another line's by chance; they are not cells.
 */
function isStretchedLine(sorted: TextRun[]): boolean {
  const gaps = gapsOf(sorted).filter((gap) => gap > 0);
  return gaps.length >= 3 && Math.max(...gaps) < 1.3 * Math.min(...gaps);
}

/** Starts (x, to the point) of runs that follow a wide gap, counted once per line. */
function columnStarts(groups: TextRun[][]): Map<number, number> {
  const starts = new Map<number, number>();
  for (const group of groups) {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    if (isStretchedLine(sorted)) continue;
    const seen = new Set<number>();
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const run = sorted[i]!;
      const x = Math.round(run.x);
      if (run.x - (previous.x + previous.width) >= SPLIT_GAP_EM * Math.max(run.size, 1) && !seen.has(x)) {
        seen.add(x);
        starts.set(x, (starts.get(x) ?? 0) + 1);
      }
    }
  }
  return starts;
}

/** How many lines have a run starting after a gap at this x, within a point and a half. */
function linesStartingAt(starts: Map<number, number>, x: number): number {
  const at = Math.round(x);
  return (starts.get(at - 1) ?? 0) + (starts.get(at) ?? 0) + (starts.get(at + 1) ?? 0);
}

function joinRuns(group: TextRun[], starts: Map<number, number>): Cell[] {
  group.sort((a, b) => a.x - b.x);
  const stretched = isStretchedLine(group);
  const cells: Cell[] = [];
  let cell: Cell | null = null;
  let end = Number.NEGATIVE_INFINITY;
  let previous: TextRun | null = null;
  for (const run of group) {
    const gap = run.x - end;
    const em = Math.max(run.size, 1);
    // A space is measured in the smaller of the two sizes: a word in small capitals after
    // body text is spaced by its own size.
    const spaceEm = Math.max(Math.min(run.size, previous?.size ?? run.size), 1);
    // Fake bold: the same text drawn twice a hair apart.
    if (previous && previous.text === run.text && Math.abs(previous.x - run.x) < 0.5 * em) continue;
    previous = run;
    if (cell && cell.text.length > 0) {
      // A gap of a seventh of an em or more is a word space the producer left out (tight
      // justification, kerning); far inside the previous run, it is another text.
      const separate = gap > SPACE_GAP_EM * spaceEm || gap < -em;
      // The thinner the gap, the more lines must share the column: two loose justified lines
      // seldom stretch a gap at the same x, three almost never.
      const aligned = gap >= SPLIT_GAP_EM * em && !stretched ? linesStartingAt(starts, run.x) : 0;
      const isCell = gap > TAB_GAP_EM * em || (gap >= ALIGNED_TAB_GAP_EM * em && aligned >= 2) || aligned >= 3;
      if (isCell) {
        cell.text = cell.text.replace(/[ \u00a0]+$/, '');
        cell = null;
      } else if (separate && !/\s$/.test(cell.text) && !/^\s/.test(run.text)) cell.text += ' ';
    }
    if (!cell) {
      cell = { text: run.text.replace(/^[ \u00a0]+/, ''), x: run.x, right: run.x + run.width };
      cells.push(cell);
    } else {
      cell.text += run.text;
      cell.right = Math.max(cell.right, run.x + run.width);
    }
    end = Math.max(end, run.x + run.width);
  }
  return cells;
}

function quantileOf(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)]!;
}

function medianOf(values: number[]): number {
  return quantileOf(values, 0.5);
}

/** "Page 2/5", "Page 2 sur 5", "- 2 -", "2 / 5", "2": a page number alone on its line. */
const PAGE_NUMBER_LINE = /^[-–—\s]*(?:page|p\.)?\s*\d{1,4}\s*(?:(?:\/|sur|of)\s*\d{1,4})?[-–—\s]*$/i;

const PAGE_NUMBER_HINT = /\bpage\b|(?:^|[^\d/])\d{1,3} ?(?:\/|sur) ?\d{1,3}(?:$|[^\d/])/;

/** How far from the top or bottom edge (share of the page height) a header or footer lies. */
const EDGE_BAND = 0.14;
/** At most this many lines at each edge of a page are considered header or footer. */
const EDGE_LINES = 5;

/**
 * Drops page numbers found at the top or bottom of a page, and keeps only the first
 * occurrence of a line repeated at the same place on most pages (running header/footer).
 * The first occurrence stays because @CTES stamps ("ID : 066-…-DE", "Reçu en préfecture le")
 * are often printed on every page and are needed once.
 */
export function dropRunningLines(pages: PageLine[][], heights: number[]): PageLine[][] {
  const edgeKey = (line: PageLine, height: number): string | null => {
    const fromTop = height > 0 ? (height - line.y) / height : 0;
    const fromBottom = height > 0 ? line.y / height : 0;
    if (fromTop > EDGE_BAND && fromBottom > EDGE_BAND) return null;
    const band = fromTop <= EDGE_BAND ? 'top' : 'bottom';
    // Digits are masked only where a page number lives ("Délibération 2026-14 — page 3"):
    // "Article 2" is not "Article 3", and stamps with other dates are other acts.
    const flat = line.text.toLowerCase().replace(/\s+/g, ' ').trim();
    const normalised = PAGE_NUMBER_HINT.test(flat) ? flat.replace(/\d+/g, '#') : flat;
    return `${band}:${Math.round(line.y / 6)}:${normalised}`;
  };
  const edgeIndexes = (lines: PageLine[]): Set<number> => {
    const set = new Set<number>();
    for (let i = 0; i < Math.min(EDGE_LINES, lines.length); i++) set.add(i);
    for (let i = Math.max(0, lines.length - EDGE_LINES); i < lines.length; i++) set.add(i);
    return set;
  };
  // A stamp read as a column beside the heading comes after the heading's lines, further than
  // the first few lines of the page: any line in the edge bands may repeat as a running line.
  const bandIndexes = (lines: PageLine[], height: number): Set<number> => {
    const set = edgeIndexes(lines);
    lines.forEach((line, i) => {
      if (height > 0 && line.y > 0 && ((height - line.y) / height <= EDGE_BAND || line.y / height <= EDGE_BAND)) set.add(i);
    });
    return set;
  };

  const pagesWithKey = new Map<string, number>();
  pages.forEach((lines, p) => {
    const seen = new Set<string>();
    for (const i of bandIndexes(lines, heights[p] ?? 0)) {
      const key = edgeKey(lines[i]!, heights[p] ?? 0);
      if (key !== null && !seen.has(key)) {
        seen.add(key);
        pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
      }
    }
  });
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.5));
  const alreadyKept = new Set<string>();

  return pages.map((lines, p) => {
    const edges = edgeIndexes(lines);
    const band = bandIndexes(lines, heights[p] ?? 0);
    return lines.filter((line, i) => {
      if (!band.has(i)) return true;
      if (edges.has(i) && PAGE_NUMBER_LINE.test(line.text)) return false;
      const key = edgeKey(line, heights[p] ?? 0);
      if (key === null || (pagesWithKey.get(key) ?? 0) < repeatedOn) return true;
      if (alreadyKept.has(key)) return false;
      alreadyKept.add(key);
      return true;
    });
  });
}

/**
 * First parts of French compounds that keep their hyphen at a line end: number words
 * ("vingt-six" in dates written out), and common prefixes ("sous-préfecture", "peut-être").
 */
const COMPOUND_HEADS = new Set([
  'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'quatre', 'cent', 'mille', 'deux', 'trois',
  'après', 'avant', 'arrière', 'au', 'aux', 'ci', 'demi', 'ex', 'grand', 'grande', 'haut', 'hors', 'mi',
  'non', 'nord', 'sud', 'peut', 'porte', 'quasi', 'semi', 'sous', 'vice', 'saint', 'sainte', 'petit',
  'petite', 'celle', 'celui', 'ceux', 'celles', 'elle', 'elles', 'lui', 'eux', 'nous', 'vous', 'moi', 'soi',
  'est', 'c\'est', 'c’est', 'chef', 'franco', 'arc', 'belle', 'beau',
]);
/** Second parts that always follow a hyphen ("celle-ci", "lui-même", "a-t-il"). */
const COMPOUND_TAILS = new Set(['ci', 'là', 'même', 'mêmes', 'être', 'dire', 't', 'il', 'elle', 'on', 'ils', 'elles']);

const LOWER = 'a-zà-öø-ÿœ';
/** The whole last word must be lower case: "Rillieux-" + "les-Monts" is a place, not a split. */
const HYPHENATED_END = new RegExp(`(?:^|[^\\p{L}'’-])([\\p{L}'’-]*?)([${LOWER}'’]+)-$`, 'u');
const LOWER_START = new RegExp(`^([${LOWER}]+)(-?)`);

/**
 * Joins a word split at a line end ("délibé-" + "ration") only when both halves are lower
 * case and the first is not the head of a real compound; "ENT-" + "École", "Jean-" + "Louis"
 * and "vingt-" + "six" keep their hyphen (on one line). Soft hyphens always join.
 */
export function joinHyphenated(previous: string, next: string): { previous: string; next: string } | null {
  if (previous.endsWith('\u00ad')) return { previous: previous.slice(0, -1), next };
  const head = HYPHENATED_END.exec(previous.slice(-60));
  const tail = LOWER_START.exec(next);
  if (!head || !tail) return null;
  const before = head[1]!;
  const headWord = head[2]!;
  // A capital earlier in the word ("Saint-", "Jean-Marie-") or a hyphen after the next part
  // ("les-Monts") makes it a name or a compound: the hyphen stays.
  const properName = /\p{Lu}/u.test(before) || /^\p{Lu}/u.test(before + headWord);
  const lastPart = headWord.split(/['’]/).pop() ?? headWord;
  if (properName || tail[2] === '-' || COMPOUND_HEADS.has(lastPart) || COMPOUND_HEADS.has(headWord) || COMPOUND_TAILS.has(tail[1]!)) {
    return { previous, next }; // keeps the hyphen: "vingt-six" is whole again on one line
  }
  return { previous: previous.slice(0, -1), next };
}

/** A line that starts a list item or an article: never the continuation of a wrapped line. */
const BULLET_START = /^[-–—•*·]\s/;
const NUMBERED_START = /^\d{1,3}[.)°]\s/;
const KEYWORD_START = /^(?:article\s|vu\s|considérant|décide|approuve|autorise)/i;
const LETTER_ITEM = /^[a-z][.)]\s/; // "a) ", "b. " — lower case only: "M. DUPONT" is not an item
/** "-----", "=====": not dots, which stand for a blank to fill in ("le ............"). */
const RULE_LINE = /^\s*[-_=–—*~]{4,}\s*$/;

function isAllCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}

function isMixedCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters !== letters.toUpperCase();
}

/** "Absent : …", "Secrétaire de séance : …": a labelled line of the attendance block. */
const LABEL_START = /^\p{Lu}[\p{L}()' ]{0,40}:\s/u;

/**
 * Where the text block ends on the right: the densest cluster of line ends in the right part
 * of the document (justified text ends on one x, ragged text within a word of it). Taken
 * over the whole document, because a page of short lines ("Présents : 26") says nothing of
 * the margin, and ignoring stamps printed further right ("Reçu en préfecture le …").
 */
function textBlockRight(lines: PageLine[]): { right: number; tolerance: number } {
  const measured = lines.filter((l) => l.right !== undefined && l.charWidth && !l.text.includes('\t') && l.text.length >= 10);
  if (measured.length === 0) return { right: 0, tolerance: 0 };
  const rights = measured.map((l) => l.right!);
  const maxRight = Math.max(...rights);
  const bin = 2 * medianOf(measured.map((l) => l.charWidth!));
  const counts = new Map<number, number>();
  for (const right of rights) counts.set(Math.floor(right / bin), (counts.get(Math.floor(right / bin)) ?? 0) + 1);
  let best = -1;
  let bestCount = 2; // three lines at least make a margin
  for (const [index, count] of counts) {
    if (index * bin >= 0.75 * maxRight && (count > bestCount || (count === bestCount && index > best))) { best = index; bestCount = count; }
  }
  if (best === -1) return { right: maxRight, tolerance: bin };
  const near = rights.filter((r) => r >= (best - 1) * bin && r < (best + 2) * bin);
  return { right: Math.max(...near), tolerance: bin };
}

/**
 * Marks lines that wrap onto the next one: the line reaches the text block's right edge and
 * the next line's first word would not have fit at its end.
 */
export function markWrappedLines(pages: PageLine[][]): boolean[][] {
  const all = pages.flat();
  const margin = textBlockRight(all);
  let index = 0;
  return pages.map((lines) => lines.map((line, i) => {
    const next = all[++index];
    // The last line's gap was measured to a footer that is gone: only its width counts.
    const gap = line.gapAfter && i < lines.length - 1;
    if (!next || gap || line.right === undefined || !line.charWidth || margin.right <= 0) return false;
    if (line.right > margin.right + margin.tolerance) return false; // a stamp or note beyond the margin
    if (line.text.includes('\t') || next.text.includes('\t') || line.text.endsWith(';')) return false;
    const nextText = next.text.trimStart();
    // "– Isabelle BRUSSAT" after "Jean DUPONT – Michaël RIGAUD": a dash that separates names, not a bullet.
    const dashSeparated = /^[-–—]\s/.test(nextText) && (line.text.match(/\s[-–—]\s/g)?.length ?? 0) >= 2;
    // "0) :" or "b) " after a line ending mid-phrase ("… abstention") is no list item; a dash
    // or a bullet always is (two items run together would be worse than a broken phrase).
    const midPhrase = /[\p{L}\d]$/u.test(line.text);
    if ((LETTER_ITEM.test(nextText) || NUMBERED_START.test(nextText)) && !midPhrase) return false;
    if (BULLET_START.test(nextText) && !dashSeparated) return false;
    if (KEYWORD_START.test(nextText) || LABEL_START.test(nextText)) return false;
    // A rule ("-----", "=====") is a line of its own; so is the line after an all-capitals
    // heading that is not itself in capitals ("… DE LA DRÔME" / "Académie de Grenoble").
    if (RULE_LINE.test(line.text) || RULE_LINE.test(nextText)) return false;
    if (isAllCapitals(line.text) && isMixedCase(nextText)) return false;
    // Rows of one list start alike ("CERET - 66 - ECOLE …", twice): a record per line.
    const head = (text: string): string => text.trimStart().split(/\s/, 1)[0] ?? '';
    if (head(line.text).length >= 3 && head(line.text) === head(nextText)) return false;
    const firstWord = nextText.split(/\s/, 1)[0] ?? '';
    return line.right + (firstWord.length + 1) * line.charWidth > margin.right - 2 * line.charWidth;
  }));
}

/**
 * Turns laid-out pages into one text: wrapped lines joined back into their paragraph, other
 * lines kept, paragraph gaps as blank lines, pages separated by a blank line unless a
 * sentence runs on across the break.
 */
export function pagesToText(pages: PageLine[][]): string {
  const wrapped = markWrappedLines(pages);
  const out: string[] = [];
  let pendingBreak = '';
  pages.forEach((lines, p) => {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // "ENT-" + "École", "Jean-" + "Louis": a real hyphen at the margin joins without a space.
      const breakAfter = wrapped[p]![i] ? (/\p{L}-$/u.test(line.text) ? '' : ' ') : line.gapAfter ? '\n\n' : '\n';
      const last = out.length - 1;
      if (last >= 0) {
        const joined = joinHyphenated(out[last]!, line.text.trimStart());
        if (joined) {
          // The split word continues: the rest of this line follows it on the same line.
          out[last] = joined.previous + joined.next;
          pendingBreak = breakAfter;
          continue;
        }
        out[last] += pendingBreak;
      }
      out.push(pendingBreak === ' ' || pendingBreak === '' ? line.text.trimStart() : line.text);
      pendingBreak = breakAfter;
    }
    // A page ending mid-sentence ("Présents : A, B,") runs on; otherwise a blank line.
    const lastLine = out[out.length - 1];
    if (pendingBreak !== ' ' && pendingBreak !== '' && lastLine !== undefined && !/[,;:\-–]$|(?:^|\s)(?:et|de|du|des|la|le|les|à|au|aux|par)$/i.test(lastLine)) {
      pendingBreak = '\n\n';
    }
  });
  return out.join('').replace(/\n{3,}/g, '\n\n');
}
