import { defineRule } from './rule';
import { hasDeliberation } from './support/kinds';
import { presentCount } from './support/attendance';

/**
 * CGCT L2121-17: the quorum is judged against the members in office, so the register states
 * their number. When present + represented + absent are known, suggest their sum.
 */
export default defineRule({
  id: 'in-office-missing',
  severity: 'info',
  fields: ['attendance.inOffice'],
  basis: 'CGCT, art. L2121-17',
  check(record, context) {
    if (record.attendance.inOffice !== null || !hasDeliberation(record, context)) return [];
    const present = presentCount(record);
    const { absent: printedAbsent, absentNames, proxies } = record.attendance;
    const represented = record.attendance.represented ?? proxies.length;
    // A printed "absents" may or may not include those represented (seed 001: 5 = 3 + 2):
    // the names of the absent without proxy settle it; without them, only when no one is represented.
    const absent = absentNames.length > 0 ? absentNames.length : represented === 0 ? printedAbsent : null;
    if (present !== null && absent !== null) {
      return [{
        rule: 'in-office-missing', severity: 'info', field: 'attendance.inOffice', messageId: 'in-office-missing.suggest',
        data: { present, represented, absent, suggested: present + represented + absent },
      }];
    }
    return [{ rule: 'in-office-missing', severity: 'info', field: 'attendance.inOffice', messageId: 'in-office-missing.plain', data: {} }];
  },
});
