import { defineRule, type Finding } from './rule';
import { canonicalDepartment } from '../identifiers/department';
import { uaiDepartment } from '../identifiers/uai';

/** A UAI's first three digits are its department ("083" → Var; Corsica 620/720): a commune's schools are in its department. */
export default defineRule({
  id: 'uai-department',
  severity: 'warning',
  fields: ['convention.schools', 'commune.department'],
  basis: 'format UAI (Éducation nationale)',
  check(record) {
    const department = canonicalDepartment(record.commune.department);
    if (department === null) return [];
    const findings: Finding[] = [];
    record.convention.schools.forEach((school, index) => {
      const schoolDepartment = uaiDepartment(school.uai);
      if (schoolDepartment === null || schoolDepartment === department) return;
      findings.push({
        rule: 'uai-department', severity: 'warning', field: `convention.schools.${index}.uai`, messageId: 'uai-department.differ',
        data: { uai: school.uai, school: school.name, schoolDepartment, department },
      });
    });
    return findings;
  },
});
