import { describe, expect, it } from 'vitest';
import { splitList } from '../../lib/read/person-names';
import { readListItems } from '../../lib/read/proxy-phrases';

const proxiesOf = (block: string, bare = true) => readListItems(splitList(block), bare).proxies.map(({ from, to }) => ({ from, to }));

describe('proxy phrasings', () => {
  it.each([
    ['Mme GARY Isabelle à M. MALAVAL Claude', 'GARY Isabelle', 'MALAVAL Claude'],
    ['Gilbert UVERNET\tà\tPatricia PENCHENAT', 'Gilbert UVERNET', 'Patricia PENCHENAT'],
    ['Nathalie LAGRANGE a donné procuration à Bruno GIBERT', 'Nathalie LAGRANGE', 'Bruno GIBERT'],
    ['M. DERBOIS Guy, Conseiller Municipal, ayant donné procuration à M. DUNYACH Denis, Adjoint ;', 'DERBOIS Guy', 'DUNYACH Denis'],
    ['Patrick ANGLÈS (procuration à Marlène PUCHE)', 'Patrick ANGLÈS', 'Marlène PUCHE'],
    ['pouvoir de M. Jean PONS à Mme Lise ROCHE', 'Jean PONS', 'Lise ROCHE'],
    ['Mme Lucie FAURE représentée par M. Jacques DELPECH', 'Lucie FAURE', 'Jacques DELPECH'],
    ['M. Alain BOUSQUET donne pouvoir à Mme Nadine FABRE.', 'Alain BOUSQUET', 'Nadine FABRE'],
    ['Pascal BERNARD par Sandrine PERRET', 'Pascal BERNARD', 'Sandrine PERRET'],
    ['M. LAPEYRE Didier (pouvoir à M. ABADIE Guy)', 'LAPEYRE Didier', 'ABADIE Guy'],
  ])('%s', (block, from, to) => {
    expect(proxiesOf(block)).toEqual([{ from, to }]);
  });

  it('reads several proxies on one line and keeps the absent without proxy apart', () => {
    const reading = readListItems(
      splitList('Patrick ANGLÈS (procuration à Marlène PUCHE), Patrick JEAN-FRANÇOIS, Sandra PACHOT (procuration à Jérémy SANSA).'),
      false,
    );
    expect(reading.proxies.map((p) => p.from)).toEqual(['Patrick ANGLÈS', 'Sandra PACHOT']);
    expect(reading.names.map((n) => n.name)).toEqual(['Patrick JEAN-FRANÇOIS']);
  });

  it('does not read "X à Y" outside a proxy list', () => {
    expect(proxiesOf('Jean DUPONT à Paris', false)).toEqual([]);
  });
});
