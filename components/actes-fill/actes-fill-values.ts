/**
 * From the draft's @CTES fields (lib/write/actes-fields.ts) to the values a fill plan needs,
 * and what must still be typed before any fill: a portal left with an empty number, date or
 * objet would reject the transmission, or worse, keep a half-typed act.
 */
import type { ActesFields } from '../../lib/write/actes-fields';
import type { ActesValues } from '../../lib/sites/fill-plan';
import type { UiKey } from '../../lib/i18n/ui';
import type { SkipReason } from '../../entrypoints/content/execute';

export interface ActesFillInput {
  values: ActesValues;
  /** labels (catalogue keys) of the values the draft must give first */
  incomplete: UiKey[];
}

export function actesFillInput(fields: ActesFields): ActesFillInput {
  const values: ActesValues = {
    natureCode: fields.nature.code,
    number: fields.number,
    decisionDate: fields.decisionDate ?? '',
    subject: fields.subject,
    classificationCode: fields.classification?.code ?? '',
  };
  const incomplete: UiKey[] = [];
  if (values.number === '') incomplete.push('actesFill.number');
  if (values.decisionDate === '') incomplete.push('actesFill.date');
  if (values.subject === '') incomplete.push('actesFill.subject');
  return { values, incomplete };
}

const skipReasons: Record<SkipReason, UiKey> = {
  'url-changed': 'actesFill.skip.url-changed',
  'not-found': 'actesFill.skip.not-found',
  'file-input': 'actesFill.skip.file-input',
  hidden: 'actesFill.skip.hidden',
  'read-only': 'actesFill.skip.read-only',
  disabled: 'actesFill.skip.disabled',
  'no-option': 'actesFill.skip.no-option',
  'not-fillable': 'actesFill.skip.not-fillable',
  'value-rejected': 'actesFill.skip.value-rejected',
};

/** The catalogue key of the executor's skip reason (a reason it adds later still shows). */
export function skipReasonKey(reason: string): UiKey | null {
  return Object.hasOwn(skipReasons, reason) ? skipReasons[reason as SkipReason] : null;
}
