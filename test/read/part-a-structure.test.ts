/**
 * Deliberations that never say "conseil municipal … décide": minutes extracts, numbered acts,
 * roll-call votes; the act number after a session line; objects in text wrapped at 60 columns;
 * the department written alone in the heading. Invented documents of the genre.
 */
import { describe, expect, it } from 'vitest';
import { detectKinds } from '../../lib/read/detect-kinds';
import { readDocument } from '../../lib/read/index';
import { departmentInHeading } from '../../lib/read/departments';

describe('deliberation detection', () => {
  it('tells a minutes extract with a numbered act and a roll-call vote', () => {
    const text = [
      'VILLE DE PONT-SUR-LOIRE',
      'EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS',
      'Séance du 12 février 2025',
      'Délibération 2025-014 – Objet : Participation aux frais de l’ENT',
      'Ont voté pour (9) : M. A, Mme B.',
      'Ont voté contre (1) : M. C.',
    ].join('\n');
    expect(detectKinds(text)).toEqual(['deliberation']);
  });

  it('tells each signal alone', () => {
    for (const line of [
      'PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL du 2 juin 2025',
      'DCM 2024/87 – Tarifs de la garderie',
      'La délibération est adoptée par 14 voix pour.',
      'En exercice : 15     Votants : 14',
    ]) {
      expect(detectKinds(`Commune de Vals\n${line}\nTexte sans autre indice, assez long pour être lu.`), line).toEqual(['deliberation']);
    }
  });

  it('does not take other minutes or a mention of a deliberation for one', () => {
    expect(detectKinds('Procès-verbal du conseil d’école du 3 mars 2025\nLes parents remercient l’équipe enseignante.')).toEqual([]);
    expect(detectKinds('Note aux familles : la délibération 2025-03 sera affichée en mairie la semaine prochaine.')).toEqual([]);
  });
});

describe('deliberation number and object', () => {
  it('reads the number after the session date on the same line, despite the hyphen', () => {
    const record = readDocument(
      [
        'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
        'Séance du 9 avril 2025 - Délibération n° 2025-044',
        'Objet : Convention ENT - année scolaire 2025-2026',
        'Après en avoir délibéré, le conseil municipal approuve à l’unanimité.',
      ].join('\n'),
    ).record;
    expect(record.deliberation.number).toBe('2025-044');
  });

  it('stops the object before the body in text wrapped at 60 columns', () => {
    const record = readDocument(
      [
        'EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL',
        'Délibération n° 2025-051',
        'Objet : Espace numérique de travail du premier degré -',
        'convention avec la région académique pour l’année 2025-2026',
        'Monsieur le Maire rappelle que les deux écoles de la commune',
        'utilisent l’ENT depuis la rentrée. Après en avoir délibéré,',
        'le conseil municipal approuve la convention à l’unanimité.',
      ].join('\n'),
    ).record;
    expect(record.deliberation.subject).toBe(
      "Espace numérique de travail du premier degré - convention avec la région académique pour l'année 2025-2026",
    );
  });
});

describe('department written alone in the heading', () => {
  it('reads a department name on its own line or after the commune name', () => {
    expect(departmentInHeading('COMMUNE DE LANGON\nGironde\n\nSéance du …')?.code).toBe('33');
    expect(departmentInHeading('COMMUNE DE SAINT-PIERRE – CHARENTE-MARITIME (17)\n')?.code).toBe('17');
    expect(departmentInHeading('Mairie de Vals - Ardèche\n')?.code).toBe('07');
    expect(departmentInHeading('MAIRIE DE CRAON\nDépartement : Mayenne\n')?.code).toBe('53');
    expect(departmentInHeading('Commune de Fougères, Ille-et-Vilaine\n')?.code).toBe('35');
  });

  it('needs a whole name, and not the end of "Mairie de"', () => {
    expect(departmentInHeading('COMMUNE DE MONTAGNAC\nCharente-Maritimes et environs\n')).toBeNull();
    expect(departmentInHeading('Mairie de\nVienne\n')).toBeNull();
    expect(departmentInHeading('COMMUNE DE LA LOIRE-SUR-MER\n')).toBeNull();
    expect(departmentInHeading('Ville de\nVienne (38)\n')).toBeNull();
    expect(departmentInHeading('VILLE DE SAINT-ROMAIN – Vienne (38)\n')).toBeNull();
  });

  it('fills the record when no other source gives the department', () => {
    const record = readDocument(
      [
        'COMMUNE DE BAZOUGES-LA-VALLÉE',
        'Mayenne',
        '',
        'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
        'Objet : Convention ENT',
        'Après en avoir délibéré, le conseil municipal approuve la convention à l’unanimité.',
      ].join('\n'),
    ).record;
    expect(record.commune.department).toBe('53');
  });
});

describe('count table flattened into two columns', () => {
  const table = [
    'Nombre de conseillers en exercice :',
    'Nombre de conseillers présents :',
    'Nombre de procurations :',
    'SCRUTIN : Pour :',
    'Contre :',
    'Abstentions :',
    '19',
    '16',
    '2',
    '17',
    '1',
    '0',
  ];
  const around = (lines: string[]) =>
    readDocument(
      ['EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', 'Délibération n° 2024-101', '', ...lines, '', 'Objet : Convention ENT', 'Après en avoir délibéré, le conseil municipal approuve la convention.'].join('\n'),
    ).record;

  it('pairs each label with the value in the same position', () => {
    const record = around(table);
    expect(record.attendance.inOffice).toBe(19);
    expect(record.attendance.present).toBe(16);
    expect(record.attendance.represented).toBe(2);
    expect(record.vote.for).toBe(17);
    expect(record.vote.against).toBe(1);
    expect(record.vote.abstentions).toBe(0);
  });

  it('reads nothing when the columns do not have the same length', () => {
    const record = around([...table.slice(0, 11)]);
    expect(record.vote.for).toBeNull();
    expect(record.vote.against).toBeNull();
    expect(record.attendance.inOffice).toBeNull();
  });
});

describe('segmentation: the object is not the convention', () => {
  const deliberation = [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
    'Délibération n° 2025-12',
    'Objet :',
    'Convention relative à l’ENT des écoles – année scolaire 2025-2026',
    '',
    'Le conseil municipal, après en avoir délibéré, à l’unanimité :',
    'Article 1 : approuve la convention avec l’académie pour un coût de 40 € par école, soit 80 € ;',
    'Article 2 : autorise le maire à la signer.',
  ];

  it('keeps a deliberation whose object is a convention title over its "Article 1 : approuve…" whole', () => {
    const result = readDocument(deliberation.join('\n'));
    expect(result.kinds).toEqual(['deliberation']);
    expect(result.record.vote.unanimous).toBe(true);
    expect(result.record.deliberation.total).toBe(80);
  });

  it('still finds the convention that follows, titled over its own articles', () => {
    const convention = [
      'CONVENTION DE MISE À DISPOSITION DE L’ENT',
      'Vu la délibération n° 2025-12 du conseil municipal,',
      'Article 1 – Objet : la présente convention définit les conditions d’accès à l’ENT.',
      'Article 2 – Durée : un an.',
    ];
    const text = [...deliberation, '', ...convention].join('\n');
    const result = readDocument(text);
    expect(result.kinds).toEqual(['deliberation', 'convention']);
    expect(result.record.vote.unanimous).toBe(true);
  });
});

describe('roll-call vote', () => {
  it('reads the counts printed in brackets before the names', () => {
    const record = readDocument(
      [
        'EXTRAIT DU PROCÈS-VERBAL DES DÉLIBÉRATIONS',
        'Délibération 2025-031 – Objet : Convention ENT',
        'Il est procédé au vote par appel nominal à la demande du quart des membres présents.',
        'Ont voté pour (9) : M. ARNAUD, Mme BLANC, M. COLIN, Mme DUMAS, M. ÉTIENNE, Mme FABRE, M. GILLES, Mme HUBERT, M. IMBERT.',
        'Ont voté contre (3) : M. JOLY, Mme KLEIN, M. LAMY.',
        'Se sont abstenus (2) : Mme MOREL, M. NOËL.',
      ].join('\n'),
    ).record;
    expect(record.vote.for).toBe(9);
    expect(record.vote.against).toBe(3);
    expect(record.vote.abstentions).toBe(2);
  });

  it('does not take a bracketed number in a sentence for a count', () => {
    const record = readDocument(
      ['EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', 'Objet : Convention ENT pour (2) écoles', 'Après en avoir délibéré, le conseil municipal approuve à l’unanimité.'].join('\n'),
    ).record;
    expect(record.vote.for).toBeNull();
  });
});
