import { defineRule } from './rule';
import { canonicalDepartment } from '../identifiers/department';
import { printedActesId } from './support/identifiers';

/** The department inside the @CTES id ("031") is the commune's ("31"). */
export default defineRule({
  id: 'actes-id-department',
  severity: 'error',
  fields: ['deliberation.actesId', 'commune.department'],
  basis: '@CTES (identifiant de l’acte)',
  check(record) {
    const id = printedActesId(record);
    if (!id) return [];
    const inId = canonicalDepartment(id.department);
    const commune = canonicalDepartment(record.commune.department);
    if (inId === null || commune === null || inId === commune) return [];
    return [{
      rule: 'actes-id-department', severity: 'error', field: 'deliberation.actesId', messageId: 'actes-id-department.differ',
      data: { idDepartment: id.department, department: commune }, evidence: id.raw,
    }];
  },
});
