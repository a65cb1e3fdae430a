import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/convention-end-school-year';
import { check } from './support/record-builder';

describe('convention-end-school-year', () => {
  it('passes within the year (5 Sep 2025 for 2024-2025) and on 31 Dec of the second year', () => {
    expect(check(rule, { convention: { schoolYear: '2024-2025', endDate: '2025-09-05' } })).toEqual([]);
    expect(check(rule, { convention: { schoolYear: '2024-2025', endDate: '2025-12-31' } })).toEqual([]);
  });
  it('fires after 31 December of the second year, or before the year starts', () => {
    expect(check(rule, { convention: { schoolYear: '2024-2025', endDate: '2026-01-01' } })).toMatchObject([
      { messageId: 'convention-end-school-year.afterEnd', severity: 'warning', data: { endDate: '01/01/2026', schoolYear: '2024-2025' } },
    ]);
    expect(check(rule, { convention: { schoolYear: '2024-2025', endDate: '2024-08-31' } })).toMatchObject([
      { messageId: 'convention-end-school-year.beforeStart' },
    ]);
  });
  it('also judges the deliberation\'s end date, once when both agree', () => {
    expect(check(rule, { convention: { schoolYear: '2024-2025' }, deliberation: { conventionEndDate: '2027-09-05' } })).toHaveLength(1);
    expect(check(rule, { convention: { schoolYear: '2024-2025', endDate: '2027-09-05' }, deliberation: { conventionEndDate: '2027-09-05' } })).toHaveLength(1);
  });
  it('is silent for multi-year conventions or no school year', () => {
    expect(check(rule, { convention: { schoolYear: '2023-2024', endDate: '2026-12-27', durationYears: 3 } })).toEqual([]);
    expect(check(rule, { convention: { endDate: '2026-12-27' } })).toEqual([]);
  });
});

describe('convention-end-school-year without a printed school year', () => {
  it('judges an end before the start the convention names', async () => {
    const { checkRecord } = await import('../../lib/rules/index');
    const { emptyRecord } = await import('../../lib/record/empty-record');
    const record = emptyRecord();
    record.convention.academy = 'Académie de Reims';
    record.convention.startsOn = '2025-09-01';
    record.convention.endDate = '2025-07-04';
    expect(checkRecord(record).map((f) => f.rule)).toContain('convention-end-school-year');
    record.convention.endDate = '2028-08-31'; // a longer convention that does not say its duration: not judged
    expect(checkRecord(record).map((f) => f.rule)).not.toContain('convention-end-school-year');
  });
});
