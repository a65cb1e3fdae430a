import { defineRule, type Finding } from './rule';
import { dayNumber, frenchDate } from '../calendar/iso-date';

/**
 * Dates follow the life of the act: convocation, session, then transmission, reception by
 * the prefecture and publication; reception never precedes transmission.
 */
const afterSession = [
  ['deliberation.transmittedOn', 'date-order.transmittedBeforeSession'],
  ['deliberation.receivedOn', 'date-order.receivedBeforeSession'],
  ['deliberation.publishedOn', 'date-order.publishedBeforeSession'],
] as const;

export default defineRule({
  id: 'date-order',
  severity: 'error',
  fields: ['session.date', 'session.convocationDate', 'deliberation.transmittedOn', 'deliberation.receivedOn', 'deliberation.publishedOn'],
  basis: 'chronologie de l’acte',
  check(record) {
    const findings: Finding[] = [];
    const session = record.session.date;
    const sessionDay = dayNumber(session);
    const push = (field: string, messageId: string, date: string, other: string): void => {
      findings.push({ rule: 'date-order', severity: 'error', field, messageId, data: { date: frenchDate(date), other: frenchDate(other) } });
    };
    const convocation = record.session.convocationDate;
    const convocationDay = dayNumber(convocation);
    if (session && convocation && sessionDay !== null && convocationDay !== null && convocationDay > sessionDay) {
      push('session.convocationDate', 'date-order.convocationAfterSession', convocation, session);
    }
    const values = {
      'deliberation.transmittedOn': record.deliberation.transmittedOn,
      'deliberation.receivedOn': record.deliberation.receivedOn,
      'deliberation.publishedOn': record.deliberation.publishedOn,
    };
    if (session && sessionDay !== null) {
      for (const [field, messageId] of afterSession) {
        const date = values[field];
        const day = dayNumber(date);
        if (date && day !== null && day < sessionDay) push(field, messageId, date, session);
      }
    }
    const sent = record.deliberation.transmittedOn;
    const received = record.deliberation.receivedOn;
    const sentDay = dayNumber(sent);
    const receivedDay = dayNumber(received);
    if (sent && received && sentDay !== null && receivedDay !== null && receivedDay < sentDay) {
      push('deliberation.receivedOn', 'date-order.receivedBeforeTransmitted', received, sent);
    }
    return findings;
  },
});
