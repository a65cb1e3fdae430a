import { defineRule, type Finding } from './rule';
import { frenchDate } from '../calendar/iso-date';

const schoolYearShape = /^(\d{4})\s*[-/]\s*(\d{4})$/;
const isoDate = /^(\d{4})-(\d{2})-\d{2}$/;

/** The school year a date falls in: from August on, the year starting then. */
function schoolYearStarting(startsOn: string | null | undefined): string | null {
  const m = isoDate.exec(startsOn ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  return Number(m[2]) >= 8 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

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
    // no school year printed: the one the convention starts in ("à compter du 1er septembre 2025")
    // (then only an end before the start is judged: a longer convention may not say its duration)
    const derived = record.convention.schoolYear === null;
    const match = schoolYearShape.exec(record.convention.schoolYear ?? schoolYearStarting(record.convention.startsOn) ?? '');
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
      if (endDate === null || (endDate >= start && endDate <= last) || (derived && endDate >= start)) continue;
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
