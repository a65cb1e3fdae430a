import { defineRule } from './rule';
import { hasDeliberation } from './support/kinds';

/** CGCT L2121-15: each session opens by naming a secrétaire de séance; the register names them. */
export default defineRule({
  id: 'secretary-missing',
  severity: 'warning',
  fields: ['session.secretary'],
  basis: 'CGCT, art. L2121-15',
  check(record, context) {
    if (record.session.secretary !== null && record.session.secretary.trim() !== '') return [];
    if (!hasDeliberation(record, context)) return [];
    return [{ rule: 'secretary-missing', severity: 'warning', field: 'session.secretary', messageId: 'secretary-missing.none', data: {} }];
  },
});
