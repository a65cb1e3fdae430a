import { describe, expect, it } from 'vitest';
import { compactToIso, dayNumber, frenchDate } from '../../lib/calendar/iso-date';

describe('iso-date', () => {
  it('counts days without time zones, leap years included', () => {
    expect((dayNumber('2024-03-01') as number) - (dayNumber('2024-02-28') as number)).toBe(2);
    expect((dayNumber('2023-03-01') as number) - (dayNumber('2023-02-28') as number)).toBe(1);
  });
  it('refuses impossible dates', () => {
    expect(dayNumber('2024-02-30')).toBeNull();
    expect(dayNumber('2100-02-29')).toBeNull();
    expect(dayNumber('2000-02-29')).not.toBeNull();
    expect(dayNumber('24-06-2024')).toBeNull();
    expect(compactToIso('20241320')).toBeNull();
    expect(compactToIso('20240620')).toBe('2024-06-20');
  });
  it('writes dates the French way', () => {
    expect(frenchDate('2024-06-20')).toBe('20/06/2024');
  });
});
