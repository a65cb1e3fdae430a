/**
 * Read and write a record value by its dotted path ("session.date", "convention.schools.1.uai")
 * with structural sharing: only the objects on the path are copied, so signals downstream see
 * unchanged branches as the same objects.
 */
import type { CouncilRecord, FieldPath } from '../record/schema';

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export function getAt(record: CouncilRecord, path: FieldPath): unknown {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function setIn(node: unknown, keys: string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(node)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index > node.length) throw new Error(`index hors liste : ${key}`);
    const copy = node.slice();
    copy[index] = setIn(node[index], rest, value);
    return copy;
  }
  const base = isContainer(node) ? (node as Record<string, unknown>) : {};
  return { ...base, [key]: setIn(base[key], rest, value) };
}

/** A new record with `value` at `path`; the input record is left untouched. */
export function setAt(record: CouncilRecord, path: FieldPath, value: unknown): CouncilRecord {
  return setIn(record, path.split('.'), value) as CouncilRecord;
}

/**
 * Every leaf of a record worth carrying over: scalars, and lists as a whole (a list of names
 * is one value for provenance), top-level lists too. `blanks` is left out: it is bookkeeping.
 */
export function leafPaths(record: CouncilRecord): FieldPath[] {
  const paths: FieldPath[] = [];
  for (const [section, body] of Object.entries(record)) {
    if (section === 'blanks' || !isContainer(body)) continue;
    if (Array.isArray(body)) paths.push(section);
    else for (const key of Object.keys(body)) paths.push(`${section}.${key}`);
  }
  return paths;
}
