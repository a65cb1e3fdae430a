import { describe, expect, it } from 'vitest';
import { detectKinds } from '../../lib/read/detect-kinds';
import { segmentDocument } from '../../lib/read/segment';

const deliberation = 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\nLe Conseil municipal, après en avoir délibéré, approuve la convention.';
const convention = 'CONVENTION DE PARTENARIAT\n\nEntre :\nL’académie de Lyon\n\nEt :\nLa commune de X\n\nIl est convenu ce qui suit :\nArticle 1';

describe('detectKinds', () => {
  it('tells a deliberation, a convention, both, none', () => {
    expect(detectKinds(deliberation)).toEqual(['deliberation']);
    expect(detectKinds(convention)).toEqual(['convention']);
    expect(detectKinds(`${deliberation}\n\nEnvoyé en préfecture le 10/06/2026\nID : 066-216600494-20260603-DCM1212026-DE\n\n${convention}`)).toEqual([
      'deliberation',
      'convention',
    ]);
    expect(detectKinds('Compte rendu de la fête de l’école, merci aux parents.')).toEqual([]);
    expect(detectKinds('')).toEqual([]);
  });

  it('does not take "la convention annexée" in a deliberation for a convention', () => {
    expect(detectKinds(`${deliberation}\nAPPROUVE les termes de la convention annexée à la présente délibération.`)).toEqual(['deliberation']);
  });
});

describe('segmentDocument', () => {
  it('starts the convention at its title, before "Entre"', () => {
    const text = `${deliberation}\n\n${convention}`;
    const segments = segmentDocument(text);
    expect(text.slice(segments.convention!.start).startsWith('CONVENTION DE PARTENARIAT')).toBe(true);
    expect(segments.deliberation.end).toBe(segments.convention!.start);
  });
});
