import type { CouncilRecord } from '../../record/schema';
import type { RuleContext } from '../rule';

/**
 * Whether the document holds a deliberation / a convention: the reader says so in the context;
 * otherwise the record's own values tell. The `*-missing` rules of one kind stay silent on a
 * document of the other kind (a convention alone has no secrétaire de séance).
 */
export function hasDeliberation(record: CouncilRecord, context: RuleContext): boolean {
  if (context.kinds) return context.kinds.includes('deliberation');
  const { session, attendance, deliberation, vote } = record;
  return (
    session.date !== null || deliberation.subject !== null || deliberation.number !== null ||
    deliberation.actesId !== null || attendance.inOffice !== null || attendance.present !== null ||
    attendance.presentNames.length > 0 || vote.for !== null || vote.unanimous !== null
  );
}

export function hasConvention(record: CouncilRecord, context: RuleContext): boolean {
  if (context.kinds) return context.kinds.includes('convention');
  const { convention } = record;
  return (
    convention.schools.length > 0 || convention.feePerSchool !== null || convention.academy !== null ||
    convention.schoolYear !== null || convention.endDate !== null || convention.durationYears !== null ||
    convention.signedAt !== null
  );
}
