import { describe, expect, it } from 'vitest';
import { cleanPersonName, firstPersonIn, splitList } from '../../lib/read/person-names';

describe('cleanPersonName', () => {
  it.each([
    ['M. COSTE Michel, Maire', 'COSTE Michel'],
    ['Mme ROCA Aurélie, Conseillère Municipale', 'ROCA Aurélie'],
    ['M.LANSADE Marc Etienne', 'LANSADE Marc Etienne'],
    ['Monsieur le Maire, JM BERGIA', 'JM BERGIA'],
    ['Marc Etienne LANSADÉ maire', 'Marc Etienne LANSADÉ'],
    ['MMES CARISTAN Carole', 'CARISTAN Carole'],
    ['M. MERCI Bernard', 'MERCI Bernard'],
    ['Mme Claire MARTIN, 1ère adjointe', 'Claire MARTIN'],
    ['Madame Anne DUBOST (arrivée à 18h45)', 'Anne DUBOST'],
  ])('%s → %s', (raw, name) => {
    expect(cleanPersonName(raw)).toBe(name);
  });

  it.each(['Maire', 'Conseillers Municipaux.', 'Mmes', 'le Maire', 'dûment convoqués le 19 octobre', ''])('%s is no name', (raw) => {
    expect(cleanPersonName(raw)).toBeNull();
  });
});

describe('splitList', () => {
  const names = (block: string) => splitList(block).map((i) => cleanPersonName(i.text)).filter(Boolean);

  it('splits grouped civilities "MMES A, B MM C, D"', () => {
    expect(names('MMES CARISTAN Carole, LAHANA Agnès MM BERGIA Jean-Marc, BONNET Benoît')).toEqual([
      'CARISTAN Carole', 'LAHANA Agnès', 'BERGIA Jean-Marc', 'BONNET Benoît',
    ]);
  });

  it('splits on spaced dashes, tabs and new lines but not inside hyphenated names', () => {
    expect(names('Christiane LARDAT – Isabelle FARNET-RISSO –\nRené LE VIAVANT\tJean-Paul MOREL')).toEqual([
      'Christiane LARDAT', 'Isabelle FARNET-RISSO', 'René LE VIAVANT', 'Jean-Paul MOREL',
    ]);
  });

  it('joins a name broken over two lines by a PDF or OCR', () => {
    expect(names('Catherine MARLAS, Jean-Luc\nBOUSQUET, Françoise DELFAU')).toEqual(['Catherine MARLAS', 'Jean-Luc BOUSQUET', 'Françoise DELFAU']);
  });

  it('keeps offsets in the block', () => {
    const block = 'Présents : A. ONE, B. TWO';
    for (const item of splitList(block)) expect(block.slice(item.start, item.end)).toBe(item.text);
  });
});

describe('firstPersonIn', () => {
  it('skips "son maire" to the name', () => {
    expect(firstPersonIn('son maire, Monsieur Jean-Bernard MION, dûment habilité par délibération')?.name).toBe('Jean-Bernard MION');
  });
});
