import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/school-count';
import { check } from './support/record-builder';

const schools = [{ uai: '0830556D', name: 'CHABAUD' }, { uai: '0830557E', name: 'FONTVIEILLE' }];

describe('school-count', () => {
  it('passes when numbers and list agree', () => {
    expect(check(rule, { convention: { schoolCount: 2, schools }, deliberation: { schoolCount: 2 } })).toEqual([]);
  });
  it('fires when the convention lists another number of schools', () => {
    expect(check(rule, { convention: { schoolCount: 3, schools } })).toMatchObject([
      { messageId: 'school-count.listed', severity: 'error', data: { printed: 3, listed: 2 } },
    ]);
  });
  it('fires when the deliberation counts differently', () => {
    expect(check(rule, { convention: { schools }, deliberation: { schoolCount: 4 } })).toMatchObject([
      { messageId: 'school-count.deliberation', data: { deliberation: 4, convention: 2 } },
    ]);
  });
  it('is silent with nothing to compare', () => {
    expect(check(rule, { deliberation: { schoolCount: 4 } })).toEqual([]);
  });
});
