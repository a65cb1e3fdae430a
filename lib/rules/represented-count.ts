import { defineRule } from './rule';

/** The proxies listed add up to the number of members represented as printed. */
export default defineRule({
  id: 'represented-count',
  severity: 'warning',
  fields: ['attendance.represented', 'attendance.proxies'],
  basis: 'arithmétique',
  check(record) {
    const printed = record.attendance.represented;
    const listed = record.attendance.proxies.length;
    // An empty list may mean the document names no one: only a listed proxy can contradict the count.
    if (printed === null || listed === 0 || printed === listed) return [];
    return [{
      rule: 'represented-count', severity: 'warning', field: 'attendance.represented', messageId: 'represented-count.mismatch',
      data: { printed, listed },
    }];
  },
});
