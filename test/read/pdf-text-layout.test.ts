import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dropRunningLines, joinHyphenated, layoutPage, markWrappedLines, pagesToText, type PageLine, type TextRun } from '../../lib/read/pdf-text-layout';

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

  it('reads thinly padded cells as tabs when they line up in columns, not a loose line alone', () => {
    const row = (words: string[], y: number): TextRun[] => runsOf(words, y, [15, 15]);
    const runs = [
      ...row(['EPPU', '0830556D', 'CHABAUD'], 700), ...row(['EPPU', '0830557E', 'RIALET'], 686), ...row(['EMPU', '0831635B', 'FONT'], 672),
      ...runsOf(['Le', 'conseil', 'municipal'], 640, [15, 2]),
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'EPPU\t0830556D\tCHABAUD', 'EPPU\t0830557E\tRIALET', 'EMPU\t0831635B\tFONT', 'Le conseil municipal',
    ]);
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
      // Word gaps below 0.6 em, as pdf.js leaves them; wider ones that line up across lines
      // are columns, the table-cell tests' business.
      fc.array(fc.double({ min: 1.5, max: 5.9, noNaN: true }), { minLength: 12, maxLength: 12 }),
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

describe('markWrappedLines', () => {
  /** A line set from x = 50 with 5 pt per character, like `runsOf`. */
  const set = (text: string, y: number, gapAfter = false): PageLine => ({ text, y, gapAfter, right: 50 + text.length * CHAR, charWidth: CHAR });
  const words = ['conformément', 'aux', 'dispositions', 'du', 'code', 'général', 'des', 'collectivités', 'territoriales', 'et', 'suivants'];
  const full = (n: number): string => `${words[n % words.length]} ${n} `.padEnd(90, 'x'); // reaches the right margin at 500
  const paragraph = (y: number): PageLine[] => [set(full(1), y), set(full(2), y - 13), set(full(3), y - 26), set('fin du paragraphe.', y - 39, true)];

  it('joins a paragraph broken by the margin, not the short lines of a count block', () => {
    const pages = [
      [...paragraph(700), set(`${full(4).slice(0, 70)} Mme LACOMBE Maria, M.`, 600), set('LABELLE Thierry, Adjoint.', 587, true)],
      [set('En exercice : 29', 700), set('Présents : 26', 687), set('Procurations : 03', 674)],
    ];
    expect(markWrappedLines(pages)).toEqual([[true, true, true, false, true, false], [false, false, false]]);
  });

  it('does not join across a paragraph gap, a table row, a list item, a label or a stamp beyond the margin', () => {
    const pages = [[
      ...paragraph(780),
      set(full(5), 700, true), set(full(6), 670),
      set(`${full(7).slice(0, 88)} ;`, 657), set(full(8), 644),
      set(full(9), 631), set('- De solliciter une rectification', 618),
      set(full(10), 605), set('0660560A\tECOLE', 592), set(full(11), 580), set('Absent : Raphaël DUPONT.', 567),
      set(`Reçu en préfecture le 10/06/2026 ${'x'.repeat(70)}`, 570), set('ID : 066-216600494-20260603-DCM1212026-DE', 557),
    ]];
    expect(markWrappedLines(pages)[0]).toEqual([true, true, true, false, false, true, false, true, false, false, false, false, false, false, false, false]);
  });

  it('joins a list of names separated by dashes when a dash starts the next line', () => {
    const names = 'Christiane LARDAT – Audrey TROIN – Geoffrey PECAUD – Sonia BRASSEUR – Francis LAPRADE';
    const pages = [[...paragraph(700), set(names.padEnd(90, ' '), 600), set('– Isabelle BRUSSAT – Julie LEPLAIDEUR', 587)]];
    expect(markWrappedLines(pages)[0]!.slice(4)).toEqual([true, false]);
  });

  it('joins wrapped lines with a space in the text, across a page break too', () => {
    const pages = [[...paragraph(700), set(full(4).slice(0, 85) + ' les', 600)], [set('écoles de Céret.', 800)]];
    expect(pagesToText(pages)).toBe(`${full(1)} ${full(2)} ${full(3)} fin du paragraphe.\n\n${full(4).slice(0, 85)} les écoles de Céret.`);
  });
});
