import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_MESSAGES, PdfReadError, readPdf } from '../../lib/read/pdf';
import { readDocument } from '../../lib/read/index';
import { layoutTextPdf, PDF_FIXTURES } from '../tools/make-pdf-fixture';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PDF_FIXTURES, name)));
const ceretSource = readFileSync(join(PDF_FIXTURES, 'ceret-2026-ent.txt'), 'utf8');
/** What the fixture maker draws: the source without its Markdown emphasis marks. */
const drawn = (text: string): string => text.replace(/\*/g, '');
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

async function failureOf(promise: Promise<unknown>): Promise<PdfReadError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(PdfReadError);
  return error as PdfReadError;
}

describe('readPdf on the Céret fixture (seed 003 laid out on 8 pages)', async () => {
  const progress: [number, number][] = [];
  const data = fixture('ceret-2026-ent.pdf');
  const pdf = await readPdf(data, { onProgress: (done, total) => progress.push([done, total]) });

  it('gives back every word of the source, in order, with the running header once', () => {
    const header = words('Ville de Céret — Conseil municipal du 3 juin 2026');
    expect(words(pdf.text)).toEqual([...header, ...words(drawn(ceretSource))]);
    expect(pdf.pageCount).toBe(8);
  });

  it('drops the "Page N/M" footers and joins words hyphenated at line ends', () => {
    expect(pdf.text).not.toMatch(/Page \d+\/8/);
    expect(pdf.text).not.toMatch(/[a-zé]-\n[a-zé]/);
    expect(pdf.text).toContain('En l\'an deux mille vingt-six et le trois juin');
  });

  it('keeps lines and paragraphs: one list line per proxy, blank lines between paragraphs', () => {
    expect(pdf.text).toMatch(/\nEn exercice : 29\nPrésents : 26\nProcurations : 03\nVotants : 29\n/);
    expect(pdf.text).toMatch(/\n\nSecrétaire de séance : M\. ROIG Julien, Conseiller Municipal\n/);
  });

  it('reports progress page by page and leaves the caller\'s bytes intact', () => {
    expect(progress).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, 8]));
    expect(data.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(data.subarray(0, 5))).toBe('%PDF-');
  });

  it('reads to the same record as the source text for the key fields', () => {
    const fromPdf = readDocument(pdf.text);
    const fromText = readDocument(drawn(ceretSource));
    expect(fromPdf.kinds).toEqual(fromText.kinds);
    const { commune, session, attendance, vote, deliberation, convention } = fromText.record;
    const key = (r: typeof fromText.record) => ({
      commune: { name: r.commune.name, siret: r.commune.siret, department: r.commune.department },
      session: { date: r.session.date, time: r.session.time, convocationDate: r.session.convocationDate, secretary: r.session.secretary },
      attendance: { inOffice: r.attendance.inOffice, present: r.attendance.present, voters: r.attendance.voters, presentNames: r.attendance.presentNames, proxies: r.attendance.proxies },
      vote: { unanimous: r.vote.unanimous },
      deliberation: { actesId: r.deliberation.actesId, transmittedOn: r.deliberation.transmittedOn, receivedOn: r.deliberation.receivedOn },
      convention: { feePerSchool: r.convention.feePerSchool, total: r.convention.total, schools: r.convention.schools, endDate: r.convention.endDate, signedOn: r.convention.signedOn },
    });
    expect(key(fromPdf.record)).toEqual(key({ ...fromText.record, commune, session, attendance, vote, deliberation, convention }));
    // The comparison means something only if the reader found these values in the first place.
    const stated = JSON.stringify(key(fromText.record)).match(/:(?!null)[^,{}[\]]+/g) ?? [];
    expect(stated.length).toBeGreaterThanOrEqual(10);
  });
});

describe('readPdf layouts', () => {
  it('turns table cells into tab-separated lines', async () => {
    const bytes = await layoutTextPdf('Liste des écoles :\n\n0660560A\tÉCOLE ÉLÉMENTAIRE MARC CHAGALL\t41 €\n0660180M\tÉCOLE PABLO PICASSO\t41 €', { title: 'Tableau' });
    const { text } = await readPdf(bytes);
    expect(text).toContain('0660560A\tÉCOLE ÉLÉMENTAIRE MARC CHAGALL\t41 €\n0660180M\tÉCOLE PABLO PICASSO\t41 €');
  });

  it('maps characters the standard fonts cannot encode instead of failing', async () => {
    const bytes = await layoutTextPdf('Montant\u202f: 164\u00a0€ – l’ENT «\u00a0École\u00a0» œuvre', { title: 'WinAnsi' });
    expect((await readPdf(bytes)).text).toMatch(/^Montant\s: 164\s€ – l’ENT «\sÉcole\s» œuvre$/);
  });

  it('keeps a stamp printed up the margin out of the body lines, once', async () => {
    const body = Array.from({ length: 120 }, (_, i) => `Ligne ${i + 1} du corps de la délibération.`).join('\n');
    const stamp = 'Accusé de réception en préfecture 066-216600494-20260603-DCM1212026-DE';
    const { text, pageCount } = await readPdf(await layoutTextPdf(body, { title: 'Tampon', marginStamp: stamp }));
    expect(pageCount).toBeGreaterThan(1);
    expect(text.split('\n').filter((line) => line.startsWith('Ligne'))).toEqual(body.split('\n'));
    expect(text.split(stamp).length - 1).toBe(1);
  });

  it('stops at the page limit and says so', async () => {
    const pdf = await readPdf(fixture('bench-20-pages.pdf'), { maxPages: 3 });
    expect(pdf).toMatchObject({ pageCount: 20, truncated: true });
    expect(pdf.text.length).toBeGreaterThan(3000);
  });
});

describe('PDFs Paraphe cannot read', () => {
  it('a scan (images only) → "no-text" with the French message', async () => {
    const error = await failureOf(readPdf(fixture('scanned-no-text.pdf')));
    expect(error.code).toBe('no-text');
    expect(error.message).toBe('Ce PDF ne contient pas de texte (document scanné ?) : Paraphe ne lit pas encore les images.');
  });

  it('a password-protected PDF → "encrypted"', async () => {
    const error = await failureOf(readPdf(fixture('encrypted.pdf')));
    expect(error.code).toBe('encrypted');
    expect(error.message).toBe(PDF_MESSAGES.encrypted);
  });

  it.each([
    ['a PDF header followed by garbage', fixture('corrupt.pdf')],
    ['a truncated PDF', fixture('ceret-2026-ent.pdf').subarray(0, 900)],
    ['zero bytes', new Uint8Array(0)],
    ['text that is not a PDF', new TextEncoder().encode('Délibération du conseil municipal')],
  ])('%s → "corrupt" or "empty", never a raw pdf.js error', async (_name, bytes) => {
    const error = await failureOf(readPdf(bytes));
    expect(['corrupt', 'empty', 'no-text']).toContain(error.code);
    expect(error.message).toMatch(/PDF/);
  });
});
