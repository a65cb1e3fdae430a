import { describe, expect, it } from 'vitest';
import { runRules } from '../../lib/rules/index';
import { loadSeedExpectations } from './support/seed-records';
import { hasSharedMaterial } from '../support/shared-material';

/**
 * The five seeds as a careful human reads them (../shared/expected): every `must` finding
 * is reported at its severity; no `mustNot` rule fires at warning or error.
 */
describe.skipIf(!hasSharedMaterial)('seed expectations', () => {
  for (const seed of hasSharedMaterial ? loadSeedExpectations() : []) {
    describe(seed.name, () => {
      const findings = runRules(seed.record, { kinds: seed.kinds });
      for (const must of seed.must) {
        it(`reports ${must.rule} (${must.severity})`, () => {
          expect(findings.filter((f) => f.rule === must.rule).map((f) => f.severity)).toContain(must.severity);
        });
      }
      it('reports none of the mustNot rules at warning or error', () => {
        const wrong = findings.filter((f) => seed.mustNot.includes(f.rule) && f.severity !== 'info');
        expect(wrong).toEqual([]);
      });
    });
  }
});
