import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/uai-checksum';
import { check } from './support/record-builder';

describe('uai-checksum', () => {
  it('passes valid UAIs, lower-case letter included', () => {
    expect(check(rule, { convention: { schools: [{ uai: '0310891A', name: 'A' }, { uai: '0830556d', name: 'B' }] } })).toEqual([]);
  });
  it('fires on a wrong letter and gives the right one', () => {
    expect(check(rule, { convention: { schools: [{ uai: '0310891B', name: 'École X' }] } })).toMatchObject([
      { messageId: 'uai-checksum.letter', severity: 'error', field: 'convention.schools.0.uai', data: { expected: 'A', corrected: '0310891A', school: 'École X' } },
    ]);
  });
  it('only warns on a code not shaped like a UAI', () => {
    expect(check(rule, { convention: { schools: [{ uai: '031089A', name: 'X' }] } })).toMatchObject([{ messageId: 'uai-checksum.shape', severity: 'warning' }]);
  });
});
