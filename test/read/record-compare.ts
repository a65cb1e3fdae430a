/**
 * The judge's comparison, ported from ../shared/tools/score-extraction (Python) so the corpus test
 * scores a record exactly as unseen documents are scored: dates, numbers, ids exact; names as
 * token sets (case, accents, civilities ignored); free text by token overlap ≥ 0.8 (articles
 * l', d', la, le, les ignored); {"oneOf": [...]} accepts any listed value; null expects null,
 * absent, "" or []. Python's `==` treats true as 1, so booleans compare as numbers here too.
 */

const CIVILITIES = new Set(['M', 'MME', 'MMES', 'MM', 'MR', 'MLLE', 'MONSIEUR', 'MADAME']);
const NAME_KEYS = new Set(['mayor', 'president', 'secretary', 'academyRepresentative', 'from', 'to']);
const TEXT_KEYS = new Set(['subject', 'place', 'address', 'academy', 'name', 'title']);
const ARTICLES = new Set(['L', 'D', 'LA', 'LE', 'LES']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ExpectedFindings {
  must: { rule: string; severity: string }[];
  mustNot: string[];
}

export interface ExpectedDocument {
  source: string;
  kinds: string[];
  record: JsonObject;
  findings: ExpectedFindings;
}

export interface ComparedFinding {
  rule: string;
  severity: string;
  message?: string;
}

export interface Comparison {
  passed: number;
  failed: number;
  problems: string[];
}

/** NFKD, combining marks dropped, every run of non-ASCII-alphanumerics a separator, upper case. */
export function fold(value: unknown): string[] {
  const decomposed = String(value).normalize('NFKD').replace(/\p{M}/gu, '');
  return decomposed
    .replace(/[^0-9A-Za-z]+/g, ' ')
    .toUpperCase()
    .split(' ')
    .filter((token) => token.length > 0);
}

export function nameTokens(value: unknown): string[] {
  return fold(value)
    .filter((token) => !CIVILITIES.has(token))
    .sort();
}

export function textSimilar(a: unknown, b: unknown): boolean {
  const ta = new Set(fold(a).filter((t) => !ARTICLES.has(t)));
  const tb = new Set(fold(b).filter((t) => !ARTICLES.has(t)));
  if (ta.size === 0 && tb.size === 0) return true;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common += 1;
  const union = new Set([...ta, ...tb]).size;
  return common / Math.max(union, 1) >= 0.8;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf(value: unknown): value is { oneOf: Json[] } {
  return isObject(value) && Array.isArray(value['oneOf']);
}

function isNumeric(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Python's `==` on parsed JSON: deep, with True == 1. */
export function pythonEqual(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => pythonEqual(item, b[i]));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => k in b && pythonEqual(a[k], b[k]));
  }
  return a === b;
}

export function same(key: string, expected: unknown, actual: unknown): boolean {
  if (isOneOf(expected)) return expected.oneOf.some((e) => same(key, e, actual));
  if (expected === null) {
    return actual === null || actual === undefined || actual === '' || (Array.isArray(actual) && actual.length === 0);
  }
  if (actual === null || actual === undefined) return false;
  if (NAME_KEYS.has(key)) return sameArray(nameTokens(expected), nameTokens(actual));
  if (TEXT_KEYS.has(key) && typeof expected === 'string') return textSimilar(expected, actual);
  if (isNumeric(expected) && isNumeric(actual)) return Math.abs(Number(expected) - Number(actual)) < 1e-9;
  return pythonEqual(expected, actual);
}

export function itemSame(key: string, expected: unknown, actual: unknown): boolean {
  if (isObject(expected)) {
    if (!isObject(actual)) return false;
    return Object.entries(expected).every(([k, v]) => same(k, v, actual[k]));
  }
  if (key.endsWith('Names')) return sameArray(nameTokens(expected), nameTokens(actual));
  return same(key, expected, actual);
}

/** Greedy multiset matching, as the scorer does: each expected item takes the first actual that fits. */
export function listScore(
  key: string,
  expected: readonly unknown[],
  actual: unknown,
): { matched: number; expectedCount: number; reportedCount: number } {
  const rest = Array.isArray(actual) ? [...(actual as unknown[])] : [];
  let matched = 0;
  for (const e of expected) {
    const i = rest.findIndex((a) => itemSame(key, e, a));
    if (i >= 0) {
      matched += 1;
      rest.splice(i, 1);
    }
  }
  return { matched, expectedCount: expected.length, reportedCount: matched + rest.length };
}

function getPath(root: unknown, path: readonly string[]): unknown {
  let node: unknown = root;
  for (const part of path) {
    if (!isObject(node)) return null;
    node = node[part];
  }
  return node ?? null;
}

/** Leaves of the expected record: objects are walked, except {"oneOf"}; lists are leaves. */
export function* walk(expected: JsonObject, prefix: string[] = []): Generator<[string[], Json]> {
  for (const [k, v] of Object.entries(expected)) {
    if (isObject(v) && !isOneOf(v)) yield* walk(v, [...prefix, k]);
    else yield [[...prefix, k], v];
  }
}

export function compareRecord(expected: JsonObject, actual: unknown): Comparison {
  const result: Comparison = { passed: 0, failed: 0, problems: [] };
  for (const [path, e] of walk(expected)) {
    const a = getPath(actual, path);
    const key = path[path.length - 1] ?? '';
    let ok: boolean;
    if (Array.isArray(e)) {
      const { matched, expectedCount, reportedCount } = listScore(key, e, a);
      ok = matched === expectedCount && reportedCount === expectedCount;
      if (!ok) result.problems.push(`${path.join('.')}: matched ${matched}/${expectedCount}, reported ${reportedCount}${describeListMiss(key, e, a)}`);
    } else {
      ok = same(key, e, a);
      if (!ok) result.problems.push(`${path.join('.')}: expected ${JSON.stringify(e)}, got ${JSON.stringify(a ?? null)}`);
    }
    if (ok) result.passed += 1;
    else result.failed += 1;
  }
  return result;
}

/** Which expected items were not found and which reported ones were extra: what the reader engineer needs. */
function describeListMiss(key: string, expected: readonly unknown[], actual: unknown): string {
  const rest = Array.isArray(actual) ? [...(actual as unknown[])] : [];
  const missing: unknown[] = [];
  for (const e of expected) {
    const i = rest.findIndex((a) => itemSame(key, e, a));
    if (i >= 0) rest.splice(i, 1);
    else missing.push(e);
  }
  const parts: string[] = [];
  if (missing.length) parts.push(`missing ${JSON.stringify(missing)}`);
  if (rest.length) parts.push(`extra ${JSON.stringify(rest)}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function compareFindings(expected: ExpectedFindings, actual: readonly ComparedFinding[]): Comparison {
  const result: Comparison = { passed: 0, failed: 0, problems: [] };
  for (const f of expected.must) {
    const ok = actual.some((g) => g.rule === f.rule && g.severity === f.severity);
    if (!ok) {
      const other = actual.find((g) => g.rule === f.rule);
      result.problems.push(`finding ${f.rule} (${f.severity}) not reported${other ? ` (reported as ${other.severity})` : ''}`);
    }
    if (ok) result.passed += 1;
    else result.failed += 1;
  }
  for (const rule of expected.mustNot) {
    const hit = actual.find((g) => g.rule === rule && (g.severity === 'error' || g.severity === 'warning'));
    if (hit) result.problems.push(`finding ${rule} reported but the document is right there: ${(hit.message ?? '').slice(0, 160)}`);
    if (hit) result.failed += 1;
    else result.passed += 1;
  }
  return result;
}
