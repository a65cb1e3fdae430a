/**
 * Labels and lists as other registers print them: letter-spaced capitals ("A B S E N T S :"),
 * counts in words, a proxy table (mandant / mandataire), a school card of labelled lines under
 * its UAI, "Présents pour ce point", "Convoqué en urgence le", "Date de transmission au contrôle
 * de légalité", a place followed by its reason, a total in words before its digits.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { normalizeText } from '../../lib/read/normalize';

const act = (lines: string[]) =>
  readDocument(['COMMUNE DE BEAUMONT-SUR-LOIRE', 'Délibération n° 2025-21', 'Séance du 14 avril 2025', ...lines].join('\n')).record;

describe('labels and counts', () => {
  it('reads letter-spaced capitals as one word, keeping the map', () => {
    const raw = 'A B S E N T S : M. Paul NOËL\nUAI A B C';
    const n = normalizeText(raw);
    expect(n.text).toBe('ABSENTS : M. Paul NOËL\nUAI A B C');
    for (let i = 0; i < n.text.length; i++) expect(raw[n.toOriginal(i)]).toBe(n.text[i]);
  });

  it('reads the lists under letter-spaced labels', () => {
    const record = act(['P R É S E N T S : Mme Odile FAURE, M. Rémi GARNIER.', 'A B S E N T : M. Hugo LANDRY.', 'Objet : ENT']);
    expect(record.attendance.presentNames).toEqual(['Odile FAURE', 'Rémi GARNIER']);
    expect(record.attendance.absentNames).toEqual(['Hugo LANDRY']);
  });

  it('reads counts written in words', () => {
    const record = act(['Conseillers en exercice : quinze', 'Conseillers présents : douze', 'Procurations : deux', 'Votants : quatorze', 'Objet : ENT']);
    expect(record.attendance).toMatchObject({ inOffice: 15, present: 12, represented: 2, voters: 14 });
  });

  it('does not read a sentence after a label as a count', () => {
    const record = act(['Présents : une majorité des membres en exercice', 'Objet : ENT']);
    expect(record.attendance.present).toBeNull();
  });

  it('reads "Présents pour ce point : 17"', () => {
    expect(act(['Présents pour ce point : 17', 'Objet : ENT']).attendance.present).toBe(17);
  });

  it('reads a proxy table with its header, in either column order', () => {
    const table = act(['Procurations', '', 'Mandant\tMandataire', 'Léa ROUX\tPaul VIDAL', 'Marc NOËL\tAnne SIMON', '', 'Objet : ENT']);
    expect(table.attendance.proxies).toEqual([
      { from: 'Léa ROUX', to: 'Paul VIDAL' },
      { from: 'Marc NOËL', to: 'Anne SIMON' },
    ]);
    const swapped = act(['Pouvoirs', 'Mandataire\tMandant', 'Paul VIDAL\tLéa ROUX', '', 'Objet : ENT']);
    expect(swapped.attendance.proxies).toEqual([{ from: 'Léa ROUX', to: 'Paul VIDAL' }]);
  });
});

describe('dates, place and total', () => {
  it('reads "Convoqué en urgence le 2 octobre 2025"', () => {
    expect(act(['Convoqué en urgence le 2 octobre 2025', 'Objet : ENT']).session.convocationDate).toBe('2025-10-02');
  });

  it('reads "Date de transmission au contrôle de légalité : 16/04/2025"', () => {
    expect(act(['Objet : ENT', 'Date de transmission au contrôle de légalité : 16/04/2025']).deliberation.transmittedOn).toBe('2025-04-16');
  });

  it('ends the place before the reason given for it', () => {
    const record = act(["Le conseil municipal s'est réuni à la salle des fêtes afin d'accueillir le public, sous la présidence de M. Rémi GARNIER, Maire.", 'Objet : ENT']);
    expect(record.session.place).toBe('salle des fêtes');
  });

  it('reads a total written in words before its digits, not the fee per school', () => {
    const record = act(['Objet : ENT', 'La participation de cinquante euros (50 €) par école, soit une somme de cent euros (100 €) pour deux écoles.']);
    expect(record.deliberation.total).toBe(100);
    expect(record.deliberation.feePerSchool).toBe(50);
  });
});

describe('school cards', () => {
  it('reads "UAI : …" followed by "Nom : …" and an e-mail line', () => {
    const { record } = readDocument([
      'CONVENTION ENT – ACADÉMIE DE DIJON',
      'Entre la région académique Bourgogne-Franche-Comté, représentée par M. Luc PERRIN, recteur,',
      "et la commune de Chaumont-le-Bois, représentée par Mme Ida ROY, maire.",
      'ANNEXE – ÉCOLES INSCRITES',
      '',
      'UAI : 0211234K',
      'Nom : École primaire Les Saules',
      'Adresse électronique : ce.0211234K@ac-dijon.fr',
      '',
      'UAI : 0215678Z',
      'Nom : École maternelle du Centre',
      'Adresse électronique : ce.0215678Z@ac-dijon.fr',
    ].join('\n'));
    expect(record.convention.schools).toEqual([
      { uai: '0211234K', name: 'École primaire Les Saules', email: 'ce.0211234K@ac-dijon.fr' },
      { uai: '0215678Z', name: 'École maternelle du Centre', email: 'ce.0215678Z@ac-dijon.fr' },
    ]);
  });
});
