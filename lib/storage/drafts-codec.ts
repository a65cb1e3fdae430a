/**
 * Drafts in storage ↔ drafts in memory, migrating older versions. Nothing is silently dropped:
 * what cannot be read goes to `quarantine` (saved back as is) and a French problem is reported.
 */
import type { DraftState, Provenance } from '../draft/draft-model';
import { t } from '../i18n/ui';
import {
  CURRENT_DRAFTS_VERSION, draftsV1Schema, draftsV2Schema, storedDraftV2Schema, type DraftsV2,
} from './draft-schemas';
import { migrateRecord } from './record-migration';

export interface StoredDraft {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  state: DraftState;
}

export interface DraftsDocument {
  drafts: StoredDraft[];
  quarantine: unknown[];
}

export interface DraftsLoad {
  document: DraftsDocument;
  /** French, for the panel */
  problems: string[];
  /** the version migrated from, null when already current or empty */
  migratedFrom: number | null;
}

function versionOf(stored: unknown): unknown {
  return typeof stored === 'object' && stored !== null ? (stored as { version?: unknown }).version : undefined;
}

function readV2Draft(entry: unknown): StoredDraft | string {
  const parsed = storedDraftV2Schema.safeParse(entry);
  if (!parsed.success) return `entrée ${parsed.error.issues[0]?.path.join('.') || ''} invalide`.replace('  ', ' ');
  const record = migrateRecord(parsed.data.record);
  if (!record.ok) return record.detail;
  const { id, title, createdAt, updatedAt, provenance, raw } = parsed.data;
  return { id, title, createdAt, updatedAt, state: { record: record.record, provenance: provenance as Record<string, Provenance>, raw } };
}

function fromV2(doc: DraftsV2, problems: string[]): DraftsDocument {
  const drafts: StoredDraft[] = [];
  const quarantine = [...(doc.quarantine ?? [])];
  for (const entry of doc.drafts) {
    const draft = readV2Draft(entry);
    if (typeof draft === 'string') {
      problems.push(t('storage.corruptDraft', { detail: draft }));
      quarantine.push(entry);
    } else drafts.push(draft);
  }
  return { drafts, quarantine };
}

export function readDraftsDocument(stored: unknown): DraftsLoad {
  const problems: string[] = [];
  if (stored === undefined || stored === null) return { document: { drafts: [], quarantine: [] }, problems, migratedFrom: null };
  const version = versionOf(stored);
  if (version === CURRENT_DRAFTS_VERSION) {
    const doc = draftsV2Schema.safeParse(stored);
    if (doc.success) return { document: fromV2(doc.data, problems), problems, migratedFrom: null };
  }
  if (version === 1) {
    const doc = draftsV1Schema.safeParse(stored);
    if (doc.success) {
      const migrated = migrateV1(doc.data);
      const document = fromV2(migrated, problems);
      problems.unshift(t('storage.migrated', { from: 1 }));
      return { document, problems, migratedFrom: 1 };
    }
  }
  problems.push(typeof version === 'number' && version > CURRENT_DRAFTS_VERSION
    ? t('storage.unknownVersion', { version })
    : t('storage.corruptDraft', { detail: 'format non reconnu' }));
  return { document: { drafts: [], quarantine: [stored] }, problems, migratedFrom: null };
}

/** v1 → v2: the single draft becomes the first of the list; its values carry no provenance. */
export function migrateV1(doc: { version: 1; draft: { record: unknown; updatedAt: number } | null }): DraftsV2 {
  if (!doc.draft) return { version: 2, drafts: [] };
  const when = new Date(doc.draft.updatedAt).toISOString();
  const subject = (doc.draft.record as { deliberation?: { subject?: unknown } } | null)?.deliberation?.subject;
  return {
    version: 2,
    drafts: [{
      id: `v1-${doc.draft.updatedAt}`,
      title: typeof subject === 'string' ? subject : '',
      createdAt: when,
      updatedAt: when,
      record: doc.draft.record,
      provenance: {},
      raw: {},
    }],
  };
}

export function writeDraftsDocument(document: DraftsDocument): DraftsV2 {
  return {
    version: CURRENT_DRAFTS_VERSION,
    drafts: document.drafts.map((d) => ({
      id: d.id, title: d.title, createdAt: d.createdAt, updatedAt: d.updatedAt,
      record: d.state.record, provenance: d.state.provenance, raw: d.state.raw,
    })),
    ...(document.quarantine.length ? { quarantine: document.quarantine } : {}),
  };
}
