import { describe, expect, it } from 'vitest';
import { parseActesId } from '../../lib/identifiers/actes-id';
import { canonicalDepartment } from '../../lib/identifiers/department';
import { compactIdentifier, siretProblem } from '../../lib/identifiers/siret';
import { uaiInEmail, uaiValid } from '../../lib/identifiers/uai';
import { nameKey, nameVariant } from '../../lib/names/person-name';
import { checkRecord } from '../../lib/rules/index';
import { emptyRecord } from '../../lib/record/empty-record';

/** Values typed in the panel or read from a broken PDF may be huge and repetitive: no pattern may blow up. */
const megabyte = 1_000_000;
const hostile = [' '.repeat(megabyte), '-'.repeat(megabyte), ' -'.repeat(megabyte / 2), '0'.repeat(megabyte), 'a_'.repeat(megabyte / 2), 'é'.repeat(megabyte)];

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('hostile input', () => {
  it('identifier and name helpers stay linear on 1 MB', () => {
    for (const input of hostile) {
      expect(timed(() => {
        parseActesId(input);
        canonicalDepartment(input);
        siretProblem(compactIdentifier(input));
        uaiInEmail(input);
        uaiValid(input);
        nameKey(input);
        nameVariant(input, `${input}x`);
      })).toBeLessThan(2000);
    }
  });

  it('the rules stay fast on a record full of 1 MB values', () => {
    const record = emptyRecord();
    const huge = 'a_-'.repeat(megabyte / 3);
    record.deliberation = { ...record.deliberation, actesId: huge, actesNumber: huge, subject: huge, number: huge };
    record.commune = { ...record.commune, siret: huge, siren: huge, department: huge };
    record.convention = { ...record.convention, schoolYear: huge, schools: [{ uai: huge, name: huge, email: huge }] };
    record.attendance = { ...record.attendance, presentNames: [huge], proxies: [{ from: huge, to: `${huge}b` }] };
    let findings: ReturnType<typeof checkRecord> = [];
    expect(timed(() => { findings = checkRecord(record); })).toBeLessThan(3000);
    expect(findings.some((finding) => finding.rule === 'actes-number-format')).toBe(true);
  });
});
