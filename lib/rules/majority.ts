import { defineRule } from './rule';

/**
 * CGCT L2121-20: adopted by the absolute majority of suffrages exprimés; on a tie the
 * president's casting vote prevails (not in a secret ballot), and the text should say so.
 */
export default defineRule({
  id: 'majority',
  severity: 'error',
  fields: ['vote.for', 'vote.against', 'vote.adopted'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    const { for: votesFor, against, adopted, castingVote } = record.vote;
    if (adopted !== true || votesFor === null || against === null) return [];
    if (votesFor > against || (votesFor === against && castingVote)) return [];
    return [{
      rule: 'majority', severity: 'error', field: 'vote.for',
      messageId: votesFor === against ? 'majority.tie' : 'majority.minority',
      data: { for: votesFor, against },
    }];
  },
});
