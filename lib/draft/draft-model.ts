/**
 * The draft: one deliberation being written, as signals (Preact signals' model-factory pattern).
 * The record is one signal updated immutably with structural sharing: a keystroke copies the
 * few objects on its path, then `findings` (checkRecord) recomputes once. Every typed text is
 * kept as typed (`raw`), even when it does not parse: the value then stays null and the input
 * shows a French message.
 */
import { batch, computed, signal, type ReadonlySignal } from '@preact/signals-core';
import { emptyRecord } from '../record/empty-record';
import type { CouncilRecord, FieldPath, Kind } from '../record/schema';
import type { ReadResult } from '../read/read-result';
import type { RenderedFinding, RuleContext } from '../rules/rule';
import { uiLanguage, type UiKey } from '../i18n/ui';
import { draftField, draftFields, findingTarget, inputId, mirroredFields } from './draft-fields';
import { formatFieldValue, parseFieldText } from './field-text';
import { getAt, leafPaths, setAt } from './record-path';
import { loadedRules, loadRules } from './rules-loader';

export type Origin = 'prefilled' | 'typed' | 'confirmed' | 'roster';

export interface Provenance {
  origin: Origin;
  /** the text span or page the value came from */
  source?: string;
  /** where it was read: "la page", "le PDF", a file name */
  sourceLabel?: string;
  /** set when the value follows another field (deliberation restating the convention) */
  mirrorOf?: FieldPath;
}

export interface InputIssue {
  path: FieldPath;
  error: UiKey;
  data?: Record<string, string | number>;
}

/** What the draft persists and restores (lib/storage). */
export interface DraftState {
  record: CouncilRecord;
  provenance: Record<FieldPath, Provenance>;
  raw: Record<FieldPath, string>;
}

export interface DerivedValues {
  /** present members needed for quorum in ordinary times (L2121-17) */
  quorumRequired: number | null;
  /** voters as present + represented (L2121-20) */
  votersFromAttendance: number | null;
  expressedFromVotes: number | null;
  totalFromFee: number | null;
}

export type RecordChecker = (record: CouncilRecord, context: RuleContext, lang: 'fr' | 'en') => RenderedFinding[];

export interface DraftOptions {
  /** the rules; injected by tests, lib/rules' checkRecord (loaded lazily) by default */
  check?: RecordChecker;
  /** today, ISO, for rules comparing with the present */
  today?: () => string;
}

function sum(...values: (number | null | undefined)[]): number | null {
  let total = 0;
  for (const value of values) {
    if (value === null || value === undefined) return null;
    total += value;
  }
  return total;
}

function isWorthCarrying(value: unknown, emptyValue: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  // Readers leave flags such as `urgency` false when the text is silent: false is "not said".
  return !(value === false && emptyValue === false);
}

function sourceFor(result: ReadResult, path: FieldPath): string | undefined {
  const own = result.sources[path];
  if (own) return own.text;
  const inner = Object.keys(result.sources).filter((key) => key.startsWith(`${path}.`));
  return inner.length ? inner.map((key) => result.sources[key]?.text ?? '').join(' · ') : undefined;
}

export function createDraft(initial?: Partial<DraftState>, options: DraftOptions = {}) {
  if (!options.check) void loadRules();
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  const record = signal<CouncilRecord>(initial?.record ?? emptyRecord());
  const provenance = signal<Record<FieldPath, Provenance>>({ ...initial?.provenance });
  const raw = signal<Record<FieldPath, string>>({ ...initial?.raw });
  /** bumped on every change; autosave listens to it */
  const revision = signal(0);

  const inputIssues = computed(() => {
    const issues: Record<FieldPath, InputIssue> = {};
    for (const [path, text] of Object.entries(raw.value)) {
      const field = draftField(path);
      if (!field) continue;
      const parsed = parseFieldText(field.kind, text);
      if (!parsed.ok) issues[path] = { path, error: parsed.error, ...(parsed.data ? { data: parsed.data } : {}) };
    }
    return issues;
  });

  /**
   * A draft is a deliberation; it also holds a convention once one of its figures is known, so
   * the convention's *-missing rules stay quiet for an ordinary deliberation.
   */
  const kinds = computed<Kind[]>(() => {
    const c = record.value.convention;
    const hasConvention = c.academy !== null || c.schoolYear !== null || c.feePerSchool !== null || c.schoolCount !== null
      || c.total !== null || c.endDate !== null || c.schools.length > 0;
    return hasConvention ? ['deliberation', 'convention'] : ['deliberation'];
  });

  /** false until the rules have loaded (a few milliseconds after the panel opens) */
  const rulesReady = computed(() => (options.check ?? loadedRules.value) !== null);

  const findings = computed<RenderedFinding[]>(() => {
    const check = options.check ?? loadedRules.value;
    return check ? check(record.value, { today: today(), kinds: kinds.value }, uiLanguage.value) : [];
  });

  /** findings grouped by the DOM id they are shown next to */
  const findingsByAnchor = computed(() => {
    const groups = new Map<string, RenderedFinding[]>();
    for (const finding of findings.value) {
      const { anchorId } = findingTarget(finding.field);
      const list = groups.get(anchorId);
      if (list) list.push(finding);
      else groups.set(anchorId, [finding]);
    }
    return groups;
  });

  const derived = computed<DerivedValues>(() => {
    const r = record.value;
    const inOffice = r.attendance.inOffice;
    const fee = r.convention.feePerSchool;
    const schools = r.convention.schoolCount;
    return {
      quorumRequired: inOffice === null ? null : Math.floor(inOffice / 2) + 1,
      votersFromAttendance: sum(r.attendance.present, r.attendance.represented),
      expressedFromVotes: sum(r.vote.for, r.vote.against),
      totalFromFee: fee === null || schools === null ? null : Math.round(fee * schools * 100) / 100,
    };
  });

  function touch(): void {
    revision.value = revision.value + 1;
  }

  function writeValue(path: FieldPath, value: unknown): void {
    let next = setAt(record.value, path, value);
    // A value now given answers the blank the document left for it.
    if (value !== null && next.blanks.some((blank) => blank.field === path)) {
      next = { ...next, blanks: next.blanks.filter((blank) => blank.field !== path) };
    }
    record.value = next;
  }

  function follow(path: FieldPath, value: unknown): void {
    const twin = mirroredFields[path];
    if (!twin) return;
    const current = provenance.value[twin];
    const free = current === undefined ? getAt(record.value, twin) === null : current.mirrorOf === path;
    if (!free) return;
    writeValue(twin, value);
    provenance.value = { ...provenance.value, [twin]: { origin: 'typed', mirrorOf: path } };
  }

  /** The secretary typed `text` into the field at `path`. */
  function setField(path: FieldPath, text: string): void {
    const kind = draftField(path)?.kind ?? 'text';
    const parsed = parseFieldText(kind, text);
    const value = parsed.ok ? parsed.value : null;
    batch(() => {
      raw.value = { ...raw.value, [path]: text };
      writeValue(path, value);
      provenance.value = { ...provenance.value, [path]: { origin: 'typed' } };
      follow(path, value);
      touch();
    });
  }

  /** A structured value (a list of names, a flag, a select) set by a widget. */
  function setValue(path: FieldPath, value: unknown, origin: Origin = 'typed'): void {
    batch(() => {
      writeValue(path, value);
      if (path in raw.value) {
        const { [path]: _dropped, ...rest } = raw.value;
        raw.value = rest;
      }
      provenance.value = { ...provenance.value, [path]: { origin } };
      follow(path, value);
      touch();
    });
  }

  /** The secretary vouches for a pre-filled or computed value: it is hers now. */
  function confirm(path: FieldPath): void {
    const current = provenance.value[path];
    if (!current || current.origin === 'typed' || current.origin === 'confirmed') return;
    batch(() => {
      provenance.value = { ...provenance.value, [path]: { ...current, origin: 'confirmed' } };
      touch();
    });
  }

  function isHers(path: FieldPath): boolean {
    const origin = provenance.value[path]?.origin;
    return (origin === 'typed' && !provenance.value[path]?.mirrorOf) || origin === 'confirmed';
  }

  /**
   * Take what a reader found, in one batch. Fields the secretary typed or confirmed are never
   * overwritten. Returns how many fields were filled.
   */
  function prefill(result: ReadResult, sourceLabel: string): number {
    const empty = emptyRecord();
    let filled = 0;
    batch(() => {
      let nextRecord = record.value;
      const nextProvenance = { ...provenance.value };
      const nextRaw = { ...raw.value };
      for (const path of leafPaths(result.record)) {
        const value = getAt(result.record, path);
        if (!isWorthCarrying(value, getAt(empty, path)) || isHers(path)) continue;
        nextRecord = setAt(nextRecord, path, value);
        const source = sourceFor(result, path);
        nextProvenance[path] = { origin: 'prefilled', sourceLabel, ...(source ? { source } : {}) };
        delete nextRaw[path];
        filled++;
      }
      // Blanks belong to the document just read; keep none that a typed value already answers.
      const blanks = result.record.blanks.filter((blank) => blank.field === null || !isHers(blank.field));
      const otherBlanks = nextRecord.blanks.filter((old) => !blanks.some((b) => b.field === old.field && b.evidence === old.evidence));
      nextRecord = { ...nextRecord, blanks: [...otherBlanks, ...blanks] };
      record.value = nextRecord;
      provenance.value = nextProvenance;
      raw.value = nextRaw;
      touch();
    });
    return filled;
  }

  /**
   * Values computed from the roster (counts, names). They replace pre-filled or earlier roster
   * values, never what the secretary typed or confirmed.
   */
  function applyComputed(values: Record<FieldPath, unknown>): void {
    batch(() => {
      for (const [path, value] of Object.entries(values)) {
        if (isHers(path)) continue;
        writeValue(path, value);
        provenance.value = { ...provenance.value, [path]: { origin: 'roster' } };
        if (path in raw.value) {
          const { [path]: _dropped, ...rest } = raw.value;
          raw.value = rest;
        }
      }
      touch();
    });
  }

  /** The text shown in a field's input: what was typed, else the value formatted. */
  function textOf(path: FieldPath): string {
    const typed = raw.value[path];
    if (typed !== undefined) return typed;
    return formatFieldValue(draftField(path)?.kind ?? 'text', getAt(record.value, path));
  }

  function snapshot(): DraftState {
    return { record: record.value, provenance: provenance.value, raw: raw.value };
  }

  return {
    record: record as ReadonlySignal<CouncilRecord>,
    provenance: provenance as ReadonlySignal<Record<FieldPath, Provenance>>,
    raw: raw as ReadonlySignal<Record<FieldPath, string>>,
    revision: revision as ReadonlySignal<number>,
    inputIssues,
    rulesReady,
    findings,
    findingsByAnchor,
    derived,
    setField,
    setValue,
    confirm,
    prefill,
    applyComputed,
    textOf,
    snapshot,
  };
}

export type Draft = ReturnType<typeof createDraft>;

export { draftFields, inputId };
