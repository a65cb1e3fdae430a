import { defineRule } from './rule';
import { presentFromList, presidentOmitted } from './support/attendance';

/**
 * The names listed as present add up to the printed number. Registers often leave the
 * presiding mayor out of the list while counting them: they are counted here too; when the
 * president is only inferred from the mayor's name, either count is accepted.
 */
export default defineRule({
  id: 'present-count',
  severity: 'warning',
  fields: ['attendance.present', 'attendance.presentNames'],
  basis: 'arithmétique',
  check(record) {
    const printed = record.attendance.present;
    const listed = record.attendance.presentNames.length;
    if (printed === null || listed === 0) return [];
    const counted = presentFromList(record);
    if (counted === printed) return [];
    const presidentInferred = record.session.president === null && presidentOmitted(record);
    if (presidentInferred && listed === printed) return [];
    return [{
      rule: 'present-count', severity: 'warning', field: 'attendance.present',
      messageId: presidentOmitted(record) ? 'present-count.withPresident' : 'present-count.mismatch',
      data: { printed, counted, listed },
    }];
  },
});
