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
    const findings: Finding[] = [];
    // Two names one word apart share the key of their other words: bucket by it, O(names × words).
    const buckets = new Map<string, { name: string; word: string }[]>();
    for (const name of distinctNames(record)) {
      for (const { word, rest } of wildcards(name)) {
        const bucket = buckets.get(rest);
        if (!bucket) {
          buckets.set(rest, [{ name, word }]);
          continue;
        }
        for (const other of bucket) {
          if (!nameVariant(other.name, name)) continue;
          findings.push({
            rule: 'name-variant', severity: 'info', field: 'attendance.presentNames', messageId: 'name-variant.twoSpellings',
            data: { first: other.name, second: name }, evidence: `${other.name} / ${name}`,
          });
        }
        bucket.push({ name, word });
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

// Per spelling, its words each left out in turn; cached because names repeat across keystrokes.
const wildcardCache = new Map<string, readonly { word: string; rest: string }[]>();

function wildcards(name: string): readonly { word: string; rest: string }[] {
  let cached = wildcardCache.get(name);
  if (!cached) {
    const words = [...nameWords(name)].sort();
    cached = words.length < 2 ? [] : words.map((word, i) => ({ word, rest: `${words.length}|${words.filter((_, j) => j !== i).join(' ')}` }));
    if (wildcardCache.size >= 4096) wildcardCache.clear();
    wildcardCache.set(name, cached);
  }
  return cached;
}
