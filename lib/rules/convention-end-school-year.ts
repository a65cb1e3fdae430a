import { defineRule, type Finding } from './rule';
import { frenchDate } from '../calendar/iso-date';

const schoolYearShape = /^(\d{4})\s*[-/]\s*(\d{4})$/;

/**
 * A one-year convention for school year YYYY-(YYYY+1) ends within it: not before its start
 * (1 September YYYY) nor after 31 December YYYY+1 (5 Sep 2025 for 2024-2025 is normal).
 * Multi-year conventions are not judged.
 */
export default defineRule({
  id: 'convention-end-school-year',
  severity: 'warning',
  fields: ['convention.endDate', 'convention.schoolYear', 'deliberation.conventionEndDate'],
  basis: 'année scolaire couverte',
  check(record) {
    const match = schoolYearShape.exec(record.convention.schoolYear ?? '');
    if (!match || (record.convention.durationYears ?? 1) > 1) return [];
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (second !== first + 1) return [];
    const start = `${first}-09-01`;
    const last = `${second}-12-31`;
    const findings: Finding[] = [];
    const candidates = [
      ['convention.endDate', record.convention.endDate],
      ['deliberation.conventionEndDate', record.deliberation.conventionEndDate],
    ] as const;
    for (const [field, endDate] of candidates) {
      if (endDate === null || (endDate >= start && endDate <= last)) continue;
      if (field === 'deliberation.conventionEndDate' && endDate === record.convention.endDate) continue;
      findings.push({
        rule: 'convention-end-school-year', severity: 'warning', field,
        messageId: endDate < start ? 'convention-end-school-year.beforeStart' : 'convention-end-school-year.afterEnd',
        data: { endDate: frenchDate(endDate), schoolYear: `${first}-${second}`, start: frenchDate(start), last: frenchDate(last) },
      });
    }
    return findings;
  },
});
