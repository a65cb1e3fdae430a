/**
 * Procès-verbaux that record several acts: the number, object and vote of the act about the ENT
 * (else the first decided act) are read inside that act only. Invented documents of the genre.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { agendaItemsIn, chosenAgendaItem } from '../../lib/read/agenda-items';

const header = [
  'COMMUNE DE SAINT-MARTIN-DES-PRÉS',
  '',
  'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 4 MARS 2025',
  '',
  'Le quatre mars deux mille vingt-cinq, à 19 h 00, le conseil municipal s’est réuni en mairie sous la présidence de Mme Anne MARTEAU, maire.',
  'En exercice : 11 – Présents : 9 – Représentés : 1 – Votants : 10',
  'Secrétaire de séance : M. Paul DUVAL.',
  '',
  'Le compte rendu de la séance précédente est approuvé à l’unanimité.',
  '',
];

function read(lines: string[]) {
  return readDocument(lines.join('\n')).record;
}

describe('procès-verbal with several items', () => {
  const pointsDoc = [
    ...header,
    'Point n° 1 : Vente d’un terrain communal',
    'Après en avoir délibéré, le conseil municipal décide la vente par 7 voix pour et 3 voix contre.',
    '',
    'Point n° 2 : Adhésion à l’espace numérique de travail des écoles',
    'Madame la maire présente la convention proposée par l’académie pour l’école publique.',
    'Après en avoir délibéré, le conseil municipal approuve la convention à l’unanimité.',
    '',
    'Point n° 3 : Tarifs de la cantine',
    'Adopté par 8 voix pour et 2 abstentions.',
    '',
    'La séance est levée à 21 h 15.',
  ];

  it('reads the vote of the ENT item only, not the sums of all items', () => {
    const record = read(pointsDoc);
    expect(record.vote.unanimous).toBe(true);
    expect(record.vote.for).toBeNull();
    expect(record.vote.against).toBeNull();
    expect(record.vote.abstentions).toBeNull();
  });

  it('finds the items and chooses the one about the ENT', () => {
    const text = pointsDoc.join('\n');
    const items = agendaItemsIn(text, { start: 0, end: text.length });
    expect(items).toHaveLength(3);
    const chosen = chosenAgendaItem(text, { start: 0, end: text.length })!;
    expect(text.slice(chosen.start, chosen.headingEnd)).toBe('Point n° 2 : Adhésion à l’espace numérique de travail des écoles');
    // the last item stops where the session is closed
    expect(text.slice(items![2]!.start, items![2]!.end)).not.toContain('levée');
  });

  it('reads the act number and the object from the chosen item heading', () => {
    const record = read([
      ...header,
      '1) DEL 2025-011 – URBANISME – Révision du plan local d’urbanisme',
      'Adoptée par 9 voix pour et 1 voix contre.',
      '',
      '2) DEL 2025-012 – ÉCOLES – Convention ENT premier degré avec la région académique',
      'Monsieur le maire expose que la convention couvre l’année scolaire 2025-2026 pour les deux écoles de la commune.',
      'Le conseil municipal, après en avoir délibéré, approuve la convention par 10 voix pour.',
      '',
      '3) DEL 2025-013 – VOIRIE – Programme 2025',
      'Adoptée à l’unanimité.',
    ]);
    expect(record.deliberation.number).toBe('2025-012');
    expect(record.deliberation.subject).toContain('Convention ENT premier degré avec la région académique');
    expect(record.deliberation.subject).not.toContain('expose');
    expect(record.vote.for).toBe(10);
    expect(record.vote.against).toBeNull();
    expect(record.vote.unanimous).toBeNull();
  });

  it('finds the ENT item by its body when its heading does not say so', () => {
    const record = read([
      ...header,
      'N° 2025-020 – Travaux de voirie : demande de subvention',
      'Le conseil municipal, après en avoir délibéré, sollicite l’aide du département par 9 voix pour et 1 abstention.',
      '',
      'N° 2025-021 – Écoles : outils numériques',
      'Madame la maire présente l’espace numérique de travail proposé par l’académie aux écoles publiques.',
      'Le conseil municipal, après en avoir délibéré, approuve la convention par 10 voix pour.',
    ]);
    expect(record.deliberation.number).toBe('2025-021');
    expect(record.vote.for).toBe(10);
    expect(record.vote.abstentions).toBeNull();
  });

  it('reads the vote table of the ENT item, not the first table of the minutes', () => {
    const record = read([
      ...header,
      '1. Budget annexe de l’assainissement',
      'Après en avoir délibéré, le conseil municipal vote le budget annexe.',
      'Pour\tContre\tAbstentions',
      '6\t3\t1',
      '',
      '2. Convention ENT avec la région académique',
      'Après en avoir délibéré, le conseil municipal approuve la convention.',
      'Pour\tContre\tAbstentions',
      '9\t0\t1',
    ]);
    expect(record.vote.for).toBe(9);
    expect(record.vote.against).toBe(0);
    expect(record.vote.abstentions).toBe(1);
  });

  it('takes the first decided item when none is about the ENT or a convention', () => {
    const record = read([
      ...header,
      'Objet : Subvention au comité des fêtes',
      'Le conseil municipal, après en avoir délibéré, accorde 500 € par 6 voix pour et 4 voix contre.',
      '',
      'Objet : Indemnité du receveur',
      'Le conseil municipal, après en avoir délibéré, refuse l’indemnité à l’unanimité.',
    ]);
    expect(record.deliberation.subject).toBe('Subvention au comité des fêtes');
    expect(record.vote.for).toBe(6);
    expect(record.vote.against).toBe(4);
    expect(record.vote.unanimous).toBeNull();
  });

  it('keeps a single act whole: a numbered list of decisions is not a list of items', () => {
    const record = read([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Délibération n° 2025-020',
      'Objet : Convention relative à l’ENT des écoles',
      'Le conseil municipal, après en avoir délibéré, par 12 voix pour et 1 abstention :',
      '1. Approuve la convention, adoptée sans modification ;',
      '2. Autorise le maire à la signer, la dépense étant adoptée au budget.',
    ]);
    expect(record.vote.for).toBe(12);
    expect(record.vote.abstentions).toBe(1);
    expect(record.deliberation.number).toBe('2025-020');
  });

  it('does not take a page footer repeating the act number, nor a wrapped "délibération n°", for items', () => {
    const text = [
      'DÉLIBÉRATION N° 2025-031 – Adhésion à l’ENT',
      'Le conseil municipal, vu la convention, et conformément à la procédure prévue par la',
      'délibération n° 2019-007 du 3 mai 2019 relative aux marchés, adopte la convention.',
      'DÉLIBÉRATION N° 2025-031 – page 1/2',
      'Pour : 10 – Contre : 0 – Abstentions : 1. Adopté.',
    ].join('\n');
    expect(agendaItemsIn(text, { start: 0, end: text.length })).toBeNull();
    const record = readDocument(text).record;
    expect(record.deliberation.number).toBe('2025-031');
    expect(record.vote.for).toBe(10);
  });
});
