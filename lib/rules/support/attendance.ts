import type { CouncilRecord } from '../../record/schema';
import { isMayorTitle, mayBeSamePerson, nameKey, nameVariant, samePerson } from '../../names/person-name';

/**
 * Who is in the room. Registers often leave the presiding mayor out of the list of those
 * present ("sous la présidence de M. le Maire", then "Présents : …") while counting them:
 * a careful secretary counts them as present, and so do these helpers.
 */

function isListedAway(record: CouncilRecord, name: string): boolean {
  const { absentNames, proxies } = record.attendance;
  return absentNames.some((absent) => samePerson(absent, name)) || proxies.some((proxy) => samePerson(proxy.from, name));
}

/** The person presiding: the named president, else the mayor when not listed away. */
export function presidingName(record: CouncilRecord): string | null {
  const president = record.session.president ?? record.commune.mayor;
  if (!president || isListedAway(record, president)) return null;
  return president;
}

/** The presiding person is known, present, and missing from the list of those present. */
export function presidentOmitted(record: CouncilRecord): boolean {
  const president = presidingName(record);
  if (!president || record.attendance.presentNames.length === 0) return false;
  return !record.attendance.presentNames.some((name) => mayBeSamePerson(name, president) || isMayorTitle(name));
}

/** Heads counted from the list, the omitted presiding mayor included. */
export function presentFromList(record: CouncilRecord): number {
  return record.attendance.presentNames.length + (presidentOmitted(record) ? 1 : 0);
}

/** Present as printed, else as listed; null when neither is known. */
export function presentCount(record: CouncilRecord): number | null {
  if (record.attendance.present !== null) return record.attendance.present;
  return record.attendance.presentNames.length > 0 ? presentFromList(record) : null;
}

/**
 * The name may be someone present. Lenient (a surname alone may match) because a wrong
 * "absent" would be a false error; "M. le Maire" designates the presiding mayor.
 */
export function mayBePresent(record: CouncilRecord, name: string): boolean {
  if (isMayorTitle(name)) return true;
  const presentNames = record.attendance.presentNames;
  if (presentKeys(presentNames).has(nameKey(name))) return true;
  const president = presidingName(record);
  if (president && mayBeSamePerson(name, president)) return true;
  // One letter apart (SIEYES / SIEYE) is a spelling slip, not another person.
  return presentNames.some((present) => mayBeSamePerson(present, name) || nameVariant(present, name) !== null);
}

// Keyed by the list itself: the panel keeps the same array while other fields are edited.
const presentKeysCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Full-name keys of those listed present (exact matches first, the lenient scan only for the rest). */
export function presentKeys(presentNames: readonly string[]): ReadonlySet<string> {
  let keys = presentKeysCache.get(presentNames);
  if (!keys) {
    keys = new Set(presentNames.map(nameKey));
    presentKeysCache.set(presentNames, keys);
  }
  return keys;
}

/** The list of those present is complete: it holds as many heads as the printed count (no count, no proof). */
export function presentListComplete(record: CouncilRecord): boolean {
  const printed = record.attendance.present;
  return record.attendance.presentNames.length > 0 && printed !== null && presentFromList(record) >= printed;
}
