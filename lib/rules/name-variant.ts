import { defineRule, type Finding } from './rule';
import type { CouncilRecord } from '../record/schema';
import { nameKey, nameVariant, nameWords } from '../names/person-name';
import { attendanceListInputs, rememberLast } from './support/remember-last';

const remember = rememberLast<Finding[]>();

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
    return remember([...attendanceListInputs(record), record.attendance.nonParticipantNames, record.attendance.nonParticipantNames?.length, record.commune.mayor, record.session.president, record.session.secretary, record.convention.academyRepresentative, record.signatories, record.signatories?.length], () => {
      const findings: Finding[] = [];
      // Two names one word apart share the key of their other words: bucket by it, O(names × words).
      const buckets = new Map<string, { name: string; word: string }[]>();
      const names = distinctNames(record);
      for (const name of names.keys()) {
        for (const { word, rest } of wildcards(name)) {
          const bucket = buckets.get(rest);
          if (!bucket) {
            buckets.set(rest, [{ name, word }]);
            continue;
          }
          for (const other of bucket) {
            if (!nameVariant(other.name, name)) continue;
            findings.push({
              rule: 'name-variant', severity: 'info', field: names.get(other.name) ?? 'attendance.presentNames', messageId: 'name-variant.twoSpellings',
              data: { first: other.name, second: name }, evidence: `${other.name} / ${name}`,
            });
          }
          bucket.push({ name, word });
        }
      }
      return findings;
    });
  },
});

/** Every person named in the record, once per spelling (case, accents and word order ignored), with where. */
function distinctNames(record: CouncilRecord): Map<string, string> {
  const fieldByName = new Map<string, string>();
  const seen = new Set<string>();
  const add = (name: string | null | undefined, field: string): void => {
    if (!name) return;
    const key = nameKey(name);
    if (!key.includes(' ') || seen.has(key)) return;
    seen.add(key);
    fieldByName.set(name, field);
  };
  const { commune, session, attendance, convention } = record;
  add(commune.mayor, 'commune.mayor');
  add(session.president, 'session.president');
  add(session.secretary, 'session.secretary');
  for (const name of attendance.presentNames) add(name, 'attendance.presentNames');
  for (const proxy of attendance.proxies) {
    add(proxy.from, 'attendance.proxies');
    add(proxy.to, 'attendance.proxies');
  }
  for (const name of attendance.absentNames) add(name, 'attendance.absentNames');
  for (const name of attendance.nonParticipantNames ?? []) add(name, 'attendance.nonParticipantNames');
  add(convention.academyRepresentative, 'convention.academyRepresentative');
  for (const name of record.signatories ?? []) add(name, 'signatories');
  return fieldByName;
}

// Per spelling, its words each left out in turn; cached because names repeat across keystrokes.
const wildcardCache = new Map<string, readonly { word: string; rest: string }[]>();

function wildcards(name: string): readonly { word: string; rest: string }[] {
  let cached = wildcardCache.get(name);
  if (!cached) {
    const words = [...nameWords(name)].sort();
    // A person's name has a handful of words; a longer list is not a name.
    cached = words.length < 2 || words.length > 6 ? [] : words.map((word, i) => ({ word, rest: `${words.length}|${words.filter((_, j) => j !== i).join(' ')}` }));
    if (wildcardCache.size >= 4096) wildcardCache.clear();
    if (name.length <= 160) wildcardCache.set(name, cached);
  }
  return cached;
}
