import { emptyRecord } from '../../../lib/record/empty-record';
import type { CouncilRecord } from '../../../lib/record/schema';

export type RecordPatch = {
  [K in keyof CouncilRecord]?: CouncilRecord[K] extends unknown[] ? CouncilRecord[K] : Partial<CouncilRecord[K]>;
};

/** A record where nothing is known but what the test states (section by section). */
export function buildRecord(patch: RecordPatch = {}): CouncilRecord {
  const record = emptyRecord() as Record<string, unknown>;
  for (const [section, value] of Object.entries(patch)) {
    const base = record[section];
    record[section] = Array.isArray(value) || base === undefined || base === null || typeof base !== 'object'
      ? value
      : { ...(base as object), ...(value as object) };
  }
  return record as CouncilRecord;
}

/** `count` distinct members, "Prénom1 NOM1"… so that no two share a full name. */
export function members(count: number, prefix = 'Membre'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${letters(i)} NOM${letters(i)}`);
}

function letters(index: number): string {
  let text = '';
  let n = index;
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

import type { Finding, Rule, RuleContext } from '../../../lib/rules/rule';

/** The findings of one rule on a record built from the patch. */
export function check(rule: Rule, patch: RecordPatch, context: RuleContext = {}): Finding[] {
  return rule.check(buildRecord(patch), context);
}

/** messageId, severity and data only: what a test asserts. */
export function brief(findings: Finding[]): Pick<Finding, 'messageId' | 'severity' | 'data'>[] {
  return findings.map(({ messageId, severity, data }) => ({ messageId, severity, data }));
}
