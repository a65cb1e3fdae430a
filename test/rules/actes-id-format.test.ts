import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-id-format';
import { check } from './support/record-builder';

const id = (actesId: string) => check(rule, { deliberation: { actesId } });

describe('actes-id-format (@CTES)', () => {
  it('passes well-formed ids, whatever the number part holds (seed 004: DEL11-250625)', () => {
    expect(id('031-213105331-20240620-202436-DE')).toEqual([]);
    expect(id('034-213401482-20250625-DEL11-250625-DE')).toEqual([]);
    expect(id('066-216600494-20260603-DCM1212026-DE')).toEqual([]);
    expect(id('02A-212000046-20240101-12-DE')).toEqual([]);
  });
  it('fires on an 8-digit SIREN (seed 001)', () => {
    expect(id('030-21300217-20211027-2021100-DE')).toMatchObject([
      { messageId: 'actes-id-format.siren', severity: 'error', data: { part: '21300217', length: 8 } },
    ]);
  });
  it('fires on a bad department, date, nature, or too few parts', () => {
    expect(id('31-213105331-20240620-202436-DE')).toMatchObject([{ messageId: 'actes-id-format.department' }]);
    expect(id('031-213105331-20240231-202436-DE')).toMatchObject([{ messageId: 'actes-id-format.date' }]);
    expect(id('031-213105331-20240620-202436-XX')).toMatchObject([{ messageId: 'actes-id-format.nature' }]);
    expect(id('031-213105331-20240620-DE')).toMatchObject([{ messageId: 'actes-id-format.parts' }]);
  });
  it('is silent with no id', () => {
    expect(check(rule, {})).toEqual([]);
  });
});
