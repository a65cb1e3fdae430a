import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/uai-department';
import { check } from './support/record-builder';

describe('uai-department', () => {
  it('passes schools of the commune\'s department ("031" = "31"; Corsica 620 = 2A)', () => {
    expect(check(rule, { commune: { department: '31' }, convention: { schools: [{ uai: '0310891A', name: 'A' }] } })).toEqual([]);
    expect(check(rule, { commune: { department: '2A' }, convention: { schools: [{ uai: '6200001G', name: 'A' }] } })).toEqual([]);
  });
  it('fires for a school of another department', () => {
    expect(check(rule, { commune: { department: '83' }, convention: { schools: [{ uai: '0310891A', name: 'A' }] } })).toMatchObject([
      { messageId: 'uai-department.differ', severity: 'warning', data: { schoolDepartment: '31', department: '83' } },
    ]);
  });
  it('is silent without the commune\'s department', () => {
    expect(check(rule, { convention: { schools: [{ uai: '0310891A', name: 'A' }] } })).toEqual([]);
  });
});
