import { defineRule } from './rule';

/** CGCT L2121-20: suffrages exprimés = for + against (abstentions and blank ballots excluded). */
export default defineRule({
  id: 'expressed-sum',
  severity: 'error',
  fields: ['vote.expressed', 'vote.for', 'vote.against'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    const { expressed, for: votesFor, against } = record.vote;
    if (expressed === null || votesFor === null) return [];
    // "Contre" not printed: only an expressed count below the votes for is certainly wrong.
    if (against === null ? expressed >= votesFor : expressed === votesFor + against) return [];
    return [{
      rule: 'expressed-sum', severity: 'error', field: 'vote.expressed', messageId: 'expressed-sum.mismatch',
      data: { expressed, for: votesFor, against: against ?? 0, sum: votesFor + (against ?? 0) },
    }];
  },
});
