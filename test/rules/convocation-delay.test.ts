import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/convocation-delay';
import { check } from './support/record-builder';

const at = (convocationDate: string, date: string, extra: Record<string, unknown> = {}, inOffice: number | null = 15, population: number | null = null, department: string | null = '31') =>
  check(rule, { session: { convocationDate, date, ...extra }, attendance: { inOffice }, commune: { population, department } });

describe('convocation-delay (CGCT L2121-11, L2121-12)', () => {
  it('under 3,500: exactly 3 jours francs passes (sent Monday 17, session Friday 21), 2 fails', () => {
    expect(at('2024-06-17', '2024-06-21')).toEqual([]);
    expect(at('2024-06-18', '2024-06-21')).toMatchObject([
      { messageId: 'convocation-delay.short', severity: 'error', data: { given: 2, required: 3 } },
    ]);
  });
  it('weekends count, across months', () => {
    expect(at('2024-05-30', '2024-06-03')).toEqual([]);
  });
  it('3,500 and over: exactly 5 jours francs passes, 4 fails', () => {
    expect(at('2024-06-14', '2024-06-20', {}, 27, 4000)).toEqual([]);
    expect(at('2024-06-15', '2024-06-20', {}, 27, 4000)).toMatchObject([{ severity: 'error', data: { given: 4, required: 5 } }]);
  });
  it('population unknown, 24+ in office: 5 jours francs as a warning; under 3 still an error', () => {
    expect(at('2023-11-21', '2023-11-27', {}, 33)).toEqual([]);
    expect(at('2023-11-22', '2023-11-27', {}, 33)).toMatchObject([
      { messageId: 'convocation-delay.inferred', severity: 'warning', data: { given: 4, required: 5, inOffice: 33 } },
    ]);
    expect(at('2023-11-25', '2023-11-27', {}, 33)).toMatchObject([{ messageId: 'convocation-delay.inferredShort', severity: 'error', data: { given: 1, required: 3 } }]);
  });
  it('population unknown, 23 or fewer in office: 3 jours francs', () => {
    expect(at('2024-06-17', '2024-06-21', {}, 23)).toEqual([]);
  });
  it('urgency: 1 jour franc', () => {
    expect(at('2024-06-19', '2024-06-21', { urgency: true })).toEqual([]);
    expect(at('2024-06-20', '2024-06-21', { urgency: true })).toMatchObject([{ messageId: 'convocation-delay.urgency', severity: 'error' }]);
  });
  it('second convocation for want of quorum: three days at least, as a warning', () => {
    expect(at('2024-06-18', '2024-06-21', { secondConvocation: true }, 33)).toEqual([]);
    expect(at('2024-06-19', '2024-06-21', { secondConvocation: true }, 33)).toMatchObject([
      { messageId: 'convocation-delay.secondConvocation', severity: 'warning', data: { calendarDays: 2 } },
    ]);
  });
  it('Moselle and Alsace: three days at least (not francs), as a warning', () => {
    expect(at('2024-06-18', '2024-06-21', {}, 15, null, '57')).toEqual([]);
    expect(at('2024-06-19', '2024-06-21', {}, 15, null, '67')).toMatchObject([
      { messageId: 'convocation-delay.localLaw', severity: 'warning', data: { calendarDays: 2 } },
    ]);
  });
  it('falls back on the posting date as a warning; silent without dates or when the convocation follows the session', () => {
    expect(check(rule, { session: { postedDate: '2024-06-19', date: '2024-06-21' } })).toMatchObject([{ severity: 'warning' }]);
    expect(check(rule, { session: { date: '2024-06-21' } })).toEqual([]);
    expect(at('2024-06-25', '2024-06-21')).toEqual([]);
  });
});
