import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dropRunningLines, joinHyphenated, layoutPage, pagesToText, type PageLine, type TextRun } from '../../lib/read/pdf-text-layout';

const SIZE = 10;
const CHAR = 5; // a monospaced stand-in: width of one character at SIZE

/** Places words left to right on one baseline with the given gaps (in points). */
function runsOf(words: string[], y: number, gaps: number[], x0 = 50): TextRun[] {
  let x = x0;
  return words.map((text, i) => {
    const run = { text, x, y, width: text.length * CHAR, size: SIZE };
    x += run.width + (gaps[i] ?? 0);
    return run;
  });
}

const line = (text: string, y: number): PageLine => ({ text, y, gapAfter: false });

describe('layoutPage', () => {
  it('writes the spaces a producer left as gaps, and tabs for table gaps', () => {
    const runs = [...runsOf(['Présents', ':', '26'], 700, [3, 3]), ...runsOf(['0660560A', 'ECOLE', 'MARC', 'CHAGALL'], 680, [60, 2.5, 2.5])];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual(['Présents : 26', '0660560A\tECOLE MARC CHAGALL']);
  });

  it('keeps a raised "er" or "°" on its line and orders runs by x, not by stream order', () => {
    const runs: TextRun[] = [
      { text: 'degré', x: 80, y: 700, width: 25, size: SIZE },
      { text: '1', x: 50, y: 700, width: 5, size: SIZE },
      { text: 'er', x: 55, y: 703, width: 8, size: 6 },
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual(['1er degré']);
  });

  it('marks paragraph gaps, not ordinary line spacing', () => {
    const runs = [...runsOf(['un'], 700, []), ...runsOf(['deux'], 687, []), ...runsOf(['trois'], 660, []), ...runsOf(['quatre'], 647, [])];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.gapAfter)).toEqual([false, true, false, false]);
  });

  it('rebuilds any line of words placed with word gaps (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'’,.;:()-]{1,12}$/);
    fc.assert(fc.property(
      fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 20 }),
      fc.array(fc.double({ min: 1.5, max: 15, noNaN: true }), { minLength: 12, maxLength: 12 }),
      (lines, gaps) => {
        const runs = lines.flatMap((words, i) => runsOf(words, 780 - i * 13, gaps));
        expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual(lines.map((words) => words.join(' ')));
      },
    ));
  });
});

describe('dropRunningLines', () => {
  const page = (n: number, total: number): PageLine[] => [
    line('ID : 066-216600494-20260603-DCM1212026-DE', 800),
    line(`Corps de la page ${n}`, 500),
    line(`Page ${n}/${total}`, 30),
  ];

  it('drops page numbers and keeps a running stamp once', () => {
    const pages = [page(1, 3), page(2, 3), page(3, 3)];
    const kept = dropRunningLines(pages, [842, 842, 842]).map((lines) => lines.map((l) => l.text));
    expect(kept).toEqual([
      ['ID : 066-216600494-20260603-DCM1212026-DE', 'Corps de la page 1'],
      ['Corps de la page 2'],
      ['Corps de la page 3'],
    ]);
  });

  it('keeps body lines that merely repeat, and edge lines found on few pages', () => {
    const pages = [
      [line('Le Maire,', 800), line('Vu le code', 400)],
      [line('Article 1', 790), line('Vu le code', 400)],
      [line('Article 2', 790), line('Vu le code', 400)],
    ];
    expect(dropRunningLines(pages, [842, 842, 842]).flat().map((l) => l.text)).toEqual([
      'Le Maire,', 'Vu le code', 'Article 1', 'Vu le code', 'Article 2', 'Vu le code',
    ]);
  });
});

describe('joinHyphenated', () => {
  it.each([
    ['la délibé-', 'ration est adoptée', 'la délibération est adoptée'],
    ['deux mille vingt-', 'six', 'deux mille vingt-six'],
    ['Représentée par Carole Drucker-', 'Godard', null],
    ['projet ENT-', 'École', null],
    ['la sous-', 'préfecture', 'la sous-préfecture'],
    ['celle-', 'ci', 'celle-ci'],
    ['mise en œuvre -', 'suite', null],
    ['le numé\u00ad', 'rique', 'le numérique'],
  ])('%s / %s', (previous, next, expected) => {
    const joined = joinHyphenated(previous, next);
    expect(joined ? joined.previous + joined.next : null).toBe(expected);
  });
});

describe('pagesToText', () => {
  it('runs a sentence on across a page break and separates finished pages', () => {
    const pages = [[line('Présents : M. A,', 100)], [line('M. B.', 800)], [line('Fin.', 800)]];
    expect(pagesToText(pages)).toBe('Présents : M. A,\nM. B.\n\nFin.');
  });
});
