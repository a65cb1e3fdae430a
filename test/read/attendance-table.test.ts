import { describe, expect, it } from 'vitest';
import { readDocument } from '../../lib/read/index';

const act = (roll: string) => readDocument([
  'COMMUNE DE VILLERS-SUR-ORGE',
  'Séance du 3 mars 2025. Conseillers en exercice : 6 – Présents : 4 – Votants : 5',
  '',
  roll,
  '',
  'Objet : Convention ENT des écoles',
  'Le conseil municipal, après en avoir délibéré, à l\'unanimité, approuve la convention.',
].join('\n')).record.attendance;

describe('the roll printed as a table', () => {
  it('reads marks and the proxy column of a tab-separated table', () => {
    const attendance = act([
      'Membres\tPrésent\tAbsent\tPouvoir à',
      'DURAND Paul\tX',
      'MARTIN Anne\tX',
      'PETIT Luc\t\tX\tDURAND Paul',
      'LEROY Chloé\tx',
      'ROUX Marc\t\tX',
      'FAURE Inès\t✓',
    ].join('\n'));
    expect(attendance.presentNames).toEqual(['DURAND Paul', 'MARTIN Anne', 'LEROY Chloé', 'FAURE Inès']);
    expect(attendance.proxies).toEqual([{ from: 'PETIT Luc', to: 'DURAND Paul' }]);
    expect(attendance.absentNames).toEqual(['ROUX Marc']);
  });

  it('reads a Markdown-like table with pipes, civilities and a "Représenté par" column', () => {
    const attendance = act([
      '| Nom et prénom | Présent | Excusé | Représenté par |',
      '| M. Paul DURAND | oui | | |',
      '| Mme Anne MARTIN | oui | | |',
      '| M. Luc PETIT | | oui | Mme Anne MARTIN |',
    ].join('\n'));
    expect(attendance.presentNames).toEqual(['Paul DURAND', 'Anne MARTIN']);
    expect(attendance.proxies).toEqual([{ from: 'Luc PETIT', to: 'Anne MARTIN' }]);
  });

  it('leaves a table that is no roll alone (no absent or proxy column)', () => {
    const attendance = act(['Nom\tPrésent', 'DURAND Paul\tX'].join('\n'));
    expect(attendance.presentNames).toEqual([]);
  });
});
