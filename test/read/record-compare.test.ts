import { describe, expect, it } from 'vitest';
import { compareFindings, compareRecord, fold, listScore, nameTokens, same, textSimilar } from './record-compare';

// Hand cases checked against ../shared/tools/score-extraction: the port must judge as the scorer does.
describe('record comparison (port of score-extraction)', () => {
  it('folds accents, case and punctuation like the scorer', () => {
    expect(fold('Écoles : l’ENT—Élémentaire')).toEqual(['ECOLES', 'L', 'ENT', 'ELEMENTAIRE']);
    expect(fold('JEAN-FRANÇOIS\u00a0Œuvre')).toEqual(['JEAN', 'FRANCOIS', 'UVRE']);
  });

  it('compares names as token sets without civilities', () => {
    expect(same('mayor', 'BERGIA Jean-Marc', 'M. Jean-Marc Bergia')).toBe(true);
    expect(same('secretary', 'Marlène PUCHE', 'Mme PUCHE Marlene')).toBe(true);
    expect(same('president', 'Marlène PUCHE', 'PUCHE')).toBe(false);
    expect(nameTokens('MMES CARISTAN Carole')).toEqual(['CARISTAN', 'CAROLE']);
    expect(listScore('presentNames', ['Jean DUPONT', 'Anne MARTIN'], ['Monsieur DUPONT Jean', 'Anne Martin', 'Paul X'])).toEqual({
      matched: 2,
      expectedCount: 2,
      reportedCount: 3,
    });
  });

  it('accepts free text at a token overlap of 0.8, articles ignored', () => {
    // 4 common tokens of 5 → 0.8: accepted
    expect(textSimilar('salle du conseil municipal', 'la salle du conseil municipal de')).toBe(true);
    expect(same('place', 'salle du conseil municipal', 'salle du conseil')).toBe(false);
    expect(same('subject', "Convention ENT de l'école", 'CONVENTION ENT DE ECOLE')).toBe(true);
    // "name" is a text key: a school name with the commune prefix fails when it dilutes the overlap
    expect(same('name', 'CHABAUD', 'COGOLIN CHABAUD')).toBe(false);
  });

  it('honours oneOf, null versus absent, and exact values', () => {
    expect(same('signedOn', { oneOf: [null, '2023-11-27'] }, undefined)).toBe(true);
    expect(same('signedOn', { oneOf: [null, '2023-11-27'] }, '2023-11-27')).toBe(true);
    expect(same('signedOn', { oneOf: [null, '2023-11-27'] }, '2023-11-28')).toBe(false);
    expect(same('absentNames', null, [])).toBe(true);
    expect(same('number', null, '')).toBe(true);
    expect(same('date', '2024-06-20', null)).toBe(false);
    expect(same('total', 164, 164.0)).toBe(true);
    expect(same('total', 164, '164')).toBe(false);
    expect(same('unanimous', true, true)).toBe(true);
    expect(same('unanimous', false, null)).toBe(false);
    expect(same('uai', '0310891A', '0310891a')).toBe(false);
  });

  it('scores a record leaf by leaf, lists as a whole', () => {
    const expected = {
      commune: { name: 'SAUBENS', siret: null },
      attendance: { proxies: [{ from: 'GARY Isabelle', to: 'MALAVAL Claude' }], absentNames: [] },
      convention: { schools: [{ uai: '0310891A', name: 'E.E.PU LE PETIT PRINCE SAUBENS' }] },
    };
    const actual = {
      commune: { name: 'Saubens' },
      attendance: { proxies: [{ from: 'Mme Isabelle GARY', to: 'M. MALAVAL Claude' }], absentNames: ['X Y'] },
      convention: { schools: [{ uai: '0310891A', name: 'E.E.PU le Petit Prince - SAUBENS', email: null }] },
    };
    const result = compareRecord(expected, actual);
    expect(result.passed).toBe(4);
    expect(result.failed).toBe(1);
    expect(result.problems).toEqual(['attendance.absentNames: matched 0/0, reported 1 (extra ["X Y"])']);
  });

  it('judges findings: must with its severity, mustNot only at warning or error', () => {
    const result = compareFindings(
      { must: [{ rule: 'quorum', severity: 'error' }, { rule: 'in-office-missing', severity: 'info' }], mustNot: ['uai-checksum', 'name-variant'] },
      [
        { rule: 'quorum', severity: 'warning' },
        { rule: 'in-office-missing', severity: 'info' },
        { rule: 'name-variant', severity: 'info' },
      ],
    );
    expect(result.passed).toBe(3);
    expect(result.failed).toBe(1);
    expect(result.problems[0]).toContain('quorum (error) not reported (reported as warning)');
  });
});
