/**
 * The state one reading shares between block readers: the normalized text, the record being
 * filled, and where each value came from (offsets mapped back to the original input).
 */
import type { Blank, CouncilRecord, Span } from '../record/schema';
import { emptyRecord } from '../record/empty-record';
import type { NormalizedText } from './normalize';
import { patterns } from '../patterns';

/** The record's sections that hold values (blanks are pushed with `blank`). */
export type Section = Exclude<keyof CouncilRecord, 'blanks'>;

/** A slice of the normalized text: [start, end). */
export interface Region {
  start: number;
  end: number;
}

export class ReadContext {
  readonly record: CouncilRecord = emptyRecord();
  readonly sources: Record<string, Span> = {};
  readonly notes: string[] = [];

  constructor(
    readonly raw: string,
    readonly normalized: NormalizedText,
  ) {}

  get text(): string {
    return this.normalized.text;
  }

  /** The original-text span of a normalized [start, end). */
  span(start: number, end: number): Span {
    const from = this.normalized.toOriginal(start);
    const to = end > start ? this.normalized.toOriginal(end - 1) + 1 : from;
    return { start: from, end: to, text: this.raw.slice(from, to) };
  }

  /** Sets a value once (the first reader to find it wins) and records its source. */
  set<S extends Section, K extends keyof CouncilRecord[S]>(
    section: S,
    key: K,
    value: CouncilRecord[S][K],
    start?: number,
    end?: number,
  ): boolean {
    if (value === null || value === undefined) return false;
    // "[à compléter : lieu de la séance]": a draft Paraphe wrote leaves the gap it could not fill
    if (typeof value === 'string' && patterns.draftGap.test(value)) return false;
    const target = this.record[section] as unknown as Record<K, CouncilRecord[S][K]>;
    const current = target[key];
    if (current !== null && current !== undefined && current !== false) return false;
    target[key] = value;
    if (start !== undefined && end !== undefined) this.sources[`${String(section)}.${String(key)}`] = this.span(start, end);
    return true;
  }

  /** Records the source of a list item ("attendance.proxies.2"). */
  cite(path: string, start: number, end: number): void {
    this.sources[path] = this.span(start, end);
  }

  /** A value stated but left blank ("Publié le" alone): null in the record, kept as a fact. */
  blank(field: string | null, evidence: string, start: number, end: number): void {
    const span = this.span(start, end);
    const seen = this.record.blanks.some((b) => (field !== null ? b.field === field : b.start === span.start));
    if (seen) return;
    const entry: Blank = { field, evidence: evidence.trim(), start: span.start, end: span.end };
    this.record.blanks.push(entry);
  }
}
