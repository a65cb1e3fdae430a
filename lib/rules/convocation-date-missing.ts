import { defineRule } from './rule';
import { hasDeliberation } from './support/kinds';

/** CGCT L2121-10: the convocation is dated and entered in the register; without it the delay cannot be checked. */
export default defineRule({
  id: 'convocation-date-missing',
  severity: 'warning',
  fields: ['session.convocationDate'],
  basis: 'CGCT, art. L2121-10',
  check(record, context) {
    if (record.session.convocationDate !== null || record.session.postedDate !== null) return [];
    if (!hasDeliberation(record, context) || record.session.date === null) return [];
    return [{ rule: 'convocation-date-missing', severity: 'warning', field: 'session.convocationDate', messageId: 'convocation-date-missing.none', data: {} }];
  },
});
