import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/quorum';
import { check, members } from './support/record-builder';

const session = (date: string, extra = {}) => ({ date, ...extra });

describe('quorum (CGCT L2121-17)', () => {
  it('18 in office: 10 present passes, 9 present fails', () => {
    expect(check(rule, { session: session('2024-06-20'), attendance: { inOffice: 18, present: 10 } })).toEqual([]);
    const findings = check(rule, { session: session('2024-06-20'), attendance: { inOffice: 18, present: 9 } });
    expect(findings).toMatchObject([{ messageId: 'quorum.ordinary', severity: 'error', data: { present: 9, inOffice: 18, required: 10 } }]);
  });

  it('odd council: 19 in office needs 10', () => {
    expect(check(rule, { attendance: { inOffice: 19, present: 10 } })).toEqual([]);
    expect(check(rule, { attendance: { inOffice: 19, present: 9 } })[0]?.data.required).toBe(10);
  });

  it('proxies do not count', () => {
    expect(check(rule, { session: session('2023-01-10'), attendance: { inOffice: 18, present: 8, represented: 6 } })).toHaveLength(1);
  });

  it('counts the presiding mayor when the list leaves them out and no number is printed', () => {
    const presentNames = members(9);
    expect(check(rule, { session: session('2024-06-20', { president: 'Jean DUPONT' }), attendance: { inOffice: 18, presentNames } })).toEqual([]);
    // a count made from the list only warns: the reader may have missed a name
    expect(check(rule, { session: session('2024-06-20'), attendance: { inOffice: 18, presentNames } })).toMatchObject([{ severity: 'warning', data: { present: 9 } }]);
  });

  it('is silent after a second convocation for want of quorum, and when a number is missing', () => {
    expect(check(rule, { session: session('2024-06-20', { secondConvocation: true }), attendance: { inOffice: 18, present: 3 } })).toEqual([]);
    expect(check(rule, { attendance: { inOffice: null, present: 3 } })).toEqual([]);
    expect(check(rule, { attendance: { inOffice: 18, present: null } })).toEqual([]);
  });

  it('is a warning in Moselle and Alsace (local law)', () => {
    const findings = check(rule, { commune: { department: '57' }, attendance: { inOffice: 18, present: 9 } });
    expect(findings[0]?.severity).toBe('warning');
  });

  describe('health-crisis windows (domain.md §1)', () => {
    const at = (date: string, present: number, represented: number | null = null) =>
      check(rule, { session: session(date), attendance: { inOffice: 18, present, represented } });

    it('24 Mar 2020: one third present (6 of 18 passes, 5 fails); 23 Mar 2020: ordinary', () => {
      expect(at('2020-03-24', 6)).toEqual([]);
      expect(at('2020-03-24', 5)).toMatchObject([{ messageId: 'quorum.crisis', severity: 'error', data: { required: 6 } }]);
      expect(at('2020-03-23', 6)).toMatchObject([{ messageId: 'quorum.ordinary' }]);
    });

    it('3 Apr – 10 Jul 2020: present or represented count', () => {
      expect(at('2020-04-03', 3, 3)).toEqual([]);
      expect(at('2020-07-10', 3, 2)).toMatchObject([{ messageId: 'quorum.crisisRepresented', data: { counted: 5, required: 6 } }]);
      expect(at('2020-04-02', 3, 3)).toMatchObject([{ messageId: 'quorum.crisis' }]);
      expect(at('2020-07-11', 3, 3)).toMatchObject([{ messageId: 'quorum.crisis' }]);
    });

    it('30 Aug 2020 one third; 31 Aug – 14 Nov 2020 ordinary', () => {
      expect(at('2020-08-30', 6)).toEqual([]);
      expect(at('2020-08-31', 6)).toMatchObject([{ messageId: 'quorum.ordinary', severity: 'error' }]);
      expect(at('2020-11-14', 6)).toMatchObject([{ messageId: 'quorum.ordinary', severity: 'error' }]);
    });

    it('15–16 Nov 2020 uncertain: judged by ordinary law as a warning; 17 Nov 2020 one third', () => {
      expect(at('2020-11-15', 6)).toMatchObject([{ messageId: 'quorum.uncertainDay', severity: 'warning' }]);
      expect(at('2020-11-16', 6)).toMatchObject([{ severity: 'warning' }]);
      expect(at('2020-11-17', 6)).toEqual([]);
      expect(at('2020-11-17', 5)).toMatchObject([{ messageId: 'quorum.crisis', severity: 'error' }]);
    });

    it('30 Sep 2021 one third; 1 Oct – 9 Nov 2021 ordinary; 10–12 Nov 2021 uncertain; 13 Nov 2021 – 31 Jul 2022 one third', () => {
      expect(at('2021-09-30', 6)).toEqual([]);
      expect(at('2021-10-01', 6)).toMatchObject([{ messageId: 'quorum.ordinary', severity: 'error' }]);
      expect(at('2021-11-09', 6)).toMatchObject([{ severity: 'error' }]);
      for (const day of ['2021-11-10', '2021-11-11', '2021-11-12']) expect(at(day, 6)).toMatchObject([{ severity: 'warning' }]);
      expect(at('2021-11-13', 6)).toEqual([]);
      expect(at('2022-07-31', 6)).toEqual([]);
      expect(at('2022-08-01', 6)).toMatchObject([{ messageId: 'quorum.ordinary', severity: 'error' }]);
    });

    it('rounds one third up: 19 in office need 7', () => {
      const findings = check(rule, { session: session('2021-03-01'), attendance: { inOffice: 19, present: 6 } });
      expect(findings[0]?.data.required).toBe(7);
      expect(check(rule, { session: session('2021-03-01'), attendance: { inOffice: 19, present: 7 } })).toEqual([]);
    });
  });
});
