/**
 * Phrasings met in held-out documents, one line each: what the reader must get from them.
 * (The documents themselves are in the corpus; these pin the phrase, whatever surrounds it.)
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';
import { htmlToText } from '../../lib/read/html-to-text';

const act = (...lines: string[]) => readDocument(['COMMUNE DE SAINT-HERBLON', 'Objet : Convention ENT des écoles', ...lines,
  'Le conseil municipal, après en avoir délibéré, approuve la convention.'].join('\n')).record;

describe('dates and times', () => {
  it('"Date de séance : 2025-03-13" and "La séance est ouverte à 19h00"', () => {
    const { session } = act('Date de séance : 2025-03-13', 'La séance est ouverte à 19h00 dans la salle du conseil.');
    expect([session.date, session.time]).toEqual(['2025-03-13', '19:00']);
  });
  it('"1er/03/2025" as a convocation date', () => {
    expect(act('Séance du 6 mars 2025', 'Date de convocation : 1er/03/2025').session.convocationDate).toBe('2025-03-01');
  });
  it('"10 mars 2025 (convocation)" on the session\'s line', () => {
    expect(act('13 mars 2025 (séance) - 10 mars 2025 (convocation)').session.convocationDate).toBe('2025-03-10');
  });
});

describe('attendance and vote', () => {
  it('group headings in a list of members are no names', () => {
    const { attendance } = act('Étaient présents (4) :', 'Groupe « Ensemble » (majorité) : Mme Odile BRUNET, M. Hugo ESTÈVE', 'Non inscrits : M. Louis LEMAIRE, Mme Paula PARIS', '', 'Secrétaire de séance : M. Hugo ESTÈVE');
    expect(attendance.presentNames).toEqual(['Odile BRUNET', 'Hugo ESTÈVE', 'Louis LEMAIRE', 'Paula PARIS']);
  });
  it('a member who leaves before the vote takes no part in it', () => {
    expect(act('Mme Morgane HERVOUET, directrice d\'école, quitte la séance avant le vote.').attendance.nonParticipantNames).toEqual(['Morgane HERVOUET']);
  });
  it('"Adopté à la majorité : 38 pour, 7 contre (groupe X), 4 abstentions"', () => {
    const { vote } = act('Adopté à la majorité : 38 pour, 7 contre (groupe Autrement), 4 abstentions.');
    expect([vote.for, vote.against, vote.abstentions]).toEqual([38, 7, 4]);
  });
});

describe('headings, population, pages', () => {
  it('"Rapport n° 24 – DEL-2025-0412" then a rubric-led object', () => {
    const record = readDocument(['VILLE DE VILLENEUVE', 'Rapport n° 24 – DEL-2025-0412', 'ÉDUCATION – Convention de service pour l\'ENT des écoles', '', 'Le conseil municipal, après en avoir délibéré, adopte.'].join('\n')).record;
    expect([record.deliberation.number, record.deliberation.subject]).toEqual(['DEL-2025-0412', 'ÉDUCATION – Convention de service pour l\'ENT des écoles']);
  });
  it('"Population : 6 412 habitants" with narrow no-break spaces', () => {
    expect(act('Population\u00a0: 6\u202f412 habitants').commune.population).toBe(6412);
  });
  it('<dt>/<dd> pairs read as labelled lines', () => {
    expect(htmlToText('<dl><dt>Lieu</dt><dd>Salle des fêtes</dd><dt>Présents</dt><dd>27</dd></dl>')).toBe('Lieu : Salle des fêtes\nPrésents : 27');
  });
  it('an end date left as an empty field ("prendra fin le . Elle …") is a blank', () => {
    const record = readDocument(['CONVENTION DE PARTENARIAT ENT', "Entre l'académie de Dijon et la commune de Bellegarde", 'La convention prend effet à sa signature et prendra fin le . Elle pourra être renouvelée.'].join('\n')).record;
    expect(record.convention.endDate).toBeNull();
    expect(record.blanks.map((b) => b.field)).toContain('convention.endDate');
  });
});

describe('an annex table of schools with an amount per row', () => {
  it('gives the fee (the same on every row) and the total row', () => {
    const record = readDocument(['CONVENTION DE PARTENARIAT ENT', "Entre l'académie de Toulouse, représentée par le recteur, et la commune de Montréal,", 'Article 1. Objet.', '',
      'UAI\tÉcole\tMontant', '0320311P\tÉcole primaire publique\t45 €', '0320312R\tÉcole maternelle publique\t45 €', 'Total (2 écoles)\t90 €'].join('\n')).record;
    expect([record.convention.feePerSchool, record.convention.total]).toEqual([45, 90]);
  });
});
