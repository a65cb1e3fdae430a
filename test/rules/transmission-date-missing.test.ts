import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/transmission-date-missing';
import { check } from './support/record-builder';

const blank = { field: 'deliberation.transmittedOn', evidence: 'transmission à la Sous-préfecture le' };

describe('transmission-date-missing (CGCT L2131-1)', () => {
  it('fires when the certification leaves the transmission date blank', () => {
    expect(check(rule, { blanks: [blank] })).toMatchObject([{ messageId: 'transmission-date-missing.blank', severity: 'warning' }]);
  });
  it('is silent when a stamp gives the date ("Envoyé en préfecture le 24/06/2024")', () => {
    expect(check(rule, { deliberation: { transmittedOn: '2024-06-24' }, blanks: [blank] })).toEqual([]);
    expect(check(rule, { deliberation: { receivedOn: '2024-06-24' }, blanks: [blank] })).toEqual([]);
  });
});
