import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/actes-number-format';
import { check } from './support/record-builder';

const number = (actesNumber: string) => check(rule, { deliberation: { actesNumber } });

describe('actes-number-format (@CTES, S²LOW, Pastell)', () => {
  it('passes what every platform takes', () => {
    expect(number('202436')).toEqual([]);
    expect(number('DCM_12_2026')).toEqual([]);
    expect(number('A')).toEqual([]);
    expect(number('123456789012345')).toEqual([]);
  });
  it('errors over 15 characters, on other characters, or on a bad first/last character', () => {
    expect(number('1234567890123456')).toMatchObject([{ messageId: 'actes-number-format.length', severity: 'error', data: { length: 16 } }]);
    expect(number('2024/36')).toMatchObject([{ messageId: 'actes-number-format.characters', severity: 'error', data: { suggested: '202436' } }]);
    expect(number('-2024')).toMatchObject([{ messageId: 'actes-number-format.ends', severity: 'error' }]);
    expect(number('2024 ')).toMatchObject([{ messageId: 'actes-number-format.ends' }]);
  });
  it('warns on lower case, "-", space, or "_" at either end (S²LOW and Pastell refuse them)', () => {
    expect(number('del11')).toMatchObject([{ messageId: 'actes-number-format.platforms', severity: 'warning', data: { suggested: 'DEL11' } }]);
    expect(number('DEL11-250625')).toMatchObject([{ severity: 'warning', data: { suggested: 'DEL11250625' } }]);
    expect(number('DEL 11')).toMatchObject([{ severity: 'warning' }]);
    expect(number('_2024')).toMatchObject([{ severity: 'warning', data: { suggested: '2024' } }]);
  });
  it('never judges the printed number nor the number inside a printed @CTES id', () => {
    expect(check(rule, { deliberation: { number: '2024/36', actesId: '034-213401482-20250625-DEL11-250625-DE' } })).toEqual([]);
  });
});
