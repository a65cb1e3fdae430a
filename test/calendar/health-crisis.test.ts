import { describe, expect, it } from 'vitest';
import { healthCrisisWindowOn, healthCrisisWindows, isUncertainHealthCrisisDay } from '../../lib/calendar/health-crisis';

describe('health-crisis windows (domain.md §1)', () => {
  it('holds the five windows with their basis', () => {
    expect(healthCrisisWindows).toHaveLength(5);
    for (const window of healthCrisisWindows) expect(window.basis).toMatch(/loi|ordonnance/);
  });
  it('knows both sides of every boundary', () => {
    const inside = ['2020-03-24', '2020-04-02', '2020-04-03', '2020-07-10', '2020-07-11', '2020-08-30', '2020-11-15', '2021-09-30', '2021-11-11', '2022-07-31'];
    const outside = ['2020-03-23', '2020-08-31', '2020-11-14', '2021-10-01', '2021-11-10', '2022-08-01'];
    for (const date of inside) expect(healthCrisisWindowOn(date), date).not.toBeNull();
    for (const date of outside) expect(healthCrisisWindowOn(date), date).toBeNull();
    expect(healthCrisisWindowOn('2020-05-01')?.quorumCounts).toBe('present-or-represented');
    expect(healthCrisisWindowOn('2020-07-11')?.quorumCounts).toBe('present');
  });
  it('marks the unconfirmed first days', () => {
    expect(['2020-11-15', '2020-11-16', '2021-11-10', '2021-11-11', '2021-11-12'].every(isUncertainHealthCrisisDay)).toBe(true);
    expect(isUncertainHealthCrisisDay('2020-11-17')).toBe(false);
    expect(isUncertainHealthCrisisDay(null)).toBe(false);
  });
});
