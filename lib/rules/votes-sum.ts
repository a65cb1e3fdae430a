import { defineRule } from './rule';
import { expectedVoters } from './support/votes';

/**
 * CGCT L2121-20: for + against + abstentions (+ blank ballots, + non-participants when
 * printed) = voters. A line not printed counts as none, but at least two of the three main
 * lines must be printed to judge (or "unanimité" with the votes for). Voters not printed are inferred (present + represented):
 * a gap against an inferred figure is only a warning.
 */
export default defineRule({
  id: 'votes-sum',
  severity: 'error',
  fields: ['vote.for', 'vote.against', 'vote.abstentions', 'attendance.voters'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    const { for: votesFor, against, abstentions, blank, nonParticipants, unanimous, unanimousOfExpressed } = record.vote;
    // Plain unanimity with only the votes for printed means no vote against and no abstention.
    const unanimousFor = unanimous === true && !unanimousOfExpressed;
    if (votesFor === null || (against === null && abstentions === null && !unanimousFor)) return [];
    const printedVoters = record.attendance.voters;
    const voters = printedVoters ?? expectedVoters(record);
    if (voters === null) return [];
    const sum = votesFor + (against ?? 0) + (abstentions ?? 0) + (blank ?? 0);
    if (sum === voters || (nonParticipants != null && sum + nonParticipants === voters)) return [];
    return [{
      rule: 'votes-sum', severity: printedVoters === null ? 'warning' : 'error', field: 'vote.for',
      messageId: printedVoters === null ? 'votes-sum.inferredVoters' : 'votes-sum.mismatch',
      data: { for: votesFor, against: against ?? 0, abstentions: abstentions ?? 0, sum, voters },
    }];
  },
});
