import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-id-department';
import { check } from './support/record-builder';

describe('actes-id-department', () => {
  it('passes "031" for "31", "974" for "974", "02A" for "2A"', () => {
    expect(check(rule, { commune: { department: '31' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toEqual([]);
    expect(check(rule, { commune: { department: '974' }, deliberation: { actesId: '974-219740115-20240620-1-DE' } })).toEqual([]);
    expect(check(rule, { commune: { department: '2A' }, deliberation: { actesId: '02A-212000046-20240620-1-DE' } })).toEqual([]);
  });
  it('fires when the id names another department', () => {
    expect(check(rule, { commune: { department: '30' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toMatchObject([
      { messageId: 'actes-id-department.differ', severity: 'error', data: { idDepartment: '031', department: '30' } },
    ]);
  });
});
