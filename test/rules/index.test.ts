import { describe, expect, it } from 'vitest';
import { checkRecord, compareFindings, interpolate, renderFinding, runRules } from '../../lib/rules/index';
import { emptyRecord } from '../../lib/record/empty-record';
import { buildRecord, members } from './support/record-builder';

describe('rules index', () => {
  it('says nothing about an empty record (nothing read, nothing to judge)', () => {
    expect(checkRecord(emptyRecord())).toEqual([]);
  });

  it('renders the French message with its data and the rule\'s basis, English on request', () => {
    const [finding] = runRules(buildRecord({ session: { date: '2024-06-20', secretary: 'A B', convocationDate: '2024-06-14' }, deliberation: { subject: 'x' }, attendance: { inOffice: 18, present: 9 } }));
    expect(finding?.rule).toBe('quorum');
    const french = renderFinding(finding!);
    expect(french.message).toBe(
      'Quorum non atteint : 9 présents pour 18 membres en exercice ; il en faut au moins 10 (article L2121-17 du CGCT). Vérifiez le nombre de présents, ou indiquez que la séance fait suite à une seconde convocation faute de quorum.',
    );
    expect(french.basis).toContain('L2121-17');
    expect(renderFinding(finding!, 'en').message).toMatch(/^Quorum not reached: 9 present out of 18/);
  });

  it('keeps an unknown placeholder visible rather than dropping it', () => {
    expect(interpolate('{a} et {b}', { a: 1 })).toBe('1 et {b}');
  });

  it('sorts errors, then warnings, then infos, then by field', () => {
    const record = buildRecord({
      session: { date: '2024-06-20' },
      attendance: { inOffice: 18, present: 9, presentNames: members(9) },
      blanks: [{ field: 'vote.expressed', evidence: 'exprimés' }],
    });
    const findings = checkRecord(record);
    const ranks = findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(findings[0]?.rule).toBe('quorum');
    expect(findings.at(-1)?.severity).toBe('info');
    const sorted = [...findings].sort(compareFindings);
    expect(sorted).toEqual(findings);
  });
});
