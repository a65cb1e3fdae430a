import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/blank-date';
import { check } from './support/record-builder';

describe('blank-date', () => {
  it('fires for a date placeholder with no field or a field without its own rule', () => {
    expect(check(rule, { blanks: [{ field: null, evidence: 'le ____' }] })).toMatchObject([
      { messageId: 'blank-date.blank', severity: 'warning', field: 'blanks.0', data: { label: 'le ____' } },
    ]);
    expect(check(rule, { blanks: [{ field: 'session.convocationDate', evidence: 'Date de convocation :' }] })).toMatchObject([
      { field: 'session.convocationDate' },
    ]);
  });
  it('leaves the fields with their own rule to them, and filled values alone', () => {
    expect(check(rule, { blanks: [{ field: 'deliberation.publishedOn', evidence: 'Publié le' }] })).toEqual([]);
    expect(check(rule, { session: { convocationDate: '2026-05-27' }, blanks: [{ field: 'session.convocationDate', evidence: 'Date de convocation :' }] })).toEqual([]);
  });
});
