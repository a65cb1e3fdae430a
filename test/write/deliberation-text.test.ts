import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../lib/record/empty-record';
import { renderDeliberation } from '../../lib/write/deliberation-text';
import { canteenRecord, fullEntRecord } from './record-fixtures';

const nothingLeaks = /\b(?:undefined|null|NaN)\b|\[object/;

describe('renderDeliberation — a full ENT-École record', () => {
  const { text, html, missing } = renderDeliberation(fullEntRecord(), { budgetYear: 2025 });

  it('has the register header and the members block', () => {
    expect(text).toMatch(/^RÉPUBLIQUE FRANÇAISE\nDÉPARTEMENT : HAUTE-GARONNE\nCOMMUNE DE MONTCLAR-DE-LAURAGAIS\nEXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nSéance du mardi 3 juin 2025\nDélibération n° 2025\/14\n/);
    expect(text).toContain('en exercice : 11\nprésents : 8\nreprésentés : 2\nvotants : 10');
  });

  it('opens in register style with the convocation, place and president', () => {
    expect(text).toContain(
      "L'an deux mille vingt-cinq, le trois juin à vingt heures trente, le Conseil Municipal de la commune de Montclar-de-Lauragais, dûment convoqué le 27 mai 2025, s'est réuni à la salle des fêtes, sous la présidence de Hélène DUPRÉ, Maire.",
    );
  });

  it('lists attendance, proxies, absents and the secretary', () => {
    expect(text).toContain("Présents : DUPRÉ Hélène, N'DIAYE Awa, MARTIN Paul");
    expect(text).toContain('Absents ayant donné procuration : VIDAL Jean à MARTIN Paul, MOREL Lucie à GARCIA Inès');
    expect(text).toContain('Absents : PERRIN Yves');
    expect(text).toContain("Secrétaire de séance : N'DIAYE Awa");
  });

  it('builds the ENT-École exposé from the convention facts', () => {
    expect(text).toContain("que la Région académique Occitanie propose une convention de partenariat");
    expect(text).toContain("pour l'année scolaire 2025-2026.");
    expect(text).toContain('fixée à 41\u00a0€ par école et par année scolaire ; 2 écoles sont concernées, soit un montant total de 82\u00a0€.');
    expect(text).toContain('École élémentaire Les Tilleuls (UAI 0310891A)');
    expect(text).toContain('La convention prend effet à compter de sa signature et se termine le 4 septembre 2026.');
  });

  it('states the visas, the vote, the articles and the closing', () => {
    expect(text).toContain('Vu le Code général des collectivités territoriales');
    expect(text).toContain("Après en avoir délibéré, le Conseil Municipal, à l'unanimité des suffrages exprimés (pour : 9, contre : 0, abstention : 1) :\n\nDÉCIDE :");
    expect(text).toContain('Article 1 : APPROUVE les termes de la convention');
    expect(text).toContain("Article 2 : AUTORISE le Maire à signer ladite convention");
    expect(text).toContain("Article 3 : DIT que les crédits nécessaires, soit 82\u00a0€, sont inscrits au budget communal de l'exercice 2025.");
    expect(text).toContain('Ainsi fait et délibéré les jour, mois et an susdits.');
    expect(text).toContain('Fait à Montclar-de-Lauragais, le 4 juin 2025');
    expect(text).toContain('Le Maire,\nDUPRÉ Hélène\nLe secrétaire de séance,\nN\'DIAYE Awa');
    expect(text).toContain('- la transmission en préfecture le 5 juin 2025\n- la publication le 6 juin 2025');
    expect(text).toContain('Identifiant @CTES : 031-213103883-20250603-202514-DE');
  });

  it('leaves nothing to complete and nothing leaking', () => {
    expect(missing).toEqual([]);
    expect(text).not.toContain('[à compléter');
    expect(text).not.toMatch(nothingLeaks);
    expect(html).not.toMatch(nothingLeaks);
  });

  it('escapes the HTML and keeps the same words', () => {
    expect(html.startsWith('<article class="deliberation">')).toBe(true);
    expect(html).toContain('N&#39;DIAYE Awa');
    const words = html.replace(/<[^>]*>/g, '\n').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    expect(words).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('renderDeliberation — an empty record', () => {
  const { text, html, missing } = renderDeliberation(emptyRecord());

  it('shows visible placeholders, never null or undefined', () => {
    expect(text).not.toMatch(nothingLeaks);
    expect(html).not.toMatch(nothingLeaks);
    for (const label of ['date de convocation', 'date de la séance', 'nom de la commune', 'président de séance', 'secrétaire de séance', 'objet de la délibération']) {
      expect(text).toContain(`[à compléter : ${label}]`);
    }
    expect(missing.map((entry) => entry.missing)).toContain('date de convocation');
    expect(missing.find((entry) => entry.missing === 'date de convocation')?.field).toBe('session.convocationDate');
  });

  it('marks the placeholders in the HTML', () => {
    expect(html).toContain('<mark class="a-completer" data-field="session.convocationDate">[à compléter : date de convocation]</mark>');
  });

  it('keeps the ENT-École template fact-free when asked for it on an empty record', () => {
    const ent = renderDeliberation(emptyRecord(), { template: 'ent-ecole' });
    expect(ent.text).toContain('[à compléter : académie partenaire]');
    expect(ent.text).toContain('[à compléter : montant par école]');
    expect(ent.text).toContain('[à compléter : date de fin de la convention]');
    expect(ent.text).toContain("[à compléter : exercice budgétaire]");
    expect(ent.text).not.toMatch(nothingLeaks);
  });
});

describe('renderDeliberation — variants', () => {
  it('writes a split vote with its counts and no ENT exposé for another subject', () => {
    const { text } = renderDeliberation(canteenRecord());
    expect(text).toContain('le Conseil Municipal, par 15 voix pour, 2 contre et 1 abstention :');
    expect(text).not.toMatch(/\bENT\b|ENT-École|unanimité/);
    expect(text).toContain('Le Maire expose : [à compléter : exposé des motifs]');
    expect(text).toContain("L'an deux mille vingt-quatre, le premier janvier à [à compléter : heure de la séance]");
  });

  it('never calls a vote with votes against unanimous', () => {
    const record = canteenRecord();
    record.vote.unanimous = true;
    expect(renderDeliberation(record).text).not.toContain('unanimité');
  });

  it('writes plain unanimity when every vote is for', () => {
    const record = canteenRecord();
    record.vote = { ...record.vote, for: 18, against: 0, abstentions: 0, unanimous: null };
    expect(renderDeliberation(record).text).toContain("le Conseil Municipal, à l'unanimité (pour : 18, contre : 0, abstention : 0) :");
  });

  it('computes the total from the fee when the documents state none', () => {
    const record = fullEntRecord();
    record.convention.total = null;
    record.deliberation.total = null;
    record.convention.feePerSchool = 40;
    record.convention.schoolCount = 3;
    expect(renderDeliberation(record).text).toContain('3 écoles sont concernées, soit un montant total de 120\u00a0€.');
  });

  it('escapes markup typed into the record', () => {
    const record = canteenRecord();
    record.deliberation.subject = '<img src=x onerror=alert(1)> & "tarifs"';
    const { html, text } = renderDeliberation(record);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;tarifs&quot;');
    expect(text).toContain('Objet : <img src=x onerror=alert(1)> & "tarifs"');
  });

  it('gives the académie the article French needs, whatever its case and accents', () => {
    const academy = (value: string) => {
      const record = fullEntRecord();
      record.convention.academy = value;
      return /conclue avec (.*?), annexée/.exec(renderDeliberation(record).text)?.[1];
    };
    expect(academy('ACADEMIE DE MONTPELLIER')).toBe("l'ACADEMIE DE MONTPELLIER");
    expect(academy('Académie de Nice')).toBe("l'Académie de Nice");
    expect(academy('RÉGION ACADÉMIQUE OCCITANIE')).toBe('la RÉGION ACADÉMIQUE OCCITANIE');
    expect(academy('DSDEN du Var')).toBe('la DSDEN du Var');
    expect(academy('Rectorat de Toulouse')).toBe('le Rectorat de Toulouse');
    expect(academy("l'académie de Toulouse")).toBe("l'académie de Toulouse");
  });

  it('shows a proxy with no holder as a placeholder and names members not voting', () => {
    const record = fullEntRecord();
    record.attendance.proxies = [{ from: 'VIDAL Jean', to: ' ' }];
    record.attendance.nonParticipantNames = ['ROUX Léo'];
    const { text } = renderDeliberation(record);
    expect(text).toContain('Absents ayant donné procuration : VIDAL Jean à [à compléter : mandataire]');
    expect(text).toContain('Ne prend pas part au vote : ROUX Léo');
  });

  it('phrases the place with the right article', () => {
    const place = (value: string) => {
      const record = canteenRecord();
      record.session.place = value;
      return /s'est réuni (.*?), sous/.exec(renderDeliberation(record).text)?.[1];
    };
    expect(place('Mairie')).toBe('à la mairie');
    expect(place('foyer rural')).toBe('au foyer rural');
    expect(place('le foyer rural')).toBe('au foyer rural');
    expect(place('en mairie')).toBe('en mairie');
    expect(place("l'école Jules Ferry")).toBe("à l'école Jules Ferry");
    expect(place('Hôtel de ville')).toBe("à l'hôtel de ville");
  });

  it('never leaks null, undefined or NaN whatever the record holds (property)', () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
    const isoDay = fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const small = maybe(fc.integer({ min: 0, max: 70 }));
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/null|undefined|NaN/.test(s));
    fc.assert(fc.property(
      fc.record({
        date: maybe(isoDay), time: maybe(time), convocation: maybe(isoDay), place: maybe(name), department: maybe(fc.constantFrom('31', '2A', '974', '99', 'x')),
        inOffice: small, present: small, represented: small, voters: small, forVotes: small, against: small, abstentions: small,
        unanimous: fc.constantFrom(true, false, null), fee: maybe(fc.double({ min: 0, max: 500, noNaN: true })), schools: small,
        template: fc.constantFrom('auto', 'ent-ecole', 'generic') as fc.Arbitrary<'auto' | 'ent-ecole' | 'generic'>,
        names: fc.array(name, { maxLength: 4 }),
      }),
      (facts) => {
        const record = emptyRecord();
        record.session.date = facts.date;
        record.session.time = facts.time;
        record.session.convocationDate = facts.convocation;
        record.session.place = facts.place;
        record.commune.department = facts.department;
        Object.assign(record.attendance, { inOffice: facts.inOffice, present: facts.present, represented: facts.represented, voters: facts.voters, presentNames: facts.names });
        Object.assign(record.vote, { for: facts.forVotes, against: facts.against, abstentions: facts.abstentions, unanimous: facts.unanimous });
        record.convention.feePerSchool = facts.fee;
        record.convention.schoolCount = facts.schools;
        const { text, html } = renderDeliberation(record, { template: facts.template });
        expect(text).not.toMatch(nothingLeaks);
        expect(html).not.toMatch(/<script|\bnull\b|\bundefined\b|NaN/);
      },
    ), { numRuns: 400 });
  });
});
