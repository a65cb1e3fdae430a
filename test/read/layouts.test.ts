/**
 * More layouts of the genre, each written for this test: slashes between counts, a date after
 * "s'est réuni", a rubric above the object, "ENTRE LES SOUSSIGNÉS", a Markdown table of schools,
 * a convention without an "Entre" clause, an intercommunal body, a sentence instead of a list.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

describe('a city council page with slashes and a date after the verb', () => {
  const text = [
    'VILLE DE SAINT-ÉTIENNE-DU-ROUVRAY',
    'Délibération n° 2024-03-14-12',
    'Nombre de conseillers en exercice : 35 / Présents : 27 / Pouvoirs : 6 / Votants : 33',
    'Convocation : 07/03/2024',
    '',
    'Le Conseil municipal de la Ville, régulièrement convoqué, s’est réuni le jeudi 14 mars 2024 à 18 h 30, salle des fêtes, sous la présidence de Mme Joachim MOYSE, Maire.',
    '',
    'Étaient présents : tous les membres en exercice sauf ceux cités ci-dessous.',
    'Pouvoirs : M. Paul ROUX à Mme Léa BRUN, Mme Ana GIL à M. Hugo LEROY',
    '',
    'OBJET :',
    'ENSEIGNEMENT',
    'Adhésion à l’ENT du premier degré',
    '',
    'Vote : Pour 30 – Contre 3 – Abstentions 0',
    'Adoptée à la majorité.',
    'Fait et délibéré en séance, le 14 mars 2024',
    'Accusé de réception en préfecture : 076-217605750-20240314-2024_12-DE',
    'Date de réception préfecture : 18/03/2024',
  ].join('\n');
  const { record } = readDocument(text);

  it('reads counts between slashes and the vote without colons', () => {
    expect([record.attendance.inOffice, record.attendance.present, record.attendance.represented, record.attendance.voters]).toEqual([35, 27, 6, 33]);
    expect([record.vote.for, record.vote.against, record.vote.abstentions]).toEqual([30, 3, 0]);
    expect(record.vote.unanimous).toBeNull();
    expect(record.vote.adopted).toBe(true);
  });

  it('reads the session date printed after "s\'est réuni", time and place', () => {
    expect(record.session.date).toBe('2024-03-14');
    expect(record.session.time).toBe('18:30');
    expect(record.session.place).toBe('salle des fêtes');
    expect(record.session.convocationDate).toBe('2024-03-07');
  });

  it('takes no sentence for a name, and reads the proxies', () => {
    expect(record.attendance.presentNames).toEqual([]);
    expect(record.attendance.proxies).toEqual([
      { from: 'Paul ROUX', to: 'Léa BRUN' },
      { from: 'Ana GIL', to: 'Hugo LEROY' },
    ]);
  });

  it('drops the rubric above the object; reads stamps, @CTES id and department from it', () => {
    expect(record.deliberation.subject).toBe("Adhésion à l'ENT du premier degré");
    expect(record.deliberation.number).toBe('2024-03-14-12');
    expect(record.deliberation.signedOn).toBe('2024-03-14');
    expect(record.deliberation.receivedOn).toBe('2024-03-18');
    expect(record.deliberation.actesId).toBe('076-217605750-20240314-2024_12-DE');
    expect(record.commune.siren).toBe('217605750');
    expect(record.commune.department).toBe('76');
  });
});

describe('a convention with "ENTRE LES SOUSSIGNÉS" and a Markdown table of schools', () => {
  const text = [
    '# CONVENTION ENT ÉCOLE – ANNÉE SCOLAIRE 2025/2026',
    '',
    'ENTRE LES SOUSSIGNÉS :',
    'LE RECTORAT DE L’ACADÉMIE DE LILLE, représenté par M. Luc JOHANN, recteur,',
    'D’UNE PART,',
    '',
    'ET',
    'LA COMMUNE D’HAZEBROUCK',
    'Située : place Georges Degroote 59190 HAZEBROUCK',
    'Représentée par son Maire, M. Valentin BELLEVAL',
    'D’AUTRE PART,',
    '',
    'ARTICLE 1 – DURÉE',
    'La convention prend effet au 1er septembre 2025 et prend fin le 31 août 2026.',
    '',
    'ARTICLE 2 – COÛT',
    'Le coût est de 2 écoles x 55,50 € = 111 €.',
    '',
    '| UAI | Nom de l’école | Courriel |',
    '|---|---|---|',
    '| 0592341K | École Jules Ferry | ce.0592341K@ac-lille.fr |',
    '| 0592342L | École Pierre Loti | ce.0592342L@ac-lille.fr |',
    '',
    'Fait à Lille, le 2 juillet 2025',
  ].join('\n');
  const { kinds, record } = readDocument(text);

  it('is a convention with its parties', () => {
    expect(kinds).toEqual(['convention']);
    expect(record.convention.academy).toBe("RECTORAT DE L'ACADÉMIE DE LILLE");
    expect(record.convention.academyRepresentative).toBe('Luc JOHANN');
    expect(record.commune.name).toBe('HAZEBROUCK');
    expect(record.commune.address).toBe('place Georges Degroote 59190 HAZEBROUCK');
    expect(record.commune.mayor).toBe('Valentin BELLEVAL');
    expect(record.commune.department).toBe('59');
  });

  it('reads the terms and the fees with decimals', () => {
    expect(record.convention.schoolYear).toBe('2025-2026');
    expect(record.convention.startsOn).toBe('2025-09-01');
    expect(record.convention.endDate).toBe('2026-08-31');
    expect([record.convention.schoolCount, record.convention.feePerSchool, record.convention.total]).toEqual([2, 55.5, 111]);
    expect(record.convention.signedAt).toBe('Lille');
    expect(record.convention.signedOn).toBe('2025-07-02');
  });

  it('reads a Markdown table of schools with e-mails', () => {
    expect(record.convention.schools).toEqual([
      { uai: '0592341K', name: 'École Jules Ferry', email: 'ce.0592341K@ac-lille.fr' },
      { uai: '0592342L', name: 'École Pierre Loti', email: 'ce.0592342L@ac-lille.fr' },
    ]);
  });
});

describe('a deliberation then a convention without an "Entre" clause', () => {
  const text = [
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL DE LA COMMUNE DE BRIOUDE',
    'Séance du 3 février 2025',
    'Le Conseil municipal, après en avoir délibéré, à l’unanimité, approuve la convention ENT. Elle prendra fin le 31 août 2027.',
    '',
    'Convention relative à l’espace numérique de travail du premier degré',
    'La commune de Brioude et l’académie de Clermont-Ferrand conviennent de ce qui suit.',
    'Article 1 – La convention est conclue pour une durée de deux ans.',
    'Article 2 – Elle se termine le .....',
  ].join('\n');
  const { kinds, record } = readDocument(text);

  it('splits at the title nearest the first article', () => {
    expect(kinds).toEqual(['deliberation', 'convention']);
    expect(record.deliberation.conventionEndDate).toBe('2027-08-31');
    expect(record.convention.durationYears).toBe(2);
    expect(record.convention.endDate).toBeNull();
    expect(record.blanks).toContainEqual(expect.objectContaining({ field: 'convention.endDate' }));
    expect(record.session.date).toBe('2025-02-03');
    expect(record.vote.unanimous).toBe(true);
  });
});

describe('an intercommunal body', () => {
  const text = [
    'SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DU HAUT-VERDON',
    'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU COMITÉ SYNDICAL',
    'Délégués en exercice : 12 – Présents : 9 – Votants : 10',
    'Le comité syndical, après en avoir délibéré, à l’unanimité des suffrages exprimés :',
  ].join('\n');

  it('names the body as the collectivité', () => {
    const { record } = readDocument(text);
    expect(record.commune.name).toBe('SYNDICAT INTERCOMMUNAL À VOCATION SCOLAIRE DU HAUT-VERDON');
    expect(record.attendance.inOffice).toBe(12);
    expect(record.vote.unanimousOfExpressed).toBe(true);
  });
});

describe('postings: the convocation\'s and the act\'s', () => {
  it('reads "Affichage :" under the convocation as its posting, "Publié le" as the publication', () => {
    const { record } = readDocument([
      'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL',
      'Date de la convocation : 5 mars 2024',
      'Affichage : 5 mars 2024',
      'Nombre de membres en exercice : 15 Nombre de membres présents : 11 Nombre de suffrages exprimés : 13 Pour : 13 Contre : 0 Abstentions : 0',
      'VOTE : Adopté à l’unanimité (13 voix pour)',
      'Publié le 20/03/2024',
    ].join('\n'));
    expect(record.session.postedDate).toBe('2024-03-05');
    expect(record.deliberation.publishedOn).toBe('2024-03-20');
    expect([record.attendance.inOffice, record.attendance.present, record.vote.expressed, record.vote.for]).toEqual([15, 11, 13, 13]);
  });
});

describe('signatories', () => {
  it('keeps the names printed under the signatures, as written', () => {
    const { record } = readDocument([
      'CONVENTION DE PARTENARIAT',
      'Entre :',
      'La DSDEN du Var, représentée par M. MATHIEU SIEYES, Inspecteur d’académie',
      'Et :',
      'La collectivité de Cogolin',
      'Il est convenu ce qui suit :',
      'Fait à Cogolin, le ..... en deux exemplaires originaux',
      'Signatures :',
      'Mathieu SIEYE, Inspecteur d’académie, Directeur Académique des Services de l’Education Nationale du Var',
      'Marc Etienne Lansade Maire de la commune de Cogolin',
    ].join('\n'));
    expect(record.signatories).toEqual(['Mathieu SIEYE', 'Marc Etienne Lansade']);
    expect(record.convention.academyRepresentative).toBe('MATHIEU SIEYES');
  });
});
