import { describe, expect, it } from 'vitest';
import { undoLayout } from '../../lib/read/text-layout';
import { normalizeText } from '../../lib/read/normalize';
import { readDocument } from '../../lib/read/index';

const twoColumns = [
  '   Nombre de membres                L\'an deux mille vingt-cinq, le treize mars à dix-neuf',
  '   en exercice : 27                 heures, le conseil municipal de la commune de Saint-',
  '   présents : 21                    Genest-les-Monts, dûment convoqué, s\'est réuni en séance',
  '   votants : 25                     à la salle du conseil de la mairie, sous la présidence',
  '                                    de M. ROCHETTE Gilles, maire.',
  '',
  '   Votants : 25        Pour : 25        Contre : 0        Abstention : 0',
].join('\n');

describe('page layout', () => {
  it('reads two columns one after the other and joins words hyphenated at a line end', () => {
    const { text } = normalizeText(twoColumns);
    expect(text).toContain('Nombre de membres\nen exercice : 27\nprésents : 21\nvotants : 25\n');
    expect(text).toContain('commune de Saint-Genest-les-Monts');
  });

  it('turns wide gaps of a table row into cells, not columns', () => {
    expect(normalizeText(twoColumns).text).toContain('Votants : 25\tPour : 25\tContre : 0\tAbstention : 0');
  });

  it('maps every character back to the original text', () => {
    const n = normalizeText(twoColumns);
    for (let i = 0; i < n.text.length; i++) {
      const ch = n.text[i]!;
      const original = twoColumns[n.toOriginal(i)]!;
      if (ch !== ' ' && ch !== '\n' && ch !== '\t') expect(original, `${i}`).toBe(ch);
    }
  });

  it('reads the record from such a page', () => {
    const { record } = readDocument(`EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\n${twoColumns}`);
    expect([record.attendance.inOffice, record.attendance.present, record.attendance.voters]).toEqual([27, 21, 25]);
    expect(record.session.date).toBe('2025-03-13');
    expect(record.session.time).toBe('19:00');
    expect(record.session.place).toBe('salle du conseil de la mairie');
    expect(record.session.president).toBe('ROCHETTE Gilles');
    expect([record.vote.for, record.vote.against, record.vote.abstentions]).toEqual([25, 0, 0]);
  });
});

describe('a register with a margin column (pdftotext -layout)', () => {
  const page = [
    'Nombre de          L’an deux mille vingt-cinq, le quatorze janvier, le Conseil',
    'conseillers        municipal s’est réuni à la mairie.',
    'en exercice : 11',
    'votants : 10     Date de convocation : 08/01/2025',
    '',
    '                   Présents : MM. Didier VAUTRIN, Pascal GÉRARD, Mme Élodie CUNY,',
    'Délibération       M. Joël PIERREL, Mmes Sandrine MANGIN, MM. Hervé',
    'n° 2025-003        CLAUDEL, Bruno FRANÇOIS.',
    '',
    '                   Absents excusés : M. Romain THIRIET.',
    'Acte rendu',
    'exécutoire         Secrétaire de séance : Mme Élodie CUNY.',
  ].join('\n');
  const text = undoLayout(page)!.text;

  it('reads the margin, then the act, without losing a character of a line that starts early', () => {
    expect(text).toContain('Date de convocation : 08/01/2025');
    expect(text).toContain('Délibération\nn° 2025-003');
  });

  it('keeps a list whole when the block opens on a line of the right column alone', () => {
    expect(text).toContain('Présents : MM. Didier VAUTRIN, Pascal GÉRARD, Mme Élodie CUNY,\nM. Joël PIERREL, Mmes Sandrine MANGIN, MM. Hervé\nCLAUDEL, Bruno FRANÇOIS.');
    expect(text.indexOf('Absents excusés')).toBeGreaterThan(text.indexOf('CLAUDEL'));
  });
});
