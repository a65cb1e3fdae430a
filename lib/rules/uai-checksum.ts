import { defineRule, type Finding } from './rule';
import { normaliseUai, uaiCheckLetter } from '../identifiers/uai';

const uaiShape = /^\d{7}[A-Z]$/;

/**
 * UAI: 7 digits + "ABCDEFGHJKLMNPRSTUVWXYZ"[n mod 23]. A wrong letter is an error and the
 * message gives the right one; a code not even shaped like a UAI is a warning (likely misread).
 */
export default defineRule({
  id: 'uai-checksum',
  severity: 'error',
  fields: ['convention.schools', 'deliberation.schools'],
  basis: 'format UAI (Éducation nationale)',
  check(record) {
    const findings: Finding[] = [];
    const listed = [
      ...record.convention.schools.map((school, index) => ({ school, field: `convention.schools.${index}.uai` })),
      // a deliberation without its convention may still name the schools by UAI
      ...(record.deliberation.schools ?? []).map((school, index) => ({ school, field: `deliberation.schools.${index}.uai` })),
    ];
    listed.forEach(({ school, field }) => {
      const uai = normaliseUai(school.uai);
      if (!uaiShape.test(uai)) {
        findings.push({ rule: 'uai-checksum', severity: 'warning', field, messageId: 'uai-checksum.shape', data: { uai: school.uai, school: school.name } });
        return;
      }
      const expected = uaiCheckLetter(uai.slice(0, 7));
      if (expected === null || expected === uai[7]) return;
      findings.push({
        rule: 'uai-checksum', severity: 'error', field, messageId: 'uai-checksum.letter',
        data: { uai: school.uai, school: school.name, letter: uai[7] as string, expected, corrected: uai.slice(0, 7) + expected },
      });
    });
    return findings;
  },
});
