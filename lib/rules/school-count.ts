import { defineRule, type Finding } from './rule';

/** The number of schools printed matches the schools listed, and the deliberation matches the convention. */
export default defineRule({
  id: 'school-count',
  severity: 'error',
  fields: ['convention.schoolCount', 'convention.schools', 'deliberation.schoolCount'],
  basis: 'cohérence délibération / convention',
  check(record) {
    const findings: Finding[] = [];
    const printed = record.convention.schoolCount;
    const listed = record.convention.schools.length;
    if (printed !== null && listed > 0 && printed !== listed) {
      findings.push({ rule: 'school-count', severity: 'error', field: 'convention.schoolCount', messageId: 'school-count.listed', data: { printed, listed } });
    }
    const inDeliberation = record.deliberation.schoolCount;
    const inConvention = printed ?? (listed > 0 ? listed : null);
    if (inDeliberation !== null && inConvention !== null && inDeliberation !== inConvention) {
      findings.push({
        rule: 'school-count', severity: 'error', field: 'deliberation.schoolCount', messageId: 'school-count.deliberation',
        data: { deliberation: inDeliberation, convention: inConvention },
      });
    }
    return findings;
  },
});
