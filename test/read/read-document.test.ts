/**
 * readDocument on documents of the genre written for these tests (not the seeds): other
 * communes, layouts and phrasings — counts on one line, one name per line, proxies in every
 * phrasing, curly apostrophes, NBSP, page footers, broken lines, blanks left in the text.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

const NBSP = '\u00a0';

const smallCommune = [
  'DÉPARTEMENT DE LA HAUTE-GARONNE',
  'MAIRIE DE MONTBRUN-LAURAGAIS',
  '',
  'Délibération n° 2024-015',
  '',
  `Nombre de conseillers en exercice${NBSP}: 15`,
  'Présents : 12 – Votants : 14 – Pour : 13 – Contre : 1 – Abstention : 0',
  '',
  'Date de convocation : 29/08/2025',
  '',
  'Le 5 septembre 2025 à 20h30, le Conseil municipal de la commune, dûment convoqué, s’est réuni à la mairie, sous la présidence de Mme Hélène VIGNAUX, Maire.',
  '',
  'Étaient présents :',
  'Mme Hélène VIGNAUX',
  'M. Jacques DELPECH',
  'Mme Odile SERRES',
  'Page 2/5',
  'M. Karim BENALI',
  '',
  'Pouvoirs :',
  'Pouvoir de M. Paul ESTÈVE à Mme Odile SERRES',
  'Mme Lucie FAURE représentée par M. Jacques DELPECH',
  '',
  'Absente : Mme Chantal ROQUES',
  '',
  'M. Karim BENALI est désigné secrétaire de séance.',
  '',
  'Objet : Convention d’adhésion à l’espace numérique',
  'de travail des écoles – année scolaire 2025-2026',
  '',
  'Après en avoir délibéré, le Conseil municipal adopte la délibération.',
  '',
  'Fait à Montbrun-Lauragais, le 6 septembre 2025',
  '',
  'Transmis en préfecture le 10/09/2025',
  'Publié le : .....',
].join('\n');

describe('a deliberation of another commune and layout', () => {
  const { kinds, record, sources } = readDocument(smallCommune);

  it('is a deliberation', () => {
    expect(kinds).toEqual(['deliberation']);
  });

  it('reads counts printed on one line with dashes', () => {
    expect(record.attendance.inOffice).toBe(15);
    expect(record.attendance.present).toBe(12);
    expect(record.attendance.voters).toBe(14);
    expect([record.vote.for, record.vote.against, record.vote.abstentions]).toEqual([13, 1, 0]);
  });

  it('reads the session from a sentence without "L\'an"', () => {
    expect(record.session.date).toBe('2025-09-05');
    expect(record.session.time).toBe('20:30');
    expect(record.session.place).toBe('mairie');
    expect(record.session.president).toBe('Hélène VIGNAUX');
    expect(record.session.convocationDate).toBe('2025-08-29');
    expect(record.session.secretary).toBe('Karim BENALI');
  });

  it('reads a one-per-line list across a page footer', () => {
    expect(record.attendance.presentNames).toEqual(['Hélène VIGNAUX', 'Jacques DELPECH', 'Odile SERRES', 'Karim BENALI']);
  });

  it('reads "pouvoir de X à Y" and "X représentée par Y"', () => {
    expect(record.attendance.proxies).toEqual([
      { from: 'Paul ESTÈVE', to: 'Odile SERRES' },
      { from: 'Lucie FAURE', to: 'Jacques DELPECH' },
    ]);
    expect(record.attendance.absentNames).toEqual(['Chantal ROQUES']);
  });

  it('reads number, subject across a line break, commune and department', () => {
    expect(record.deliberation.number).toBe('2024-015');
    expect(record.deliberation.subject).toBe("Convention d'adhésion à l'espace numérique de travail des écoles – année scolaire 2025-2026");
    expect(record.commune.name).toBe('MONTBRUN-LAURAGAIS');
    expect(record.commune.department).toBe('31');
  });

  it('keeps the blank "Publié le : ....." as a fact and reads the transmission', () => {
    expect(record.deliberation.transmittedOn).toBe('2025-09-10');
    expect(record.deliberation.publishedOn).toBeNull();
    expect(record.blanks).toContainEqual(expect.objectContaining({ field: 'deliberation.publishedOn' }));
    expect(record.deliberation.signedOn).toBe('2025-09-06');
    expect(record.vote.adopted).toBe(true);
  });

  it('cites sources with offsets in the original text (curly apostrophes and NBSP kept there)', () => {
    const date = sources['session.date']!;
    expect(smallCommune.slice(date.start, date.end)).toBe(date.text);
    expect(date.text).toBe('5 septembre 2025');
    const subject = sources['deliberation.subject']!;
    expect(subject.text).toContain('Convention d’adhésion');
  });
});

const conventionOnly = [
  'RÉGION ACADÉMIQUE AUVERGNE-RHÔNE-ALPES',
  '',
  'CONVENTION RELATIVE À L’ENT DU PREMIER DEGRÉ',
  '',
  'Entre, d’une part,',
  'l’Académie de Clermont-Ferrand, représentée par Monsieur Karim BENMILOUD, recteur,',
  '',
  'Et, d’autre part,',
  'la Commune de Riom-ès-Montagnes',
  'SIRET : 211 501 614 00017',
  'Adresse : 2 place du Marché',
  '15400 RIOM-ÈS-MONTAGNES',
  'Représentée par : Mme Anne DUBOST, Maire',
  '',
  'Il est convenu ce qui suit :',
  '',
  'Article 3 – Durée',
  'La présente convention est conclue pour une durée d’un an à compter du 1er septembre 2025.',
  '',
  'Article 4 – Participation',
  'La participation est de 35 € TTC par école, soit un montant total de 1 050,00 € pour 30 écoles.',
  '',
  'Annexe – écoles inscrites',
  '0150001A – École maternelle Les Tilleuls',
  '0150002B – École élémentaire Jules Ferry (ce.0150002B@ac-clermont.fr)',
  '',
  'Fait à Clermont-Ferrand, le ____',
].join('\n');

describe('a convention alone, in another académie', () => {
  const { kinds, record } = readDocument(conventionOnly);

  it('is a convention', () => {
    expect(kinds).toEqual(['convention']);
  });

  it('reads the parties', () => {
    expect(record.convention.academy).toBe("Académie de Clermont-Ferrand");
    expect(record.convention.academyRepresentative).toBe('Karim BENMILOUD');
    expect(record.commune.name).toBe('Riom-ès-Montagnes');
    expect(record.commune.siret).toBe('21150161400017');
    expect(record.commune.siren).toBe('211501614');
    expect(record.commune.address).toBe('2 place du Marché 15400 RIOM-ÈS-MONTAGNES');
    expect(record.commune.department).toBe('15');
    expect(record.commune.mayor).toBe('Anne DUBOST');
  });

  it('reads start, duration, fees and schools one per line with e-mails', () => {
    expect(record.convention.startsOn).toBe('2025-09-01');
    expect(record.convention.durationYears).toBe(1);
    expect(record.convention.feePerSchool).toBe(35);
    expect(record.convention.total).toBe(1050);
    expect(record.convention.schoolCount).toBe(30);
    expect(record.convention.schools).toEqual([
      { uai: '0150001A', name: 'École maternelle Les Tilleuls' },
      { uai: '0150002B', name: 'École élémentaire Jules Ferry', email: 'ce.0150002B@ac-clermont.fr' },
    ]);
  });

  it('keeps the blank signature date and the place', () => {
    expect(record.convention.signedAt).toBe('Clermont-Ferrand');
    expect(record.convention.signedOn).toBeNull();
    expect(record.blanks).toContainEqual(expect.objectContaining({ field: 'convention.signedOn' }));
  });
});

const ocrNoise = [
  'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS',
  'DÉLIBÉRATION N º 12/2023',
  'L ’ an deux mil vingt-trois, le vingt-huit mars à dix-neuf heures trente, le Con\u00adseil municipal s’est réuni en la salle des fêtes, sous la présidence de M. Jean-Marc ROUX, Maire.',
  'Présents : MM. ROUX Jean-Marc, ARNAL Pierre, Mmes BLANC Julie, CROS Marie-Claude',
  'Absents excusés : M. DURAND Luc (pouvoir à M. ARNAL Pierre), Mme FABRE Anne',
  'Pour : 5',
  'Contre : 0',
  'Abstentions : 0',
  'Exprimés :',
  'à l’unanimité des suffrages exprimés.',
].join('\n');

describe('OCR noise', () => {
  const { record } = readDocument(ocrNoise);

  it('reads the opening in words with stray spaces and a soft hyphen', () => {
    expect(record.session.date).toBe('2023-03-28');
    expect(record.session.time).toBe('19:30');
    expect(record.session.place).toBe('salle des fêtes');
    expect(record.deliberation.number).toBe('12/2023');
  });

  it('reads grouped civilities and a proxy in parentheses', () => {
    expect(record.attendance.presentNames).toEqual(['ROUX Jean-Marc', 'ARNAL Pierre', 'BLANC Julie', 'CROS Marie-Claude']);
    expect(record.attendance.proxies).toEqual([{ from: 'DURAND Luc', to: 'ARNAL Pierre' }]);
    expect(record.attendance.absentNames).toEqual(['FABRE Anne']);
  });

  it('reads the vote and the empty "Exprimés" as a blank', () => {
    expect(record.vote.for).toBe(5);
    expect(record.vote.expressed).toBeNull();
    expect(record.blanks).toContainEqual(expect.objectContaining({ field: 'vote.expressed' }));
    expect(record.vote.unanimous).toBe(true);
    expect(record.vote.unanimousOfExpressed).toBe(true);
  });
});

describe('bad input never throws', () => {
  it('empty text', () => {
    const r = readDocument('');
    expect(r.kinds).toEqual([]);
    expect(r.notes[0]).toMatch(/vide|court/);
  });

  it('binary junk', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 65_536);
    const r = readDocument(junk);
    expect(r.kinds).toEqual([]);
    expect(r.notes.length).toBeGreaterThan(0);
  });

  it('an unknown genre', () => {
    const r = readDocument('Recette du clafoutis : 500 g de cerises, 3 œufs, 100 g de sucre. Cuire 40 minutes à 180 °C.');
    expect(r.kinds).toEqual([]);
    expect(r.notes[0]).toMatch(/Aucune délibération/);
  });

  it('5 MB of text, read in bounded time', () => {
    const big = smallCommune + '\n' + 'Le conseil municipal, lorem ipsum dolor sit amet, 12 – 3 – à la salle. '.repeat(75_000);
    const started = performance.now();
    const r = readDocument(big);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.kinds).toContain('deliberation');
    expect(r.notes.join(' ')).toMatch(/très long/);
  });

  it('not a string at all', () => {
    expect(readDocument(undefined as unknown as string).kinds).toEqual([]);
  });
});
