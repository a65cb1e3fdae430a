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

/** One run of `text` at a size, `size / 2` wide per character unless a width is given. */
const at = (text: string, x: number, y: number, size: number, width = text.length * size / 2): TextRun => ({ text, x, y, width, size });

/** Lines of a paragraph set from x to `right`, justified (every line but the last reaches it). */
function paragraphRuns(lines: string[], x: number, right: number, top: number, spacing: number, size: number): TextRun[] {
  return lines.map((text, i) => at(text, x, top - i * spacing, size, i < lines.length - 1 ? right - x : text.length * size / 2));
}

describe('layoutPage: two groups of lines side by side', () => {
  const labels = ['Nombre de membres :', 'En exercice : 15', 'Présents : 12', 'Représentés : 5', 'Votants : 17', 'Date de convocation :', '04/06/2026', 'Date d’affichage :', '04/06/2026'];
  const session = [
    'L’an deux mille vingt-six, le onze juin, le Conseil muni-',
    'cipal de la commune, dûment convoqué, s’est réuni dans la',
    'salle des délibérations de l’hôtel de',
    'ville, sous la présidence de Mme HUMBERT, Maire.',
  ];
  const page = (): TextRun[] => [
    at('Objet : convention de partenariat pour l’espace numérique de travail des écoles', 60, 720, 10.5, 473),
    // labels every 12 pt in 9 pt type, the paragraph every 14 pt in 10.5 pt type
    ...labels.map((text, i) => at(text, 60, 700 - i * 12, 9)),
    ...paragraphRuns(session, 215, 533, 700, 14, 10.5),
    ...paragraphRuns(['Présents : Mme Véronique HUMBERT, M. Renaud JOUBERT, Mme Agathe SAUVAGE, M. Lionel LE GOFF,', 'M. Loïc LACROIX.'], 60, 533, 580, 14, 10.5),
  ];

  it('reads the left column, then the right one, instead of mixing them line by line', () => {
    expect(layoutPage({ runs: page(), height: 842 }).map((l) => l.text)).toEqual([
      'Objet : convention de partenariat pour l’espace numérique de travail des écoles',
      ...labels, ...session,
      'Présents : Mme Véronique HUMBERT, M. Renaud JOUBERT, Mme Agathe SAUVAGE, M. Lionel LE GOFF,', 'M. Loïc LACROIX.',
    ]);
  });

  it('rejoins the right column as prose, across a word cut by a hyphen', () => {
    const text = pagesToText([layoutPage({ runs: page(), height: 842 })]);
    expect(text).toContain('Date d’affichage :\n04/06/2026\n');
    expect(text).toContain('le Conseil municipal de la commune, dûment convoqué, s’est réuni dans la salle des délibérations de l’hôtel de ville, sous la présidence');
    expect(text).not.toContain('\t');
  });

  it('reads labels apart from a paragraph set in the same type on the same baselines', () => {
    const runs = [
      ...labels.slice(0, 6).map((text, i) => at(text, 60, 700 - i * 14, 10.5)),
      ...paragraphRuns(session, 215, 533, 700, 14, 10.5),
    ];
    const text = pagesToText([layoutPage({ runs, height: 842 })]);
    expect(text).toBe(`${labels.slice(0, 6).join('\n')}\nL’an deux mille vingt-six, le onze juin, le Conseil municipal de la commune, dûment convoqué, s’est réuni dans la salle des délibérations de l’hôtel de ville, sous la présidence de Mme HUMBERT, Maire.`);
  });

  it('keeps a table whose last column is alike on every row (e-mail addresses) as rows', () => {
    const schools = [['EPPU', '0830556D', 'CHABAUD'], ['EPPU', '0830557E', 'FONTVIEILLE'], ['EPPU', '0831635B', 'RIALET'], ['EMPU', '0831475C', 'PISAN']];
    // the addresses are drawn glyph by glyph, as some producers do
    const glyphs = (text: string, x: number, y: number): TextRun[] => [...text].map((char, k) => at(char, x + k * 5, y, 10, 5));
    const runs = schools.flatMap((row, i) => [
      ...row.map((cell, j) => at(cell, 50 + j * 70, 700 - i * 14, 10)),
      ...glyphs(`ecole.${row[1]!.toLowerCase()}@ac-nice.fr`, 300, 700 - i * 14),
    ]);
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual(schools.map((row) => `${row.join('\t')}\tecole.${row[1]!.toLowerCase()}@ac-nice.fr`));
  });

  it('keeps rows whose cells share their baselines as tab-separated table rows', () => {
    const sig = [['Pour l’académie,', 'Pour la collectivité,'], ['À Dijon, le 20 avril 2026', 'À Bellegarde, le 2 mai 2026'], ['Philippe ROUGEMONT', 'Le Maire, Armelle JOUBERT']];
    const votes = [['Votants', 'Pour', 'Contre', 'Abstention'], ['27', '25', '2', '0']];
    const runs = [
      ...sig.flatMap(([left, right], i) => [at(left!, 62, 500 - i * 14, 10.5), at(right!, 320, 500 - i * 14, 10.5)]),
      ...votes.flatMap((row, i) => row.map((cell, j) => at(cell, 66 + j * 90, 400 - i * 18, 9))),
      at('Fait en deux exemplaires originaux.', 62, 350, 10.5),
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'Pour l’académie,\tPour la collectivité,', 'À Dijon, le 20 avril 2026\tÀ Bellegarde, le 2 mai 2026', 'Philippe ROUGEMONT\tLe Maire, Armelle JOUBERT',
      'Votants\tPour\tContre\tAbstention', '27\t25\t2\t0', 'Fait en deux exemplaires originaux.',
    ]);
  });

  it('reads a transmission stamp in the corner as lines of its own, kept once across pages', () => {
    const stamp = ['Envoyé en préfecture le 16/06/2026', 'Reçu en préfecture le 16/06/2026', 'Publié le 17/06/2026', 'ID : 974-219744331-20260611-DCM_2026_077-DE'];
    const pageRuns = (body: string[]): TextRun[] => [
      at('Commune de Sainte-Apolline', 62, 812, 8),
      ...stamp.map((text, i) => at(text, 400, 786 - i * 9, 6.5)),
      ...body.map((text, i) => at(text, 62, 770 - i * 16, 11)),
      at('Le conseil municipal, après en avoir délibéré, approuve la convention jointe à la présente.', 62, 690, 10.5, 471),
    ];
    const first = layoutPage({ runs: pageRuns(['DÉPARTEMENT : LA RÉUNION', 'EXTRAIT DU REGISTRE', 'DU CONSEIL MUNICIPAL']), height: 842 });
    expect(first.map((l) => l.text)).toEqual([
      'Commune de Sainte-Apolline', 'DÉPARTEMENT : LA RÉUNION', 'EXTRAIT DU REGISTRE', 'DU CONSEIL MUNICIPAL', ...stamp,
      'Le conseil municipal, après en avoir délibéré, approuve la convention jointe à la présente.',
    ]);
    const second = layoutPage({ runs: pageRuns(['ANNEXE – Convention', 'ACADÉMIE DE LA RÉUNION', 'Le 22 mai 2026', 'Entre']), height: 842 });
    const text = pagesToText(dropRunningLines([first, second], [842, 842]));
    expect(text.split('Reçu en préfecture le 16/06/2026').length - 1).toBe(1);
    expect(text).toContain('ANNEXE – Convention\nACADÉMIE DE LA RÉUNION\nLe 22 mai 2026\nEntre');
  });

  it('reads any label column beside any paragraph column apart (property)', () => {
    const word = fc.stringMatching(/^[a-zà-ÿ]{2,9}$/);
    const label = fc.tuple(fc.stringMatching(/^[A-Z][a-zé]{2,10}$/), fc.integer({ min: 0, max: 99 })).map(([name, n]) => `${name} : ${n}`);
    fc.assert(fc.property(
      fc.array(label, { minLength: 3, maxLength: 9 }),
      fc.array(fc.array(word, { minLength: 3, maxLength: 6 }), { minLength: 3, maxLength: 5 }),
      fc.integer({ min: 180, max: 300 }),
      (labelLines, paragraph, columnX) => {
        const rightLines = paragraph.map((words) => words.join(' '));
        const runs = [
          ...labelLines.map((text, i) => at(text, 60, 700 - i * 12, 9, Math.min(text.length * 4.5, columnX - 80))),
          ...rightLines.map((text, i) => at(text, columnX, 700 - i * 14, 10.5, Math.min(text.length * 5.25, 533 - columnX))),
        ];
        expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([...labelLines, ...rightLines]);
      },
    ));
  });
});

describe('layoutPage: table cells wrapped onto more lines', () => {
  const row = (cells: [string, number][], y: number): TextRun[] => cells.map(([text, x]) => at(text, x, y, 9));

  it('appends a line that continues one full cell to that cell', () => {
    const runs = [
      ...row([['UAI', 66], ['Nom de l’école', 136], ['Adresse', 366]], 700),
      // the name fills its cell up to the next column (x = 366): the rest goes below
      ...row([['0451903Z', 66], ['Groupe scolaire public Marie Curie – site des', 136], ['1 quai du Châtelet', 366]], 682),
      ...row([['Bords de Loire', 136]], 670),
      ...row([['0452260M', 66], ['École Jean de La Fontaine', 136], ['3 allée des Peupliers', 366]], 652),
      at('Fait en deux exemplaires originaux.', 62, 620, 10.5),
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'UAI\tNom de l’école\tAdresse',
      '0451903Z\tGroupe scolaire public Marie Curie – site des Bords de Loire\t1 quai du Châtelet',
      '0452260M\tÉcole Jean de La Fontaine\t3 allée des Peupliers',
      'Fait en deux exemplaires originaux.',
    ]);
  });

  it('rejoins a word cut by a hyphen inside a cell, and leaves a short list beside a label as lines', () => {
    const runs = [
      ...row([['Objet', 66], ['mise à disposition de l’environnement numé-', 136]], 700),
      ...row([['rique de travail', 136]], 688),
      ...row([['Présents :', 66], ['M. Jean DUPONT', 136]], 660),
      ...row([['Mme Marie MARTIN', 136]], 648),
      ...row([['M. Paul DURAND', 136]], 636),
    ];
    // the first row's cell reaches the next column; the names stop far short of the edge
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'Objet\tmise à disposition de l’environnement numérique de travail',
      'Présents :\tM. Jean DUPONT', 'Mme Marie MARTIN', 'M. Paul DURAND',
    ]);
  });
});

describe('layoutPage: a label and a tab before a paragraph', () => {
  it('does not take the short last line of the paragraph, back at the margin, for a cell', () => {
    const runs = [
      at('Article 2 :', 62, 700, 10), at('Le Maire est chargé de l’exécution de la présente décision et de', 132, 700, 10, 401),
      at('son exécution.', 62, 686, 10),
      at('Article 3 :', 62, 660, 10), at('La présente délibération sera transmise.', 132, 660, 10),
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'Article 2 :\tLe Maire est chargé de l’exécution de la présente décision et de', 'son exécution.',
      'Article 3 :\tLa présente délibération sera transmise.',
    ]);
  });
});

describe('layoutPage: labels before paragraphs with a hanging indent', () => {
  it('keeps each label with its paragraph, not all labels first', () => {
    const runs = [
      at('DÉCIDE :', 62, 700, 10),
      at('Article 1 :', 62, 686, 10), at('D’approuver la convention de partenariat relative à l’espace', 132, 686, 10, 401),
      at('numérique de travail des écoles publiques de la commune pour', 132, 672, 10, 401),
      at('l’année scolaire 2026-2027, dont le texte est joint à la présente', 132, 658, 10, 401),
      at('délibération.', 132, 644, 10),
      at('Article 2 :', 62, 630, 10), at('D’autoriser le Maire à la signer.', 132, 630, 10),
      at('Ainsi fait,', 62, 600, 10), at('le 3 juin.', 62, 586, 10), at('Le Maire,', 62, 572, 10),
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual([
      'DÉCIDE :',
      'Article 1 :\tD’approuver la convention de partenariat relative à l’espace numérique de travail des écoles publiques de la commune pour l’année scolaire 2026-2027, dont le texte est joint à la présente délibération.',
      'Article 2 :\tD’autoriser le Maire à la signer.',
      'Ainsi fait,', 'le 3 juin.', 'Le Maire,',
    ]);
  });
});

describe('layoutPage: word spaces from gaps', () => {
  it('writes a space for a gap of a seventh of an em, not for kerning', () => {
    const runs = [
      at('M.', 50, 700, 10, 10), at('PAYET', 61.5, 700, 10, 30), at('Loïc', 93, 700, 10, 20), // 1.5 pt gaps: spaces
      at('dé', 50, 680, 10, 10), at('libération', 60.4, 680, 10, 50), // 0.4 pt: kerning inside a word
      at('1', 50, 660, 10, 5), at('er', 55, 663, 6, 6), at('DEGRÉ', 62, 660, 10, 30), // 1 pt after small type: a space in its size
    ];
    expect(layoutPage({ runs, height: 842 }).map((l) => l.text)).toEqual(['M. PAYET Loïc', 'délibération', '1er DEGRÉ']);
  });
});
