import { defineRule } from './rule';
import { frenchDate } from '../calendar/iso-date';

/** The deliberation approves the convention as written: both give the same end date (seed 001: 31 Oct vs 1 Sep 2022). */
export default defineRule({
  id: 'convention-end-mismatch',
  severity: 'error',
  fields: ['deliberation.conventionEndDate', 'convention.endDate'],
  basis: 'cohérence délibération / convention',
  check(record) {
    const inDeliberation = record.deliberation.conventionEndDate;
    const inConvention = record.convention.endDate;
    if (inDeliberation === null || inConvention === null || inDeliberation === inConvention) return [];
    return [{
      rule: 'convention-end-mismatch', severity: 'error', field: 'deliberation.conventionEndDate', messageId: 'convention-end-mismatch.differ',
      data: { deliberation: frenchDate(inDeliberation), convention: frenchDate(inConvention) },
    }];
  },
});
