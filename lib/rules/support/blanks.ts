import type { Blank, CouncilRecord } from '../../record/schema';

/** Blanks the reader recorded for one field ("Publié le" then nothing). */
export function blanksFor(record: CouncilRecord, field: string): Blank[] {
  return record.blanks.filter((blank) => blank.field === field);
}

/** Fields whose blanks have their own rule; any other date blank is `blank-date`'s. */
export const blankFieldsWithOwnRule: ReadonlySet<string> = new Set([
  'deliberation.publishedOn', 'deliberation.transmittedOn', 'deliberation.signedOn',
  'convention.signedOn', 'convention.endDate', 'vote.expressed',
]);
