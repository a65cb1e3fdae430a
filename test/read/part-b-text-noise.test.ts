/**
 * OCR noise and line-end hyphens undone before labels and names are matched: a zero read for
 * the letter O inside words, words cut at a line end (kept or joined as the document spells them
 * elsewhere), compound numbers kept whole. The offset map stays exact.
 */
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/read/normalize';
import { readDocument } from '../../lib/read/index';

describe('OCR zero for the letter O', () => {
  it('puts the letter back inside words, in the case of its neighbours', () => {
    const n = normalizeText('C0MMUNE DE B0URNEVILLE\nP0uvoirs : 2 - V0tants : 11\nM. Paul G0DARD, Abstenti0n : 0');
    expect(n.text).toBe('COMMUNE DE BOURNEVILLE\nPouvoirs : 2 - Votants : 11\nM. Paul GODARD, Abstention : 0');
  });

  it('leaves codes, times, numbers and addresses alone', () => {
    const raw = 'UAI 0271234k, 20h00, 10e, 2025-003, mairie0@exemple.fr, 0RN';
    const n = normalizeText(raw);
    expect(n.text).toContain('0271234k');
    expect(n.text).toContain('20h00');
    expect(n.text).toContain('10e');
    expect(n.text).toContain('2025-003');
    expect(n.text).toContain('mairie0@exemple.fr');
    expect(n.text).toContain('ORN');
  });

  it('keeps one character for one: the map is unchanged', () => {
    const raw = 'Le C0NSEIL s0us la présidence';
    const n = normalizeText(raw);
    expect(n.text.length).toBe(raw.length);
    for (let i = 0; i < n.text.length; i++) expect(n.toOriginal(i)).toBe(i);
  });
});

describe('words cut at a line end', () => {
  it('joins a name cut in capitals when the document writes it whole elsewhere', () => {
    const n = normalizeText('sous la présidence de M. Alain DU-\nPONT, Maire.\nLe Maire, Alain DUPONT');
    expect(n.text).toContain('M. Alain DUPONT, Maire.');
  });

  it('keeps the hyphen of a compound name in capitals otherwise', () => {
    expect(normalizeText('Présents : Marie SAINT-\nAMAND, Luc PETIT').text).toContain('Marie SAINT-AMAND, Luc PETIT');
  });

  it('keeps a compound number whole: "dix-\\nsept heures"', () => {
    expect(normalizeText('le douze mars à dix-\nsept heures trente').text).toContain('à dix-sept heures trente');
  });

  it('joins a cut word after a single capital: "La F-\\nontaine"', () => {
    expect(normalizeText("l'école Jean-de-La-F-\nontaine ouvre").text).toContain('Jean-de-La-Fontaine ouvre');
  });

  it('maps every character of the joined text back to the same character', () => {
    const raw = 'présidence de Mme Anne LE-\nGOFF, Maire, réunie à dix-\nneuf heures.\nLe Maire, Anne LEGOFF';
    const n = normalizeText(raw);
    for (let i = 0; i < n.text.length; i++) {
      const ch = n.text[i]!;
      const original = raw[n.toOriginal(i)]!;
      expect(ch === original || (ch === ' ' && original === '\n'), `${i}: ${ch} vs ${original}`).toBe(true);
    }
  });
});

describe('a noisy scanned act read through', () => {
  const act = [
    'COMMUNE DE SAINT-G0BAIN-LES-B0IS',
    'Séance du 4 mars 2025',
    "L'an deux mille vingt-cinq, le quatre mars à dix-",
    'huit heures, le C0nseil municipal, dûment c0nvoqué le 25 février 2025, s\'est réuni en mairie,',
    's0us la présidence de M. Hugues MAR-',
    'CHAND, Maire.',
    'En exercice : 11 - Présents : 9 - P0uvoirs : 1 - V0tants',
    ': 10',
    'Présents : Hugues MARCHAND, Lise B0NNET, Paul RIV0IRE, Anne PETIT, Marc LEROY, Eve SIMON, Jean ROUX, Zoé LAMY, Luc BRUN.',
    'P0uvoir : Claire DUVAL à Luc BRUN.',
    'Absent : Noël MOREAU.',
    'Objet : ENT des écoles',
    'Le C0nseil municipal, à l\'unanimité, approuve la convention.',
    'Le Maire, Hugues MARCHAND',
  ].join('\n');

  it('reads labels, names, time and president', () => {
    const { record } = readDocument(act);
    expect(record.session.time).toBe('18:00');
    expect(record.session.president).toBe('Hugues MARCHAND');
    expect(record.attendance.voters).toBe(10);
    expect(record.attendance.represented).toBe(1);
    expect(record.attendance.presentNames).toContain('Lise BONNET');
    expect(record.attendance.proxies).toEqual([{ from: 'Claire DUVAL', to: 'Luc BRUN' }]);
  });
});
