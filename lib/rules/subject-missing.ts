import { defineRule } from './rule';
import { hasDeliberation } from './support/kinds';

/** Every deliberation has an object; @CTES requires it (≤ 499 characters) for the transmission. */
export default defineRule({
  id: 'subject-missing',
  severity: 'warning',
  fields: ['deliberation.subject'],
  basis: '@CTES (objet de l’acte)',
  check(record, context) {
    const subject = record.deliberation.subject;
    if ((subject !== null && subject.trim() !== '') || !hasDeliberation(record, context)) return [];
    return [{ rule: 'subject-missing', severity: 'warning', field: 'deliberation.subject', messageId: 'subject-missing.none', data: {} }];
  },
});
