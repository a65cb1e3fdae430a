import { defineRule } from './rule';
import { blanksFor } from './support/blanks';
import { hasConvention } from './support/kinds';

/**
 * A convention must say when it ends. Error when the end date is printed blank ("se termine"
 * then nothing, "prendra fin le....." — seeds 002, 003), or absent with no duration to derive
 * it from ("pour une durée de 3 ans", a school year) and no end date in the deliberation either.
 */
export default defineRule({
  id: 'convention-end-missing',
  severity: 'error',
  fields: ['convention.endDate', 'convention.durationYears'],
  basis: 'convention (clause de durée)',
  check(record, context) {
    const { endDate, durationYears } = record.convention;
    if (endDate !== null) return [];
    const blank = blanksFor(record, 'convention.endDate')[0];
    if (blank) {
      return [{
        rule: 'convention-end-missing', severity: 'error', field: 'convention.endDate', messageId: 'convention-end-missing.blank',
        data: { label: blank.evidence }, evidence: blank.evidence,
      }];
    }
    // A convention "pour l'année scolaire 2024-2025" ends with that year: derivable, not missing.
    const derivable = durationYears !== null || record.deliberation.conventionEndDate !== null || record.convention.schoolYear !== null;
    if (!hasConvention(record, context) || derivable) return [];
    // Silence is only an error when the convention itself was read (its party and its schools);
    // a deliberation that merely names the académie may not carry the convention at all.
    const conventionRead = record.convention.academy !== null && record.convention.schools.length > 0;
    return [{
      rule: 'convention-end-missing', severity: conventionRead ? 'error' : 'warning', field: 'convention.endDate',
      messageId: 'convention-end-missing.absent', data: {},
    }];
  },
});
