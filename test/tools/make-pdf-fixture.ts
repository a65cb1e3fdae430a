/**
 * Builds the PDF fixtures of test/fixtures/documents/pdf/ from texts, laid out the way real
 * council PDFs are: A4, justified words placed one by one (spaces exist only as gaps), words
 * hyphenated at line ends, a running header and a "Page N/M" footer on every page, table
 * rows as cells far apart on one baseline.
 *
 *   npx tsx test/tools/make-pdf-fixture.ts          # rebuild every fixture (deterministic)
 *
 * Standard fonts only (no font file to ship): pdf-lib encodes them in WinAnsi, so characters
 * outside it are mapped to their nearest WinAnsi form first (see `toWinAnsi`).
 */
import { sharedSeedsDir } from '../support/shared-material';
import { degrees, PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { deflateSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LayoutOptions {
  title: string;
  /** printed at the top of every page, like a letterhead repeated by the producer */
  runningHeader?: string;
  fontSize?: number;
  /** stop after this many pages (the text is repeated if it runs out first) */
  exactPages?: number;
  /** printed up the left margin of every page, as some @CTES platforms stamp received acts */
  marginStamp?: string;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = { left: 62, right: 56, top: 78, bottom: 72 };
const FIXED_DATE = new Date('2026-06-10T09:00:00Z');

/** Characters WinAnsi lacks, mapped to what a secretary would read the same way. */
const WINANSI_SUBSTITUTES: Record<string, string> = {
  '\u202f': '\u00a0', '\u2009': ' ', '\u2007': ' ', '\u200b': '', '\u2010': '-', '\u2011': '-',
  '\u2212': '-', '\u2032': "'", '\u2033': '"', '\u2192': '->', '\u2264': '<=', '\u2265': '>=',
};

export function toWinAnsi(text: string, font: PDFFont): string {
  const encodable = new Set(font.getCharacterSet());
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (encodable.has(code)) { out += ch; continue; }
    const substitute = WINANSI_SUBSTITUTES[ch] ?? ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += [...substitute].every((c) => encodable.has(c.codePointAt(0)!)) ? substitute : '?';
  }
  return out;
}

interface Word { text: string; bold: boolean }
interface PlacedWord { text: string; x: number; bold: boolean }
type PlannedLine = { kind: 'words'; words: PlacedWord[]; size?: number } | { kind: 'gap' };

/**
 * Splits a markdown-ish source line into words, `**bold**` spans set in bold and `*` dropped.
 * A marker inside a word ("**18h30**,") does not split it: bold is the state at its start.
 */
function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  let bold = false;
  for (const token of line.split(/[ \u00a0]+/)) {
    const startsBold = token.startsWith('**') ? !bold : bold;
    bold = (token.match(/\*\*/g)?.length ?? 0) % 2 === 1 ? !bold : bold;
    const text = token.replace(/\*/g, '');
    if (text.length > 0) words.push({ text, bold: startsBold });
  }
  return words;
}

const LOWER_WORD = /^[a-zà-öø-ÿœ]{8,}[,.;:]?$/;
/** Characters across the text width in a column-laid-out source line. */
const LAYOUT_COLUMNS = 100;

export async function layoutTextPdf(source: string, options: LayoutOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = options.fontSize ?? 10.5;
  const leading = size * 1.3;
  const width = A4[0] - MARGIN.left - MARGIN.right;
  const linesPerPage = Math.floor((A4[1] - MARGIN.top - MARGIN.bottom) / leading);
  // Glyph by glyph: pdf-lib's widthOfTextAtSize counts kerning pairs ("T." "AV") that
  // drawText does not apply, which would make words collide.
  const measure = (w: Word): number => {
    const font = w.bold ? bold : regular;
    return [...toWinAnsi(w.text, regular)].reduce((sum, ch) => sum + font.widthOfTextAtSize(ch, size), 0);
  };
  const space = regular.widthOfTextAtSize(' ', size);

  const planned: PlannedLine[] = [];
  const planParagraph = (line: string): void => {
    const table = tables.get(line);
    if (table) {
      const cells = line.split('\t');
      planned.push({ kind: 'words', size: size * table.scale, words: cells.map((cell, i) => ({ text: cell.replace(/\*/g, '').trim(), x: table.starts[i] ?? 0, bold: false })) });
      return;
    }
    // Text laid out with runs of spaces (as `pdftotext -layout` prints columns): each piece
    // goes where its column starts, in a smaller font, as the original PDF placed it.
    if (/\S {3,}\S/.test(line) || /^ {4,}\S/.test(line)) {
      const column = width / LAYOUT_COLUMNS;
      const pieces = [...line.matchAll(/\S+(?: {1,2}\S+)*/g)];
      planned.push({ kind: 'words', size: size * 0.85, words: pieces.map((m) => ({ text: m[0].replace(/\*/g, ''), x: m.index * column, bold: false })) });
      return;
    }
    const queue = wordsOf(line);
    while (queue.length > 0) {
      const row: Word[] = [];
      let used = 0;
      while (queue.length > 0) {
        const word = queue[0]!;
        const needed = (row.length > 0 ? space : 0) + measure(word);
        if (used + needed <= width || row.length === 0) { row.push(queue.shift()!); used += needed; continue; }
        // Hyphenate a long lower-case word when its head still fits, as word processors do.
        if (LOWER_WORD.test(word.text)) {
          for (let cut = word.text.length - 4; cut >= 4; cut--) {
            const head = { text: word.text.slice(0, cut) + '-', bold: word.bold };
            if (used + space + measure(head) <= width) {
              row.push(head);
              queue[0] = { text: word.text.slice(cut), bold: word.bold };
              break;
            }
          }
        }
        break;
      }
      const last = queue.length === 0;
      const natural = row.reduce((sum, w) => sum + measure(w), 0);
      const justified = (width - natural) / Math.max(1, row.length - 1);
      // Justify full lines, but not into gaps a reader would take for table columns.
      const gap = !last && row.length > 3 && justified < size * 0.9 ? justified : space;
      let x = 0;
      planned.push({ kind: 'words', words: row.map((w) => { const placed = { ...w, x }; x += measure(w) + gap; return placed; }) });
    }
  };

  const paragraphs = source.replace(/\r\n?/g, '\n').split('\n');
  // Each run of tab-separated rows is a table: columns as wide as their widest cell plus a
  // gutter, in a smaller font when it would not fit the page, like a word processor's table.
  const tables = new Map<string, { starts: number[]; scale: number }>();
  for (let i = 0; i < paragraphs.length;) {
    if (!paragraphs[i]!.includes('\t')) { i++; continue; }
    const rows: string[] = [];
    while (i < paragraphs.length && paragraphs[i]!.includes('\t')) rows.push(paragraphs[i++]!.trim());
    const widths: number[] = [];
    for (const row of rows) row.split('\t').forEach((cell, c) => { widths[c] = Math.max(widths[c] ?? 0, measure({ text: cell.replace(/\*/g, '').trim(), bold: false })); });
    const gutter = 28;
    const total = widths.reduce((sum, w) => sum + w + gutter, -gutter);
    const scale = Math.min(1, width / total);
    const starts = widths.map((_, c) => widths.slice(0, c).reduce((sum, w) => sum + w + gutter, 0) * scale);
    for (const row of rows) tables.set(row, { starts, scale });
  }

  let blankRun = 0;
  const planAll = (): void => {
    for (const paragraph of paragraphs) {
      if (paragraph.trim() === '') {
        if (blankRun++ === 0 && planned.length > 0) planned.push({ kind: 'gap' });
        continue;
      }
      blankRun = 0;
      planParagraph(/^ {4,}\S/.test(paragraph) ? paragraph.trimEnd() : paragraph.trim());
    }
  };
  planAll();
  const target = options.exactPages;
  if (target) while (planned.length < target * linesPerPage) { planned.push({ kind: 'gap' }); planAll(); }

  const pages: PlannedLine[][] = [];
  for (let i = 0; i < planned.length; i += linesPerPage) pages.push(planned.slice(i, i + linesPerPage));
  if (target) pages.length = Math.min(pages.length, target);

  pages.forEach((lines, p) => {
    const page = doc.addPage(A4);
    let y = A4[1] - MARGIN.top;
    lines.forEach((line) => {
      if (line.kind === 'words') {
        for (const w of line.words) {
          page.drawText(toWinAnsi(w.text, regular), { x: MARGIN.left + w.x, y, size: line.size ?? size, font: w.bold ? bold : regular });
        }
      }
      y -= leading;
    });
    drawPageFurniture(page, regular, options.runningHeader, `Page ${p + 1}/${pages.length}`);
    if (options.marginStamp) {
      page.drawText(toWinAnsi(options.marginStamp, regular), { x: 30, y: 300, size: 8, font: regular, rotate: degrees(90) });
    }
  });
  setFixedMetadata(doc, options.title);
  return doc.save();
}

function drawPageFurniture(page: PDFPage, font: PDFFont, header: string | undefined, footer: string): void {
  if (header) page.drawText(toWinAnsi(header, font), { x: MARGIN.left, y: A4[1] - 40, size: 8, font });
  const footerWidth = font.widthOfTextAtSize(footer, 8);
  page.drawText(footer, { x: (A4[0] - footerWidth) / 2, y: 32, size: 8, font });
}

function setFixedMetadata(doc: PDFDocument, title: string): void {
  doc.setTitle(title);
  doc.setProducer('Paraphe test fixtures (pdf-lib)');
  doc.setCreator('test/tools/make-pdf-fixture.ts');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
}

/** A scanned document: each page is one grey image with dark bars where lines of text were. */
export async function imageOnlyPdf(pageCount = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(scanLikePng(420, 594));
  for (let p = 0; p < pageCount; p++) {
    const page = doc.addPage(A4);
    page.drawImage(png, { x: 0, y: 0, width: A4[0], height: A4[1] });
  }
  setFixedMetadata(doc, 'Délibération scannée (image seule)');
  return doc.save();
}

/** The start of a PDF followed by garbage: no cross-reference table, no trailer. */
export function corruptPdf(): Uint8Array {
  const head = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa';
  const junk = new Uint8Array(4096);
  let seed = 7;
  for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return new Uint8Array([...Buffer.from(head, 'latin1'), ...junk]);
}

/**
 * A PDF under the standard security handler with a user password (not the empty one): what
 * a "protected" PDF from an office suite looks like to a reader without the password.
 */
export function encryptedPdf(): Uint8Array {
  const hex32 = (seed: number): string => {
    let out = '';
    for (let i = 0; i < 32; i++) out += ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 24).toString(16).padStart(2, '0');
    return out;
  };
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 8 >>\nstream\n\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32(3)}> /U <${hex32(5)}> /P -3904 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${object}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex32(9).slice(0, 32)}> <${hex32(9).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** A grey PNG with darker bands like lines of print, from a fixed pseudo-random seed. */
function scanLikePng(width: number, height: number): Uint8Array {
  const raw = Buffer.alloc((width + 1) * height);
  let seed = 42;
  const noise = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) >>> 27);
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0; // filter: none
    const inLine = y > 60 && y < height - 60 && y % 14 < 6;
    for (let x = 0; x < width; x++) {
      const ink = inLine && x > 40 && x < width - 40 && (x >> 3) % 7 !== 0;
      raw[y * (width + 1) + 1 + x] = (ink ? 60 : 238) + noise();
    }
  }
  const chunk = (type: string, body: Buffer): Buffer => {
    const length = Buffer.alloc(4); length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4);
  header[8] = 8; header[9] = 0; // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const here = dirname(fileURLToPath(import.meta.url));
export const PDF_FIXTURES = join(here, '../fixtures/documents/pdf');
const SEEDS = process.env.PARAPHE_SEEDS ?? sharedSeedsDir;

async function main(): Promise<void> {
  mkdirSync(PDF_FIXTURES, { recursive: true });
  const write = (name: string, bytes: Uint8Array): void => {
    writeFileSync(join(PDF_FIXTURES, name), bytes);
    console.log(`${name}\t${bytes.byteLength} octets`);
  };
  // The source text is kept beside its PDF so the round-trip test needs nothing outside the repo.
  const ceret = readFileSync(join(SEEDS, '003_ed283d386761d980.txt'), 'utf8');
  writeFileSync(join(PDF_FIXTURES, 'ceret-2026-ent.txt'), ceret);
  write('ceret-2026-ent.pdf', await layoutTextPdf(ceret, {
    title: 'Céret — délibération et convention ENT-École 2026-2027',
    runningHeader: 'Ville de Céret — Conseil municipal du 3 juin 2026',
  }));
  const seeds = ['000_689fc1e38e99b6ab', '001_98aa3f5bebae0cfc', '002_27c4777c775cd845', '004_52eb290e372c04fb'];
  const long = seeds.map((name) => readFileSync(join(SEEDS, `${name}.txt`), 'utf8')).join('\n\n');
  const schools = Array.from({ length: 40 }, (_, i) =>
    `${String(660100 + i * 7).padStart(7, '0')}${'ABCDEFGHJKLMNPRSTUVWXYZ'[i % 23]}\tÉcole primaire publique n° ${i + 1}\t41 €`);
  write('bench-20-pages.pdf', await layoutTextPdf(`${long}\n\nListe des écoles :\n\nUAI\tÉcole\tMontant\n${schools.join('\n')}`, {
    title: 'Vingt pages de délibérations et conventions (banc d’essai)',
    runningHeader: 'Recueil des actes administratifs — banc d’essai Paraphe',
    exactPages: 20,
  }));
  write('scanned-no-text.pdf', await imageOnlyPdf());
  write('corrupt.pdf', corruptPdf());
  write('encrypted.pdf', encryptedPdf());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
