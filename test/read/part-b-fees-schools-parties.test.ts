/**
 * Amounts, schools, counts and parties in phrasings of other communes: a fee in words, a dot as
 * thousands separator, "la participation est de", school lines with a dash bullet and a lower-case
 * UAI followed by the address, counts on one line ("1 représenté"), "ayant pris part à la
 * délibération", a commune nouvelle, a SIVOS, the mayor named "(Maire)" in a list, the address
 * and department of the commune party.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { patterns } from '../../lib/patterns';

const deliberation = (lines: string[]) =>
  readDocument(['COMMUNE DE VILLERS-LE-PRÉ', 'Délibération n° 2025-14', 'Séance du 3 avril 2025', ...lines].join('\n')).record;

describe('fees and totals', () => {
  it('reads a fee written in words with its digits in parentheses', () => {
    const record = deliberation(['La commune verse une contribution de soixante euros (60,00 € TTC) par école et par an.']);
    expect(record.deliberation.feePerSchool).toBe(60);
  });

  it('reads a fee written only in words', () => {
    const record = deliberation(['Le coût est de trente-cinq euros par école.']);
    expect(record.deliberation.feePerSchool).toBe(35);
  });

  it('reads "un montant annuel de 2.460,00 €" (dot between thousands)', () => {
    const record = deliberation(['Le forfait est de 205,00 € par école, soit pour les 12 écoles un montant annuel de 2.460,00 €.']);
    expect(record.deliberation.total).toBe(2460);
    expect(record.deliberation.feePerSchool).toBe(205);
  });

  it('reads "la participation est de 40 € pour l\'école"', () => {
    const record = deliberation(["La participation est de 40 € pour l'école du village (1 école)."]);
    expect(record.deliberation.total).toBe(40);
  });

  it('does not take a fee per school for a total', () => {
    const record = deliberation(['La participation est de 40 € par école.']);
    expect(record.deliberation.total).toBeNull();
  });
});

describe('counts', () => {
  it('reads "9 présents, 1 représenté, 10 votants" on one line', () => {
    const record = deliberation(['Nombre de conseillers : 11 en exercice, 9 présents, 1 représenté, 10 votants.']);
    expect(record.attendance).toMatchObject({ inOffice: 11, present: 9, represented: 1, voters: 10 });
  });

  it('reads "ayant pris part à la délibération : 12"', () => {
    const record = deliberation(['Nombre de membres : en exercice : 13 ; présents : 11 ; ayant pris part à la délibération : 12']);
    expect(record.attendance.voters).toBe(12);
  });

  it('reads a count whose colon and value wrapped to the next line', () => {
    const record = deliberation(['En exercice : 15 - Présents : 12 - Votants', ': 13']);
    expect(record.attendance.voters).toBe(13);
  });
});

describe('schools of the convention', () => {
  const convention = (schoolLines: string[]) =>
    readDocument([
      'CONVENTION ENT PREMIER DEGRÉ – ACADÉMIE DE LYON',
      'Entre la région académique Auvergne-Rhône-Alpes, représentée par M. Paul ROCHE, recteur,',
      'et la commune de Saint-Pierre-la-Roche, 2 place de l\'Église, 07400 SAINT-PIERRE-LA-ROCHE, représentée par Mme Jeanne BLANC, maire.',
      'Article 1 – Écoles concernées',
      ...schoolLines,
      'Article 2 – Participation financière',
      'La commune verse 50 € par école.',
    ].join('\n')).record;

  it('reads "- 0071234x – École …, address, postal code" lines (the code in upper case)', () => {
    const record = convention([
      '- 0071234x – École primaire du Village, 3 rue des Écoles, 07400 Saint-Pierre-la-Roche',
      '- 0075678b – École maternelle Les Tilleuls, Le Bourg, 07400 Saint-Pierre-la-Roche',
    ]);
    expect(record.convention.schools.map((s) => [s.uai, s.name])).toEqual([
      ['0071234X', 'École primaire du Village'],
      ['0075678B', 'École maternelle Les Tilleuls'],
    ]);
  });

  it('drops the commune printed after the school name, even before the commune is read', () => {
    const record = convention(['UAI 0071234X – École primaire Jules-Ferry – Saint-Pierre-la-Roche']);
    expect(record.convention.schools[0]?.name).toBe('École primaire Jules-Ferry');
  });

  it('reads the commune party: address ending a sentence, department from the postal code', () => {
    const record = convention(['- 0071234X – École du Village']);
    expect(record.commune.address).toBe("2 place de l'Église, 07400 SAINT-PIERRE-LA-ROCHE");
    expect(record.commune.department).toBe('07');
  });
});

describe('the collectivité and its mayor', () => {
  it('reads "COMMUNE NOUVELLE DE X" and the mayor named "(Maire)" in a list', () => {
    const { record } = readDocument([
      'COMMUNE NOUVELLE DE VAL-DE-LOIRE-ET-CHER',
      'Délibération n° 2025-40',
      'Conseil municipal du 2 juin 2025',
      'Sous la présidence de M. Paul GIRARD, premier adjoint, le conseil municipal s\'est réuni.',
      'Présents : Paul GIRARD, Anne LEROUX, Marc BLOND.',
      'Représentés : Jean MARTIN (Maire) par Paul GIRARD.',
      'Objet : ENT',
    ].join('\n'));
    expect(record.commune.name).toBe('VAL-DE-LOIRE-ET-CHER');
    expect(record.commune.mayor).toBe('Jean MARTIN');
    expect(record.session.president).toBe('Paul GIRARD');
  });

  it('takes the SIVOS named above its description, not the description', () => {
    const { record } = readDocument([
      'SIVOS DES DEUX RIVIÈRES',
      'Syndicat intercommunal à vocation scolaire',
      'REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
      'Délibération n° 2025-03',
      'Séance du 10 mars 2025',
      'Le comité syndical, réuni sous la présidence de M. Luc MOREL, Président, à l\'unanimité, approuve la convention ENT.',
    ].join('\n'));
    expect(record.commune.name).toBe('SIVOS DES DEUX RIVIÈRES');
  });

  it('the present mayor presides when the act names no president (CGCT L2121-14)', () => {
    const { record } = readDocument([
      'COMMUNE DE BELLEVUE',
      'Délibération n° 2025-07',
      'Séance du 6 mai 2025',
      'Étaient présents : M. Hervé COLIN (Maire), Mme Lucie DAVID, M. Yves ROBERT.',
      'Objet : ENT',
      'Le conseil municipal, à l\'unanimité, approuve la convention.',
      'Le Maire, Hervé COLIN',
    ].join('\n'));
    expect(record.session.president).toBe('Hervé COLIN');
  });

  it('a place ends before the manner of the session', () => {
    const { record } = readDocument([
      'COMMUNE DE BELLEVUE',
      'Délibération n° 2025-08',
      'Le 6 mai 2025 à 20 heures, le conseil municipal s\'est réuni en mairie en séance publique sous la présidence de M. Hervé COLIN, Maire.',
      'Objet : ENT',
    ].join('\n'));
    expect(record.session.place).toBe('mairie');
  });

  it('the mayor-in-parentheses pattern stays on names', () => {
    const m = [...'Représentés : Jean MARTIN (Maire) par X ; Anne ROY (le maire)'.matchAll(patterns.mayorInParentheses)].map((x) => x[1]);
    expect(m).toEqual(['Jean MARTIN', 'Anne ROY']);
  });
});
