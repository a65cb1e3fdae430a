import { defineRule, type Finding } from './rule';
import { healthCrisisWindowOn, isUncertainHealthCrisisDay } from '../calendar/health-crisis';
import { isAlsaceMoselle } from '../identifiers/department';
import { presentCount } from './support/attendance';

/**
 * CGCT L2121-17: a majority of the members in office present (18 → 10); proxies do not count.
 * Health-crisis windows (domain.md §1): one third, rounded up, present (or represented from
 * 3 Apr to 10 Jul 2020). After a second convocation for want of quorum, none is required.
 */
export default defineRule({
  id: 'quorum',
  severity: 'error',
  fields: ['attendance.present', 'attendance.inOffice', 'session.date', 'attendance.represented'],
  basis: 'CGCT, art. L2121-17 ; loi 2020-290, art. 10 ; loi 2020-1379, art. 6 ; loi 2021-1465, art. 10',
  check(record) {
    const inOffice = record.attendance.inOffice;
    const present = presentCount(record);
    if (inOffice === null || present === null || inOffice === 0 || record.session.secondConvocation) return [];
    // On a day where the regime may not have started, judge by the stricter ordinary law, as a warning.
    const uncertainDay = isUncertainHealthCrisisDay(record.session.date);
    const window = uncertainDay ? null : healthCrisisWindowOn(record.session.date);
    // A count made from the list (no number printed) may miss a name the reader did not see: a warning.
    const derived = record.attendance.present === null;
    const severity = uncertainDay || derived || isAlsaceMoselle(record.commune.department) ? 'warning' : 'error';
    const findings: Finding[] = [];
    if (window) {
      const represented = record.attendance.represented ?? record.attendance.proxies.length;
      const counted = window.quorumCounts === 'present-or-represented' ? present + represented : present;
      const required = Math.ceil(inOffice / 3);
      if (counted < required) {
        findings.push({
          rule: 'quorum', severity, field: 'attendance.present',
          messageId: window.quorumCounts === 'present-or-represented' ? 'quorum.crisisRepresented' : 'quorum.crisis',
          data: { present, counted, inOffice, required, basis: window.basis },
        });
      }
      return findings;
    }
    const required = Math.floor(inOffice / 2) + 1;
    if (present < required) {
      findings.push({
        rule: 'quorum', severity, field: 'attendance.present',
        messageId: uncertainDay ? 'quorum.uncertainDay' : 'quorum.ordinary',
        data: { present, inOffice, required },
      });
    }
    return findings;
  },
});
