import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/duplicate-member';
import { rememberLast } from '../../lib/rules/support/remember-last';
import { buildRecord } from './support/record-builder';

describe('rememberLast (name rules reuse their work across keystrokes)', () => {
  it('recomputes only when an input changes', () => {
    const remember = rememberLast<number>();
    let runs = 0;
    const list = ['a'];
    expect(remember([list, 1], () => ++runs)).toBe(1);
    expect(remember([list, 1], () => ++runs)).toBe(1);
    expect(remember([[...list], 1], () => ++runs)).toBe(2);
  });

  it('a rule sees a list edited immutably or grown in place', () => {
    const record = buildRecord({ attendance: { presentNames: ['Paul PERCETTI'], absentNames: [] } });
    expect(rule.check(record, {})).toEqual([]);
    const edited = { ...record, attendance: { ...record.attendance, absentNames: ['PERCETTI Paul'] } };
    expect(rule.check(edited, {})).toHaveLength(1);
    record.attendance.absentNames.push('Paul PERCETTI');
    expect(rule.check(record, {})).toHaveLength(1);
  });
});
