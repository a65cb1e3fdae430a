/**
 * The record: the one shape shared by the readers, the rules, the panel and the `check` CLI.
 * Contract keys come from ../shared/spec/record.md; keys marked "extra" are Paraphe's own
 * (the contract welcomes extra keys) and carry facts the rules need.
 *
 * zod/mini keeps the panel bundle small (RECIPES.md: full zod weighs ~25 kB gzip).
 */
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const time = z.string().check(z.regex(/^\d{2}:\d{2}$/));
const nullableDate = z.nullable(isoDate);
const nullableText = z.nullable(z.string());
const count = z.nullable(z.int().check(z.gte(0)));
const amount = z.nullable(z.number().check(z.gte(0)));

export const proxySchema = z.object({
  from: z.string(),
  to: z.string(),
});

export const schoolSchema = z.object({
  uai: z.string(),
  name: z.string(),
  /** extra: e-mail printed for the school, when any (rule uai-email-mismatch) */
  email: z.optional(nullableText),
});

/**
 * A value stated but left blank in the document ("Publié le" alone, "se termine" then nothing,
 * "le ....."). The value itself is null in the record; this entry is what lets the rules tell
 * "blank" from "not stated" (rules.md `*-missing`, `blank-date`).
 */
export const blankSchema = z.object({
  /** record key the blank belongs to (e.g. "convention.endDate"), or null for a date blank with no known field */
  field: z.nullable(z.string()),
  /** the words printed before the blank ("Publié le", "se termine") */
  evidence: z.string(),
  /** offsets in the source text, when read from a document */
  start: z.optional(z.int()),
  end: z.optional(z.int()),
});

export const communeSchema = z.object({
  name: nullableText,
  siret: nullableText,
  siren: nullableText,
  department: nullableText,
  address: nullableText,
  mayor: nullableText,
  /** extra: population when the document states it (convocation delay bracket) */
  population: z.optional(count),
});

export const sessionSchema = z.object({
  date: nullableDate,
  time: z.nullable(time),
  place: nullableText,
  president: nullableText,
  convocationDate: nullableDate,
  postedDate: nullableDate,
  secretary: nullableText,
  /** extra: the session follows a second convocation for want of quorum (L2121-17 al. 2) */
  secondConvocation: z.optional(z.boolean()),
  /** extra: the convocation was made in urgency (L2121-11/12: 1 jour franc) */
  urgency: z.optional(z.boolean()),
});

export const attendanceSchema = z.object({
  inOffice: count,
  present: count,
  represented: count,
  absent: count,
  voters: count,
  presentNames: z.array(z.string()),
  proxies: z.array(proxySchema),
  absentNames: z.array(z.string()),
  /** extra: members who stated they take no part in the vote ("ne prend pas part au vote") */
  nonParticipantNames: z.optional(z.array(z.string())),
});

export const voteSchema = z.object({
  for: count,
  against: count,
  abstentions: count,
  expressed: count,
  unanimous: z.nullable(z.boolean()),
  /** extra: "à l'unanimité des suffrages exprimés" */
  unanimousOfExpressed: z.optional(z.boolean()),
  /** extra: blank or spoiled ballots, when printed */
  blank: z.optional(count),
  /** extra: number of members not taking part in the vote, when printed */
  nonParticipants: z.optional(count),
  /** extra: the text says the motion was adopted / approved */
  adopted: z.optional(z.nullable(z.boolean())),
  /** extra: the president's casting vote ("voix prépondérante") settled a tie */
  castingVote: z.optional(z.boolean()),
});

export const natureCodes = ['DE', 'AR', 'AI', 'CC', 'BF', 'AU'] as const;

export const deliberationSchema = z.object({
  number: nullableText,
  subject: nullableText,
  actesId: nullableText,
  transmittedOn: nullableDate,
  receivedOn: nullableDate,
  publishedOn: nullableDate,
  signedOn: nullableDate,
  conventionEndDate: nullableDate,
  schoolCount: count,
  total: amount,
  /** extra: the @CTES number the secretary is about to transmit (draft field; rule actes-number-format) */
  actesNumber: z.optional(nullableText),
  /** extra: @CTES nature code for the transmission (DE for a deliberation) */
  nature: z.optional(z.nullable(z.enum(natureCodes))),
  /** extra: @CTES classification code, e.g. "8.1" */
  classification: z.optional(nullableText),
  /** extra: fee per school as the deliberation states it */
  feePerSchool: z.optional(amount),
  /** extra: schools a deliberation names by UAI when no convention is attached (rule uai-checksum) */
  schools: z.optional(z.array(schoolSchema)),
});

export const conventionSchema = z.object({
  schoolYear: nullableText,
  academy: nullableText,
  academyRepresentative: nullableText,
  documentDate: nullableDate,
  feePerSchool: amount,
  schoolCount: count,
  total: amount,
  schools: z.array(schoolSchema),
  startsOn: z.nullable(z.union([z.literal('signature'), isoDate])),
  endDate: nullableDate,
  durationYears: z.nullable(z.number()),
  signedAt: nullableText,
  signedOn: nullableDate,
  /** extra: the date the commune itself signed, when the document tells it apart from the académie's */
  communeSignedOn: z.optional(nullableDate),
});

export const kindSchema = z.enum(['deliberation', 'convention']);

export const recordSchema = z.object({
  commune: communeSchema,
  session: sessionSchema,
  attendance: attendanceSchema,
  vote: voteSchema,
  deliberation: deliberationSchema,
  convention: conventionSchema,
  /** extra: values stated but blank (see blankSchema) */
  blanks: z.array(blankSchema),
  /** extra: names printed under the signatures (deliberation or convention), as written (rule name-variant) */
  signatories: z.optional(z.array(z.string())),
});

export type Proxy = z.infer<typeof proxySchema>;
export type School = z.infer<typeof schoolSchema>;
export type Blank = z.infer<typeof blankSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type NatureCode = (typeof natureCodes)[number];
export type CouncilRecord = z.infer<typeof recordSchema>;

/** A text span in the (original) source: where a value came from. */
export const spanSchema = z.object({ start: z.int(), end: z.int(), text: z.string() });
export type Span = z.infer<typeof spanSchema>;

/** Field paths, dotted as in the contract ("session.date", "convention.endDate"). */
export type FieldPath = string;
