/** Whether a record is about an ENT-École convention (the standard exposé, classification 8.1). */
import type { CouncilRecord } from '../record/schema';

// "ENT", "ENT-École", "espace/environnement numérique de travail"; bounded, no nested repetition
const entPattern = /\bENT\b|environnement num[ée]rique de travail|espace num[ée]rique de travail/i;

export function isEntEcole(record: CouncilRecord): boolean {
  const { convention, deliberation } = record;
  if (deliberation.subject && entPattern.test(deliberation.subject)) return true;
  // the convention facts the reader fills only for an ENT-École convention (fee per school, schools by UAI)
  return convention.feePerSchool !== null || convention.schools.length > 0 || (convention.schoolYear !== null && convention.academy !== null);
}
