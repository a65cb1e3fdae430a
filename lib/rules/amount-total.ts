import { defineRule, type Finding } from './rule';
import { euros, sameAmount } from './support/amounts';

/**
 * Fee per school × number of schools = total, in the convention and in the deliberation
 * (4 × 41 = 164, not 165). A total for the whole duration (× years) is also accepted.
 */
export default defineRule({
  id: 'amount-total',
  severity: 'error',
  fields: ['convention.total', 'convention.feePerSchool', 'convention.schoolCount', 'deliberation.total'],
  basis: 'arithmétique',
  check(record) {
    const { convention, deliberation } = record;
    const years = convention.durationYears ?? 1;
    const findings: Finding[] = [];
    const judge = (field: string, fee: number | null | undefined, count: number | null, total: number | null, counted: boolean): void => {
      if (fee == null || count === null || total === null) return;
      const expected = fee * count;
      if (sameAmount(expected, total) || (years > 1 && sameAmount(expected * years, total))) return;
      findings.push({
        // Counted from the list of schools (no number printed): a misread row must not make an error.
        rule: 'amount-total', severity: counted ? 'warning' : 'error', field,
        messageId: field === 'convention.total' ? 'amount-total.convention' : 'amount-total.deliberation',
        data: { fee: euros(fee), count, total: euros(total), expected: euros(expected) },
      });
    };
    const conventionCount = convention.schoolCount ?? (convention.schools.length > 0 ? convention.schools.length : null);
    const conventionCounted = convention.schoolCount === null;
    judge('convention.total', convention.feePerSchool, conventionCount, convention.total, conventionCounted);
    judge(
      'deliberation.total', deliberation.feePerSchool ?? convention.feePerSchool,
      deliberation.schoolCount ?? conventionCount, deliberation.total, deliberation.schoolCount === null && conventionCounted,
    );
    return findings;
  },
});
