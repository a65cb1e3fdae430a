import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

const act = (body: string) => readDocument([
  'COMMUNE DE LAVARDENS',
  'Séance du 3 mars 2025. Conseillers en exercice : 15 – Présents : 12 – Votants : 12',
  'Objet : Convention ENT des écoles',
  body,
].join('\n')).record;

describe('the president\'s casting vote, however it is phrased (CGCT L2121-20)', () => {
  for (const phrase of [
    'la voix du Maire, président de séance, est prépondérante',
    'la voix du président de séance étant prépondérante',
    'avec la voix prépondérante du président',
  ]) {
    it(phrase, () => {
      expect(act(`Pour : 6 – Contre : 6. Partage égal des voix, ${phrase} ; la délibération est adoptée.`).vote.castingVote).toBe(true);
    });
  }

  it('is not read where the text only mentions the rule', () => {
    expect(act('Pour : 12 – Contre : 0. Le conseil approuve à l\'unanimité.').vote.castingVote).toBe(false);
  });
});

describe('a price per pupil times the pupils', () => {
  it('gives a total but no school count nor fee per school', () => {
    const record = act('La participation est de 1,50 € par élève ; les 2 écoles accueillent 120 élèves, soit 120 x 1,50 € = 180,00 €. Le conseil approuve à l\'unanimité.');
    expect([record.deliberation.schoolCount, record.deliberation.feePerSchool, record.deliberation.total]).toEqual([2, null, 180]);
  });

  it('still reads schools times a fee per school', () => {
    const record = act('La participation est de 41 € par école, soit 3 x 41 € = 123 €. Le conseil approuve à l\'unanimité.');
    expect([record.deliberation.schoolCount, record.deliberation.feePerSchool, record.deliberation.total]).toEqual([3, 41, 123]);
  });
});
