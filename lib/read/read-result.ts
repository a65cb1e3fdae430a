import type { CouncilRecord, FieldPath, Kind, Span } from '../record/schema';

/** What reading one document yields. */
export interface ReadResult {
  /** what the document contains: deliberation, convention, or both; empty when unrecognised */
  kinds: Kind[];
  record: CouncilRecord;
  /** where each value came from, keyed by field path ("session.date", "attendance.proxies.2") */
  sources: Record<FieldPath, Span>;
  /** reader notes for the user, in French (e.g. "texte très court : rien de reconnu") */
  notes: string[];
}

export interface ReadOptions {
  /** source name for messages (file name, page URL) */
  sourceName?: string;
}
