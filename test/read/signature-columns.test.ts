import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

const convention = (signatures: string) => readDocument([
  'CONVENTION DE PARTENARIAT ENT',
  "Entre l'académie de Dijon et la commune de Bellegarde-sur-Orbe",
  'Article 1. La convention prend effet à sa signature.',
  '',
  'Fait en deux exemplaires originaux.',
  signatures,
].join('\n')).record.convention;

describe('two signatures side by side (a table row per line)', () => {
  it('gives each place and date to the party heading its column', () => {
    const c = convention(['Pour l’académie,\tPour la collectivité,', 'À Dijon, le 20 avril 2026\tÀ Bellegarde-sur-Orbe, le 2 mai 2026', 'Le recteur\tLe maire'].join('\n'));
    expect([c.signedAt, c.signedOn, c.communeSignedOn]).toEqual(['Dijon', '2026-04-20', '2026-05-02']);
  });

  it('keeps the académie\'s dated signature and reads the commune\'s blank date as unsigned', () => {
    const c = convention(['Pour l’académie,\tPour la collectivité,', 'À Dijon, le 20 avril 2026\tÀ Bellegarde-sur-Orbe, le', 'Philippe ROUGEMONT\tLe Maire, Armelle JOUBERT'].join('\n'));
    expect([c.signedAt, c.communeSignedOn]).toEqual(['Dijon', null]);
  });

  it('reads the columns the other way round too', () => {
    const c = convention(['Pour la commune,\tPour le recteur, la DASEN,', 'À Bellegarde-sur-Orbe, le 2 mai 2026\tÀ Dijon, le 20 avril 2026'].join('\n'));
    expect([c.signedAt, c.signedOn, c.communeSignedOn]).toEqual(['Dijon', '2026-04-20', '2026-05-02']);
  });
});
