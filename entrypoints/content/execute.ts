/**
 * Executes a fill plan on the page. Placeholder until the site-adapter work: fills nothing.
 */
import type { FillPlan, FillReport } from '../../lib/sites/snapshot';

export function executeFillPlan(_doc: Document, plan: FillPlan): FillReport {
  return { filled: [], skipped: plan.actions.map((a) => ({ fieldId: a.fieldId, reason: 'not-implemented' })) };
}
