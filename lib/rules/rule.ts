import type { CouncilRecord, FieldPath, Kind } from '../record/schema';

export type Severity = 'error' | 'warning' | 'info';

/** A finding as data; wording lives in lib/messages/{fr,en}.ts keyed by messageId. */
export interface Finding {
  rule: string;
  severity: Severity;
  field: FieldPath;
  messageId: string;
  data: Record<string, string | number>;
  /** the words of the document (or of the draft) that show the problem */
  evidence?: string;
}

/** A finding with its French message and legal basis, as `check --json` prints it. */
export interface RenderedFinding extends Finding {
  message: string;
  basis: string;
}

export interface RuleContext {
  /** today, ISO, for rules that compare with the present (injected for tests) */
  today?: string;
  /** what the document holds, when the reader knows (silences the *-missing rules of the other kind) */
  kinds?: Kind[];
}

export interface Rule {
  id: string;
  severity: Severity;
  /** record keys the rule looks at; the first is where its findings point */
  fields: FieldPath[];
  /** legal basis, as rules.md gives it (e.g. "CGCT L2121-17") */
  basis: string;
  check(record: CouncilRecord, context: RuleContext): Finding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
