import { defineRule, type Finding } from './rule';
import { normaliseUai, uaiInEmail } from '../identifiers/uai';

/** School e-mails embed the UAI (ecole.0830556D@ac-nice.fr); another UAI there is suspicious (seed 002). */
export default defineRule({
  id: 'uai-email-mismatch',
  severity: 'warning',
  fields: ['convention.schools'],
  basis: 'cohérence UAI / adresse électronique',
  check(record) {
    const findings: Finding[] = [];
    record.convention.schools.forEach((school, index) => {
      if (!school.email) return;
      const inEmail = uaiInEmail(school.email);
      if (inEmail === null || inEmail === normaliseUai(school.uai)) return;
      findings.push({
        rule: 'uai-email-mismatch', severity: 'warning', field: `convention.schools.${index}.email`, messageId: 'uai-email-mismatch.differ',
        data: { uai: school.uai, email: school.email, emailUai: inEmail, school: school.name },
        evidence: school.email,
      });
    });
    return findings;
  },
});
