/**
 * What the content script collects from a page (plain, serialisable data) and what it
 * executes back (a fill plan). Bitwarden's split: collect → decide (lib/sites) → execute.
 * Every payload crossing from the page is parsed with these schemas on arrival.
 */
import * as z from 'zod/mini';

export const fieldOptionSchema = z.object({
  value: z.string(),
  text: z.string(),
  /** optgroup label, when any */
  group: z.optional(z.string()),
});

export const fieldSnapshotSchema = z.object({
  /** synthetic id given by the collector ("f0", "f1"…), stable for one collection */
  id: z.string(),
  tag: z.string(),
  type: z.string(),
  name: z.string(),
  htmlId: z.string(),
  /** label sources kept apart (Bitwarden): each may be empty */
  labelFor: z.string(),
  labelWrap: z.string(),
  ariaLabel: z.string(),
  ariaLabelledBy: z.string(),
  placeholder: z.string(),
  /** text of the table header cell or preceding text in the same row/group */
  textAround: z.string(),
  title: z.string(),
  value: z.string(),
  options: z.array(fieldOptionSchema),
  visible: z.boolean(),
  readOnly: z.boolean(),
  disabled: z.boolean(),
  maxLength: z.nullable(z.int()),
  autocomplete: z.string(),
  /** index of the form it belongs to in document order, -1 when outside any form */
  formIndex: z.int(),
});

export const pageSnapshotSchema = z.object({
  url: z.string(),
  title: z.string(),
  lang: z.string(),
  /** visible text of the page, block elements separated by new lines; capped by the collector */
  text: z.string(),
  textTruncated: z.boolean(),
  fields: z.array(fieldSnapshotSchema),
  /** forms in document order: visible heading/legend/submit text that tells what they are */
  forms: z.array(z.object({ index: z.int(), action: z.string(), method: z.string(), submitText: z.string(), headingText: z.string() })),
  /** same-origin iframes are collected as their own snapshots by the caller */
  frameCount: z.int(),
  /** extra: links to PDF documents (an académie article pointing at the convention to read) */
  documentLinks: z.optional(z.array(z.object({ href: z.string(), text: z.string() }))),
});

export const fillActionSchema = z.object({
  fieldId: z.string(),
  /** fill: set a text-like value; select: choose an option by value */
  kind: z.enum(['fill', 'select', 'check']),
  value: z.string(),
  /** what the user sees in the panel ("Numéro de l'acte") */
  label: z.string(),
});

export const fillPlanSchema = z.object({
  /** URL at collection time; the executor refuses the plan when the page has changed */
  url: z.string(),
  actions: z.array(fillActionSchema),
});

export const fillReportSchema = z.object({
  filled: z.array(z.object({ fieldId: z.string(), value: z.string() })),
  skipped: z.array(z.object({ fieldId: z.string(), reason: z.string() })),
});

export type FieldOption = z.infer<typeof fieldOptionSchema>;
export type FieldSnapshot = z.infer<typeof fieldSnapshotSchema>;
export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;
export type FillAction = z.infer<typeof fillActionSchema>;
export type FillPlan = z.infer<typeof fillPlanSchema>;
export type FillReport = z.infer<typeof fillReportSchema>;
