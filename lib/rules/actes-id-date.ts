import { defineRule } from './rule';
import { frenchDate } from '../calendar/iso-date';
import { printedActesId } from './support/identifiers';

/** The date inside the @CTES id is the decision date: for a deliberation, the session date. */
export default defineRule({
  id: 'actes-id-date',
  severity: 'error',
  fields: ['deliberation.actesId', 'session.date'],
  basis: '@CTES (identifiant de l’acte)',
  check(record) {
    const id = printedActesId(record);
    const session = record.session.date;
    if (!id || id.date === null || session === null || id.date === session) return [];
    return [{
      rule: 'actes-id-date', severity: 'error', field: 'deliberation.actesId', messageId: 'actes-id-date.differ',
      data: { idDate: frenchDate(id.date), session: frenchDate(session) }, evidence: id.raw,
    }];
  },
});
