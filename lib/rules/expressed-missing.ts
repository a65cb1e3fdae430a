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
      const votesFor = record.vote.for;
      const suggested = votesFor === null ? null : votesFor + (record.vote.against ?? 0);
      return {
        rule: 'expressed-missing', severity: 'info', field: 'vote.expressed',
        messageId: suggested === null ? 'expressed-missing.plain' : 'expressed-missing.suggest',
        data: suggested === null ? {} : { suggested },
        evidence: blank.evidence,
      };
    });
  },
});
