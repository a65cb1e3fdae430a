import { defineRule } from './rule';
import { blanksFor } from './support/blanks';

/**
 * CGCT L2131-1: the certification states the transmission date. Silent when a stamp gives it
 * ("Envoyé en préfecture le …" read into transmittedOn) or the prefecture's receipt proves it.
 */
export default defineRule({
  id: 'transmission-date-missing',
  severity: 'warning',
  fields: ['deliberation.transmittedOn'],
  basis: 'CGCT, art. L2131-1',
  check(record) {
    if (record.deliberation.transmittedOn !== null || record.deliberation.receivedOn !== null) return [];
    const blank = blanksFor(record, 'deliberation.transmittedOn')[0];
    if (!blank) return [];
    return [{
      rule: 'transmission-date-missing', severity: 'warning', field: 'deliberation.transmittedOn',
      messageId: 'transmission-date-missing.blank', data: { label: blank.evidence }, evidence: blank.evidence,
    }];
  },
});
