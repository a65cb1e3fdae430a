import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-id-siren';
import { check } from './support/record-builder';

describe('actes-id-siren', () => {
  it('passes the commune\'s own SIREN (from its SIRET)', () => {
    expect(check(rule, { commune: { siret: '21310533100010' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toEqual([]);
  });
  it('fires on a SIREN failing Luhn', () => {
    expect(check(rule, { deliberation: { actesId: '031-213105332-20240620-202436-DE' } })).toMatchObject([
      { messageId: 'actes-id-siren.luhn', severity: 'error', data: { siren: '213105332' } },
    ]);
  });
  it('fires on another commune\'s SIREN', () => {
    expect(check(rule, { commune: { siren: '213401482' }, deliberation: { actesId: '031-213105331-20240620-202436-DE' } })).toMatchObject([
      { messageId: 'actes-id-siren.differ', data: { siren: '213105331', communeSiren: '213401482' } },
    ]);
  });
  it('leaves a SIREN not of 9 digits to actes-id-format', () => {
    expect(check(rule, { deliberation: { actesId: '030-21300217-20211027-2021100-DE' } })).toEqual([]);
  });
});
