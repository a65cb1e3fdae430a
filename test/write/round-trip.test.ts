/**
 * What Paraphe writes, Paraphe reads back: the deliberation rendered in register style from a
 * record, read by the same reader a secretary's documents go through, gives the facts it was
 * written from (the judge's comparison, record-compare.ts). A writer phrase the reader does not
 * know would make a generated act look wrong when it is checked again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import type { CouncilRecord } from '../../lib/record/schema';
import { renderDeliberation } from '../../lib/write/deliberation-text';
import { compareRecord } from '../read/record-compare';
import { canteenRecord, fullEntRecord } from './record-fixtures';
import { lawfulRecord } from '../rules/support/lawful-record';

/** the facts a deliberation states (the convention's own fields are another document's) */
function statedFacts(record: CouncilRecord) {
  const { session, attendance, vote, deliberation, commune } = record;
  return {
    commune: { name: commune.name, department: commune.department },
    session: { date: session.date, time: session.time, place: session.place, president: session.president, convocationDate: session.convocationDate, secretary: session.secretary },
    attendance: {
      inOffice: attendance.inOffice, present: attendance.present, represented: attendance.represented, voters: attendance.voters,
      presentNames: attendance.presentNames, proxies: attendance.proxies, absentNames: attendance.absentNames,
    },
    vote: { for: vote.for, against: vote.against, abstentions: vote.abstentions },
    deliberation: { number: deliberation.number, subject: deliberation.subject },
  };
}

describe('a rendered deliberation reads back as the record it was written from', () => {
  for (const [name, make] of [['ENT-École record', fullEntRecord], ['canteen record', canteenRecord]] as const) {
    it(name, () => {
      const record = make();
      const { text } = renderDeliberation(record, { budgetYear: 2025 });
      const read = readDocument(text).record;
      expect(compareRecord(statedFacts(record) as never, read).problems).toEqual([]);
    });
  }
});

describe('any lawful record, rendered then read back (property)', () => {
  it('keeps every stated fact, from 7 to 69 members', () => {
    fc.assert(fc.property(lawfulRecord, (record) => {
      const { text } = renderDeliberation(record, { budgetYear: 2025 });
      expect(compareRecord(statedFacts(record) as never, readDocument(text).record).problems).toEqual([]);
    }), { numRuns: Number(process.env.PARAPHE_PROPERTY_RUNS ?? 60) });
  });
});
