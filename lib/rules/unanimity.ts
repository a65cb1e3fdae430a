import { defineRule, type Finding } from './rule';

/**
 * Unanimity means no vote against (error otherwise). With abstentions the right wording is
 * "à l'unanimité des suffrages exprimés"; plain "unanimité" is a warning (MDC; L2121-20).
 */
export default defineRule({
  id: 'unanimity',
  severity: 'error',
  fields: ['vote.unanimous', 'vote.against', 'vote.abstentions'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    const { unanimous, against, abstentions, unanimousOfExpressed } = record.vote;
    if (unanimous !== true) return [];
    const findings: Finding[] = [];
    if (against !== null && against > 0) {
      findings.push({ rule: 'unanimity', severity: 'error', field: 'vote.unanimous', messageId: 'unanimity.against', data: { against } });
    } else if (abstentions !== null && abstentions > 0 && !unanimousOfExpressed) {
      findings.push({ rule: 'unanimity', severity: 'warning', field: 'vote.unanimous', messageId: 'unanimity.abstentions', data: { abstentions } });
    }
    return findings;
  },
});
