import { defineRule } from './rule';
import { blanksFor } from './support/blanks';

/**
 * CGCT L2131-1: the act is enforceable once published (and transmitted where required).
 * A "Publié le" printed blank (seeds 000, 003) means not yet: say it before transmitting.
 */
export default defineRule({
  id: 'publication-date-missing',
  severity: 'warning',
  fields: ['deliberation.publishedOn'],
  basis: 'CGCT, art. L2131-1',
  check(record) {
    if (record.deliberation.publishedOn !== null) return [];
    const blank = blanksFor(record, 'deliberation.publishedOn')[0];
    if (!blank) return [];
    return [{
      rule: 'publication-date-missing', severity: 'warning', field: 'deliberation.publishedOn',
      messageId: 'publication-date-missing.blank', data: { label: blank.evidence }, evidence: blank.evidence,
    }];
  },
});
