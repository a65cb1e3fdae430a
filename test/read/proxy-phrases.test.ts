import { describe, expect, it } from 'vitest';
import { splitList } from '../../lib/read/person-names';
import { readListItems, resolveMayorProxies, THE_MAYOR } from '../../lib/read/proxy-phrases';

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

  it('keeps "à M. le Maire" for the mayor, named later', () => {
    expect(proxiesOf('Mme Anne PY à M. le Maire')).toEqual([{ from: 'Anne PY', to: THE_MAYOR }]);
    expect(resolveMayorProxies([{ from: 'Anne PY', to: THE_MAYOR }], 'Jean BOSC')).toEqual([{ from: 'Anne PY', to: 'Jean BOSC' }]);
    expect(resolveMayorProxies([{ from: 'Anne PY', to: THE_MAYOR }], null)).toEqual([]);
  });

  it('joins a giver or holder broken after a civility at a line end', () => {
    expect(proxiesOf('Mme Annie FOURNIÉ à M.\nJean-Claude ROUQUET ; Mme Rose\nPUJOL à Mme Fabienne AZAÏS.')).toEqual([
      { from: 'Annie FOURNIÉ', to: 'Jean-Claude ROUQUET' },
      { from: 'Rose PUJOL', to: 'Fabienne AZAÏS' },
    ]);
  });

  it('does not read "X à Y" outside a proxy list', () => {
    expect(proxiesOf('Jean DUPONT à Paris', false)).toEqual([]);
  });
});
