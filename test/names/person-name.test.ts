import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMayorTitle, mayBeSamePerson, nameKey, nameVariant, samePerson, withinOneEdit } from '../../lib/names/person-name';

describe('person names', () => {
  it('ignore case, accents, civilities and word order', () => {
    expect(samePerson('M. Marc Etienne LANSADÉ', 'LANSADE Marc-Etienne')).toBe(true);
    expect(samePerson('MMES CARISTAN Carole', 'Carole Caristan')).toBe(true);
    expect(samePerson('Mme COSTASECA-VIDALOU Bernadette', 'Bernadette COSTASECA VIDALOU')).toBe(true);
  });
  it('same person means the full name, not a shared surname', () => {
    expect(samePerson('Patrick GARNIER', 'Jean-Pascal GARNIER')).toBe(false);
    expect(samePerson('GARNIER', 'GARNIER')).toBe(false);
  });
  it('may be the same person: surname alone, initials', () => {
    expect(mayBeSamePerson('M. MANGION', 'Denis MANGION')).toBe(true);
    expect(mayBeSamePerson('JM BERGIA', 'BERGIA Jean-Marc')).toBe(true);
    expect(mayBeSamePerson('J.-M. BERGIA', 'BERGIA Jean-Marc')).toBe(true);
    expect(mayBeSamePerson('Paul BERGIA', 'BERGIA Jean-Marc')).toBe(false);
    expect(mayBeSamePerson('DUPUIS Henri', 'MALAVAL Claude')).toBe(false);
  });
  it('recognises "Monsieur le Maire"', () => {
    expect(isMayorTitle('Monsieur le Maire')).toBe(true);
    expect(isMayorTitle('M. le Président')).toBe(true);
    expect(isMayorTitle('Claude MAIRE DUPONT')).toBe(false);
    expect(isMayorTitle('MAIRE Claude')).toBe(false);
    expect(isMayorTitle('le Maire')).toBe(true);
  });
  it('finds one-letter variants of long words only', () => {
    expect(nameVariant('MATHIEU SIEYES', 'Mathieu SIEYE')).toEqual(['sieyes', 'sieye']);
    expect(nameVariant('Jean MARTIN', 'Joan MARTIN')).toBeNull();
    expect(nameVariant('Michel MARTIN', 'Michèle MARTIN')).toBeNull();
    expect(nameVariant('Pascal DURAND', 'Pascale DURAND')).toBeNull();
    expect(nameVariant('Mathieu SIEYES', 'Mathieu SIEYES')).toBeNull();
    expect(nameVariant('Patrick GARNIER', 'Jean-Pascal GARNIER')).toBeNull();
  });
  it('word order never changes the key; one edit is symmetric (properties)', () => {
    fc.assert(fc.property(fc.array(fc.stringMatching(/^[A-Za-zéè]{1,8}$/), { minLength: 1, maxLength: 4 }), (words) => {
      expect(nameKey(words.join(' '))).toBe(nameKey([...words].reverse().join(' ')));
    }));
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
      expect(withinOneEdit(a, b)).toBe(withinOneEdit(b, a));
    }));
  });
});
