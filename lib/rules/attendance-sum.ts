import { defineRule } from './rule';
import { presentCount } from './support/attendance';

/**
 * present + represented + absent without proxy = in office. Registers count "absents" two
 * ways (with or without those represented), so either reading that adds up is accepted.
 */
export default defineRule({
  id: 'attendance-sum',
  severity: 'warning',
  fields: ['attendance.inOffice', 'attendance.present', 'attendance.represented', 'attendance.absent'],
  basis: 'arithmétique',
  check(record) {
    const { inOffice, represented: printedRepresented, absent, absentNames, proxies } = record.attendance;
    const present = presentCount(record);
    if (inOffice === null || present === null) return [];
    const represented = printedRepresented ?? proxies.length;
    const knowsAbsent = absent !== null || absentNames.length > 0;
    const absentWithoutProxy = absent ?? absentNames.length;
    const readings = [present + represented + absentWithoutProxy];
    if (absent !== null) readings.push(present + absent, present + represented + absentNames.length);
    if (readings.includes(inOffice)) return [];
    // With no absence stated, only a sum already over the number in office is certainly wrong.
    if (!knowsAbsent && present + represented <= inOffice) return [];
    return [{
      rule: 'attendance-sum', severity: 'warning', field: 'attendance.inOffice', messageId: 'attendance-sum.mismatch',
      data: { present, represented, absent: absentWithoutProxy, sum: present + represented + absentWithoutProxy, inOffice },
    }];
  },
});
