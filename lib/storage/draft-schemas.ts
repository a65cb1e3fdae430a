/**
 * What drafts look like in storage, version by version. Every payload read from storage is
 * parsed here; each version has a frozen example in test/fixtures/storage/.
 *
 * v1: the first panel prototype kept a single draft (record + update time), no provenance.
 * v2: several drafts, one per act, with provenance and the raw typed texts.
 */
import * as z from 'zod/mini';

export const CURRENT_DRAFTS_VERSION = 2;

export const provenanceSchema = z.object({
  origin: z.enum(['prefilled', 'typed', 'confirmed', 'roster']),
  source: z.optional(z.string()),
  sourceLabel: z.optional(z.string()),
  mirrorOf: z.optional(z.string()),
});

/** The record is checked field by field after migration (record-migration.ts), not here. */
export const draftsV1Schema = z.object({
  version: z.literal(1),
  draft: z.nullable(z.object({
    record: z.unknown(),
    updatedAt: z.number(),
  })),
});

export const storedDraftV2Schema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  record: z.unknown(),
  provenance: z.record(z.string(), provenanceSchema),
  raw: z.record(z.string(), z.string()),
});

export const draftsV2Schema = z.object({
  version: z.literal(2),
  drafts: z.array(z.unknown()),
  /** entries that could not be read: kept, never dropped, so nothing is lost */
  quarantine: z.optional(z.array(z.unknown())),
});

export type DraftsV1 = z.infer<typeof draftsV1Schema>;
export type StoredDraftV2 = z.infer<typeof storedDraftV2Schema>;
export type DraftsV2 = z.infer<typeof draftsV2Schema>;

export const rosterV1Schema = z.object({
  version: z.literal(1),
  members: z.array(z.object({
    id: z.string().check(z.minLength(1)),
    name: z.string(),
    role: z.optional(z.string()),
  })),
  /** statuses of the last session drafted, per member id */
  session: z.record(z.string(), z.union([
    z.object({ kind: z.literal('present') }),
    z.object({ kind: z.literal('absent') }),
    z.object({ kind: z.literal('proxy'), to: z.string() }),
  ])),
});

export type RosterV1 = z.infer<typeof rosterV1Schema>;
export const CURRENT_ROSTER_VERSION = 1;
