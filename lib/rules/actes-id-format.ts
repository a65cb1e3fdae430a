import { defineRule } from './rule';
import { actesIdProblem, type ActesIdProblem } from '../identifiers/actes-id';
import { printedActesId } from './support/identifiers';

/**
 * @CTES id `DDD-SSSSSSSSS-YYYYMMDD-NUMBER-NN` read by position (domain.md §2): department on
 * three characters, 9-digit SIREN, a real date, a known nature code. The number part may hold
 * `-` and was accepted by its platform: it is not judged (seed 004: DEL11-250625).
 */
const messageIds: Record<ActesIdProblem, string> = {
  parts: 'actes-id-format.parts',
  department: 'actes-id-format.department',
  siren: 'actes-id-format.siren',
  date: 'actes-id-format.date',
  nature: 'actes-id-format.nature',
};

export default defineRule({
  id: 'actes-id-format',
  severity: 'error',
  fields: ['deliberation.actesId'],
  basis: '@CTES (identifiant de l’acte)',
  check(record) {
    const raw = record.deliberation.actesId;
    if (!raw) return [];
    const id = printedActesId(record);
    const problem = actesIdProblem(id);
    if (problem === null) return [];
    const part = id === null ? '' : { parts: '', department: id.department, siren: id.siren, date: id.compactDate, nature: id.nature }[problem];
    return [{
      rule: 'actes-id-format', severity: 'error', field: 'deliberation.actesId', messageId: messageIds[problem],
      data: { actesId: raw, part, length: part.length }, evidence: raw,
    }];
  },
});
