import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-id-date';
import { check } from './support/record-builder';

describe('actes-id-date', () => {
  it('passes when the id carries the session date', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toEqual([]);
  });
  it('fires when it differs', () => {
    expect(check(rule, { session: { date: '2024-06-21' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toMatchObject([
      { messageId: 'actes-id-date.differ', severity: 'error', data: { idDate: '20/06/2024', session: '21/06/2024' } },
    ]);
  });
  it('is silent without a session date', () => {
    expect(check(rule, { deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toEqual([]);
  });
});
