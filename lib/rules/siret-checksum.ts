import { defineRule, type Finding } from './rule';
import { completeLuhn } from '../identifiers/luhn';
import { compactIdentifier, sirenValid, siretProblem } from '../identifiers/siret';
import { printedActesId } from './support/identifiers';

/**
 * INSEE: SIRET = 14 digits passing Luhn (La Poste's own rule aside). One digit short, the
 * completions that pass Luhn are computed — narrowed by the SIREN of the @CTES id when printed —
 * and named in the message when only one remains.
 */
export default defineRule({
  id: 'siret-checksum',
  severity: 'error',
  fields: ['commune.siret', 'commune.siren'],
  basis: 'INSEE (clé de Luhn)',
  check(record) {
    const findings: Finding[] = [];
    const raw = record.commune.siret;
    if (raw) {
      const siret = compactIdentifier(raw);
      const problem = siretProblem(siret);
      if (problem === 'checksum') {
        findings.push({ rule: 'siret-checksum', severity: 'error', field: 'commune.siret', messageId: 'siret-checksum.luhn', data: { siret } });
      } else if (problem === 'length') {
        findings.push(lengthFinding(siret, printedActesId(record)?.siren ?? null));
      }
    }
    const siren = record.commune.siren ? compactIdentifier(record.commune.siren) : null;
    if (siren && !sirenValid(siren) && !(raw && compactIdentifier(raw).startsWith(siren))) {
      findings.push({ rule: 'siret-checksum', severity: 'error', field: 'commune.siren', messageId: 'siret-checksum.siren', data: { siren } });
    }
    return findings;
  },
});

function lengthFinding(siret: string, knownSiren: string | null): Finding {
  const base = { rule: 'siret-checksum', severity: 'error' as const, field: 'commune.siret' };
  if (/^\d{13}$/.test(siret)) {
    let completions = completeLuhn(siret, 14);
    if (knownSiren && /^\d{9}$/.test(knownSiren)) completions = completions.filter((c) => c.value.startsWith(knownSiren));
    const only = completions.length === 1 ? completions[0] : undefined;
    if (only) {
      return { ...base, messageId: 'siret-checksum.oneDigitShort', data: { siret, completed: only.value, digit: only.digit, position: only.position + 1 } };
    }
    return { ...base, messageId: 'siret-checksum.digitShortAmbiguous', data: { siret, candidates: completions.length } };
  }
  return { ...base, messageId: 'siret-checksum.length', data: { siret, length: siret.length } };
}
