import { defineRule, type Finding } from './rule';
import type { CouncilRecord } from '../record/schema';
import { nameKey, nameVariant, nameWords } from '../names/person-name';

/**
 * The same person spelled two ways in one document (seed 002: "MATHIEU SIEYES" in the head of
 * the convention, "Mathieu SIEYE" under the signature): one letter apart in one word, every
 * other word equal. Worth a look before the act is signed or transmitted.
 */
export default defineRule({
  id: 'name-variant',
  severity: 'info',
  fields: ['attendance.presentNames', 'convention.academyRepresentative', 'signatories'],
  basis: 'orthographe des noms',
  check(record) {
    const names = distinctNames(record);
    const findings: Finding[] = [];
    for (let i = 0; i < names.length; i++) {
      const a = names[i] as string;
      const sizeA = nameWords(a).length;
      for (let j = i + 1; j < names.length; j++) {
        const b = names[j] as string;
        if (nameWords(b).length !== sizeA) continue;
        const variant = nameVariant(a, b);
        if (!variant) continue;
        findings.push({
          rule: 'name-variant', severity: 'info', field: 'attendance.presentNames', messageId: 'name-variant.twoSpellings',
          data: { first: a, second: b }, evidence: `${a} / ${b}`,
        });
      }
    }
    return findings;
  },
});

/** Every person named in the record, once per spelling (case, accents and word order ignored). */
function distinctNames(record: CouncilRecord): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string | null | undefined): void => {
    if (!name) return;
    const key = nameKey(name);
    if (key.includes(' ') && !byKey.has(key)) byKey.set(key, name);
  };
  const { commune, session, attendance, convention } = record;
  add(commune.mayor);
  add(session.president);
  add(session.secretary);
  for (const name of attendance.presentNames) add(name);
  for (const proxy of attendance.proxies) {
    add(proxy.from);
    add(proxy.to);
  }
  for (const name of attendance.absentNames) add(name);
  for (const name of attendance.nonParticipantNames ?? []) add(name);
  add(convention.academyRepresentative);
  for (const name of record.signatories ?? []) add(name);
  return [...byKey.values()];
}
