import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joursFrancs, latestConvocationDate } from '../../lib/calendar/jours-francs';

describe('jours francs (CGCT L2121-11/12)', () => {
  it('run from the day after sending to the eve of the session', () => {
    expect(joursFrancs('2024-06-17', '2024-06-21')).toBe(3);
    expect(joursFrancs('2024-06-14', '2024-06-20')).toBe(5);
    expect(joursFrancs('2024-06-20', '2024-06-21')).toBe(0);
    expect(joursFrancs('2024-02-27', '2024-03-02')).toBe(3);
  });
  it('null when a date is missing or not real', () => {
    expect(joursFrancs(null, '2024-06-21')).toBeNull();
    expect(joursFrancs('2024-02-30', '2024-03-05')).toBeNull();
  });
  it('the latest sending date gives exactly the required delay (property)', () => {
    fc.assert(fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 10 }), (date, required) => {
      const session = date.toISOString().slice(0, 10);
      expect(joursFrancs(latestConvocationDate(session, required), session)).toBe(required);
    }));
  });
});
