import { defineRule } from './rule';
import { isNatureCode } from '../identifiers/actes-id';
import { printedActesId } from './support/identifiers';

/** A deliberation is transmitted as nature 1, code `DE` (Pastell, S²LOW). Unknown codes are actes-id-format's. */
export default defineRule({
  id: 'actes-id-nature',
  severity: 'warning',
  fields: ['deliberation.actesId', 'deliberation.nature'],
  basis: '@CTES (nature de l’acte)',
  check(record) {
    const id = printedActesId(record);
    const nature = id?.nature ?? record.deliberation.nature ?? null;
    if (nature === null || !isNatureCode(nature) || nature === 'DE') return [];
    return [{
      rule: 'actes-id-nature', severity: 'warning', field: id ? 'deliberation.actesId' : 'deliberation.nature',
      messageId: 'actes-id-nature.notDeliberation', data: { nature },
    }];
  },
});
