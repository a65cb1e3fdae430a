import { describe, expect, it } from 'vitest';
import { classificationFromCode, classificationLevel1, classificationLevel2, scdlMatiereName } from '../../lib/write/classification';
import { departmentCodeOnThree, departmentName, departmentNames } from '../../lib/write/departments';

describe('classification table', () => {
  it('holds exactly the national level-2 ranges SCDL lists (1.1–1.7 … 9.1–9.4)', () => {
    const ranges: Record<string, number> = { 1: 7, 2: 3, 3: 6, 4: 5, 5: 8, 6: 5, 7: 10, 8: 9, 9: 4 };
    const expected = Object.entries(ranges).flatMap(([level1, last]) => Array.from({ length: last }, (_, i) => `${level1}.${i + 1}`));
    expect(Object.keys(classificationLevel2).sort()).toEqual(expected.sort());
    expect(Object.keys(classificationLevel1)).toEqual(Object.keys(ranges));
  });

  it('reads the forms portals and records use', () => {
    expect(classificationFromCode('8.1')).toMatchObject({ code: '8.1', label: 'Enseignement', level1Label: 'Domaines de compétences par thèmes' });
    expect(classificationFromCode('8-1-0-0-0')?.code).toBe('8.1');
    expect(classificationFromCode('8.1 - Enseignement')?.code).toBe('8.1');
    expect(classificationFromCode('7.10.2')).toMatchObject({ code: '7.10.2', label: 'Divers', stelaCode: '7-10-2-0-0' });
    expect(classificationFromCode('8')).toMatchObject({ code: '8', level2: null, label: 'Domaines de compétences par thèmes' });
    for (const bad of ['8.10', '10.1', '0.1', 'Enseignement', '', '8.0.3']) expect(classificationFromCode(bad)).toBeNull();
  });

  it('writes SCDL matière names in lower case, accents kept, no comma or parenthesis', () => {
    for (const code of Object.keys(classificationLevel2)) {
      const name = scdlMatiereName(classificationFromCode(code)!);
      expect(name).toBe(name.toLowerCase());
      expect(name).not.toMatch(/[,()]/);
      expect(name.split('/')).toHaveLength(2);
    }
    expect(scdlMatiereName(classificationFromCode('8.1')!)).toBe('domaines de compétences par thèmes/enseignement');
  });
});

describe('departments', () => {
  it('names the 101 departments and writes codes on three characters', () => {
    expect(Object.keys(departmentNames)).toHaveLength(101);
    expect(departmentName('31')).toBe('Haute-Garonne');
    expect(departmentName('9')).toBe('Ariège');
    expect(departmentName('2b')).toBe('Haute-Corse');
    expect(departmentCodeOnThree('02A')).toBe('02A');
    expect(departmentCodeOnThree('974')).toBe('974');
    expect(departmentCodeOnThree('20')).toBeNull();
    expect(departmentCodeOnThree('975')).toBeNull();
  });
});
