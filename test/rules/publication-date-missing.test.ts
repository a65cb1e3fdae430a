import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/publication-date-missing';
import { check } from './support/record-builder';

describe('publication-date-missing (CGCT L2131-1)', () => {
  it('fires when "Publié le" is printed blank (seeds 000, 003)', () => {
    expect(check(rule, { blanks: [{ field: 'deliberation.publishedOn', evidence: 'Publié le' }] })).toMatchObject([
      { messageId: 'publication-date-missing.blank', severity: 'warning', data: { label: 'Publié le' }, evidence: 'Publié le' },
    ]);
  });
  it('is silent when the date is known elsewhere, or nothing was printed', () => {
    expect(check(rule, { deliberation: { publishedOn: '2024-06-24' }, blanks: [{ field: 'deliberation.publishedOn', evidence: 'Publié le' }] })).toEqual([]);
    expect(check(rule, {})).toEqual([]);
    expect(check(rule, { blanks: [{ field: 'convention.endDate', evidence: 'se termine' }] })).toEqual([]);
  });
});
