import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/date-order';
import { check } from './support/record-builder';

describe('date-order', () => {
  it('passes in the life order of the act (same day allowed)', () => {
    expect(check(rule, {
      session: { date: '2024-06-20', convocationDate: '2024-06-14' },
      deliberation: { transmittedOn: '2024-06-20', receivedOn: '2024-06-24', publishedOn: '2024-06-21' },
    })).toEqual([]);
  });
  it('fires for a convocation after the session', () => {
    expect(check(rule, { session: { date: '2024-06-20', convocationDate: '2024-06-21' } })).toMatchObject([
      { messageId: 'date-order.convocationAfterSession', severity: 'error', data: { date: '21/06/2024', other: '20/06/2024' } },
    ]);
  });
  it('fires for a transmission, reception or publication before the session', () => {
    const findings = check(rule, {
      session: { date: '2024-06-20' },
      deliberation: { transmittedOn: '2024-06-19', receivedOn: '2024-06-18', publishedOn: '2024-06-01' },
    });
    expect(findings.map((f) => f.messageId)).toEqual([
      'date-order.transmittedBeforeSession', 'date-order.receivedBeforeSession', 'date-order.publishedBeforeSession',
      'date-order.receivedBeforeTransmitted',
    ]);
  });
  it('fires for a reception before the transmission', () => {
    expect(check(rule, { deliberation: { transmittedOn: '2024-06-25', receivedOn: '2024-06-24' } })).toMatchObject([
      { messageId: 'date-order.receivedBeforeTransmitted' },
    ]);
  });
  it('is silent with missing or impossible dates', () => {
    expect(check(rule, { deliberation: { publishedOn: '2024-06-01' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-02-30' }, deliberation: { publishedOn: '2024-02-01' } })).toEqual([]);
  });
});
