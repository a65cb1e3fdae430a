import { defineRule, type Finding } from './rule';
import { blanksFor } from './support/blanks';

/** "Fait à …, le ….." left blank on the deliberation or the convention (seed 002). */
const signedFields = [
  ['deliberation.signedOn', 'signature-date-missing.deliberation'],
  ['convention.signedOn', 'signature-date-missing.convention'],
  ['convention.communeSignedOn', 'signature-date-missing.commune'],
] as const;

export default defineRule({
  id: 'signature-date-missing',
  severity: 'warning',
  fields: ['deliberation.signedOn', 'convention.signedOn', 'convention.communeSignedOn'],
  basis: 'acte signé et daté',
  check(record) {
    const findings: Finding[] = [];
    for (const [field, messageId] of signedFields) {
      const value = field === 'deliberation.signedOn' ? record.deliberation.signedOn
        : field === 'convention.signedOn' ? record.convention.signedOn : record.convention.communeSignedOn ?? null;
      const blank = blanksFor(record, field)[0];
      if (value !== null || !blank) continue;
      findings.push({ rule: 'signature-date-missing', severity: 'warning', field, messageId, data: { label: blank.evidence }, evidence: blank.evidence });
    }
    return findings;
  },
});
