import { defineRule, type Finding } from './rule';
import { blanksFor } from './support/blanks';

/** An "exprimés" line printed with no number (seed 000): worth filling in. */
export default defineRule({
  id: 'expressed-missing',
  severity: 'info',
  fields: ['vote.expressed'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    if (record.vote.expressed !== null) return [];
    return blanksFor(record, 'vote.expressed').slice(0, 1).map((blank): Finding => {
      const { for: votesFor, against, unanimous, unanimousOfExpressed } = record.vote;
      // Plain unanimity with no counts printed: every voter voted for.
      const unanimousVoters = unanimous === true && !unanimousOfExpressed ? record.attendance.voters : null;
      const suggested = votesFor !== null ? votesFor + (against ?? 0) : unanimousVoters;
      return {
        rule: 'expressed-missing', severity: 'info', field: 'vote.expressed',
        messageId: suggested === null ? 'expressed-missing.plain' : 'expressed-missing.suggest',
        data: suggested === null ? {} : { suggested },
        evidence: blank.evidence,
      };
    });
  },
});
