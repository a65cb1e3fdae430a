import { describe, expect, it } from 'vitest';
import rule from '../../lib/rules/signed-before-session';
import { check } from './support/record-builder';

describe('signed-before-session (CGCT L2122-21)', () => {
  it('notes a commune signature before the authorising session', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, convention: { communeSignedOn: '2024-06-10' } })).toMatchObject([
      { messageId: 'signed-before-session.before', severity: 'info', data: { signed: '10/06/2024', session: '20/06/2024' } },
    ]);
  });
  it('is silent on or after the session, and when the only date is the académie\'s', () => {
    expect(check(rule, { session: { date: '2024-06-20' }, convention: { communeSignedOn: '2024-06-20' } })).toEqual([]);
    expect(check(rule, { session: { date: '2024-06-20' }, convention: { signedOn: '2024-05-01' } })).toEqual([]);
  });
});
