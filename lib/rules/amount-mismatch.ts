import { defineRule, type Finding } from './rule';
import { euros, sameAmount } from './support/amounts';

/** The deliberation approves the convention's money: same fee per school, same total. */
export default defineRule({
  id: 'amount-mismatch',
  severity: 'error',
  fields: ['deliberation.total', 'convention.total', 'deliberation.feePerSchool', 'convention.feePerSchool'],
  basis: 'cohérence délibération / convention',
  check(record) {
    const findings: Finding[] = [];
    const feeD = record.deliberation.feePerSchool ?? null;
    const feeC = record.convention.feePerSchool;
    if (feeD !== null && feeC !== null && !sameAmount(feeD, feeC)) {
      findings.push({
        rule: 'amount-mismatch', severity: 'error', field: 'deliberation.feePerSchool', messageId: 'amount-mismatch.fee',
        data: { deliberation: euros(feeD), convention: euros(feeC) },
      });
    }
    const totalD = record.deliberation.total;
    const totalC = record.convention.total;
    if (totalD !== null && totalC !== null && !sameAmount(totalD, totalC)) {
      findings.push({
        rule: 'amount-mismatch', severity: 'error', field: 'deliberation.total', messageId: 'amount-mismatch.total',
        data: { deliberation: euros(totalD), convention: euros(totalC) },
      });
    }
    return findings;
  },
});
