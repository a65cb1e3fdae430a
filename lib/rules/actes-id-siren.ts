import { defineRule } from './rule';
import { luhnValid } from '../identifiers/luhn';
import { communeSiren, printedActesId } from './support/identifiers';

/** The SIREN inside the @CTES id passes Luhn and is the commune's. A SIREN not of 9 digits is actes-id-format's. */
export default defineRule({
  id: 'actes-id-siren',
  severity: 'error',
  fields: ['deliberation.actesId', 'commune.siren', 'commune.siret'],
  basis: '@CTES (identifiant de l’acte) ; INSEE',
  check(record) {
    const id = printedActesId(record);
    if (!id || !/^\d{9}$/.test(id.siren)) return [];
    if (!luhnValid(id.siren)) {
      return [{ rule: 'actes-id-siren', severity: 'error', field: 'deliberation.actesId', messageId: 'actes-id-siren.luhn', data: { siren: id.siren }, evidence: id.raw }];
    }
    const siren = communeSiren(record);
    if (siren === null || siren === id.siren) return [];
    return [{
      rule: 'actes-id-siren', severity: 'error', field: 'deliberation.actesId', messageId: 'actes-id-siren.differ',
      data: { siren: id.siren, communeSiren: siren }, evidence: id.raw,
    }];
  },
});
