import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthCrisisWindowOn, isUncertainHealthCrisisDay } from '../../lib/calendar/health-crisis';
import { checkRecord } from '../../lib/rules/index';
import type { CouncilRecord } from '../../lib/record/schema';
import { lawfulRecord } from './support/lawful-record';

/**
 * Zero false alarms: any lawful, consistent deliberation + convention (quorum reached, proxies
 * to members present, sums right, delay kept, identifiers valid, amounts right) gets no error
 * and no warning from any rule, whatever its size and date.
 */
describe('consistent, lawful records', () => {
  it('get no error and no warning', () => {
    fc.assert(
      fc.property(lawfulRecord, (record) => {
        const alarms = checkRecord(record).filter((finding) => finding.severity !== 'info');
        expect(alarms.map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      }),
      { numRuns: Number(process.env.PARAPHE_PROPERTY_RUNS ?? 300) },
    );
  });
});

/** One fact broken in a lawful record: its rule fires at error. */
const breakages: [string, (record: CouncilRecord) => CouncilRecord | null][] = [
  // (on the days where the crisis regime may or may not apply, the rule only warns, by design)
  ['quorum', (r) => healthCrisisWindowOn(r.session.date) || isUncertainHealthCrisisDay(r.session.date) || r.attendance.inOffice === null ? null
    : { ...r, attendance: { ...r.attendance, present: Math.floor(r.attendance.inOffice / 2) } }],
  ['votes-sum', (r) => ({ ...r, vote: { ...r.vote, for: (r.vote.for ?? 0) + 1 } })],
  ['expressed-sum', (r) => ({ ...r, vote: { ...r.vote, expressed: (r.vote.expressed ?? 0) + 1 } })],
  ['uai-checksum', (r) => {
    const [school, ...others] = r.convention.schools;
    if (!school) return null;
    const wrong = school.uai[7] === 'A' ? 'B' : 'A';
    return { ...r, convention: { ...r.convention, schools: [{ ...school, uai: school.uai.slice(0, 7) + wrong }, ...others] } };
  }],
  ['siret-checksum', (r) => {
    const siret = r.commune.siret as string;
    return { ...r, commune: { ...r.commune, siret: siret.slice(0, 13) + ((Number(siret[13]) + 1) % 10) } };
  }],
  ['amount-total', (r) => ({ ...r, convention: { ...r.convention, total: (r.convention.total ?? 0) + 1 } })],
  ['proxy-holder-absent', (r) => {
    const [proxy, ...others] = r.attendance.proxies;
    if (!proxy) return null;
    return { ...r, attendance: { ...r.attendance, proxies: [{ ...proxy, to: 'Quelquun DAUTRE' }, ...others] } };
  }],
  // the id dated the day before the session: a valid date (a year back from 29 February is not one,
  // and would rightly fire actes-id-format instead)
  ['actes-id-date', (r) => ({ ...r, deliberation: { ...r.deliberation, actesId: (r.deliberation.actesId as string).replace(/-(\d{4})(\d{2})(\d{2})-/, (_, y: string, m: string, d: string) => `-${new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) - 1)).toISOString().slice(0, 10).replace(/-/g, '')}-`) } })],
  ['date-order', (r) => ({ ...r, session: { ...r.session, convocationDate: '2031-01-01' } })],
];

describe('lawful records with one fact broken', () => {
  for (const [ruleId, breakRecord] of breakages) {
    it(`fire ${ruleId}`, () => {
      fc.assert(
        fc.property(lawfulRecord, (record) => {
          const broken = breakRecord(record);
          if (broken === null) return;
          const errors = checkRecord(broken).filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
          expect(errors).toContain(ruleId);
        }),
        { numRuns: Number(process.env.PARAPHE_PROPERTY_RUNS ?? 100) },
      );
    });
  }
});
