import { defineRule } from './rule';
import { presentCount } from './support/attendance';
import { nonParticipants } from './support/votes';

/**
 * CGCT L2121-20: voters = present + represented. A member who withdraws ("ne prend pas part
 * au vote") explains a gap, so the rule is silent when a non-participation is stated.
 */
export default defineRule({
  id: 'voters-sum',
  severity: 'error',
  fields: ['attendance.voters', 'attendance.present', 'attendance.represented'],
  basis: 'CGCT, art. L2121-20',
  check(record) {
    const voters = record.attendance.voters;
    const present = presentCount(record);
    if (voters === null || present === null || nonParticipants(record) !== null) return [];
    const represented = record.attendance.represented ?? record.attendance.proxies.length;
    // Neither a number of proxies nor a list: only fewer voters than present is certainly wrong.
    const representedKnown = record.attendance.represented !== null || record.attendance.proxies.length > 0;
    if (voters === present + represented || (!representedKnown && voters > present)) return [];
    return [{
      rule: 'voters-sum', severity: 'error', field: 'attendance.voters', messageId: 'voters-sum.mismatch',
      data: { voters, present, represented, expected: present + represented },
    }];
  },
});
