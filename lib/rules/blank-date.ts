import { defineRule, type Finding } from './rule';
import { blankFieldsWithOwnRule } from './support/blanks';

/** Any other date placeholder left blank ("le .....", "le ____", a label then nothing). */
export default defineRule({
  id: 'blank-date',
  severity: 'warning',
  fields: ['blanks'],
  basis: 'acte daté',
  check(record) {
    const findings: Finding[] = [];
    record.blanks.forEach((blank, index) => {
      if (blank.field !== null && blankFieldsWithOwnRule.has(blank.field)) return;
      if (blank.field !== null && valueAt(record, blank.field) != null) return;
      findings.push({
        rule: 'blank-date', severity: 'warning', field: blank.field ?? `blanks.${index}`, messageId: 'blank-date.blank',
        data: { label: blank.evidence }, evidence: blank.evidence,
      });
    });
    return findings;
  },
});

/** The record's value at a dotted path ("session.convocationDate"), undefined when no such key. */
function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
