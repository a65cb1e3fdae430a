import { defineRule } from './rule';
import { frenchDate } from '../calendar/iso-date';

/**
 * CGCT L2122-21: the mayor signs what the council authorised. The commune's own signature
 * predating the session is worth a look; the académie often signs first, so its date alone
 * (convention.signedOn) is never used.
 */
export default defineRule({
  id: 'signed-before-session',
  severity: 'info',
  fields: ['convention.communeSignedOn', 'session.date'],
  basis: 'CGCT, art. L2122-21',
  check(record) {
    const signed = record.convention.communeSignedOn ?? null;
    const session = record.session.date;
    if (signed === null || session === null || signed >= session) return [];
    return [{
      rule: 'signed-before-session', severity: 'info', field: 'convention.communeSignedOn', messageId: 'signed-before-session.before',
      data: { signed: frenchDate(signed), session: frenchDate(session) },
    }];
  },
});
