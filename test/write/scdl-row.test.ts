import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../lib/record/empty-record';
import { csvField, scdlColumns, scdlRequiredColumns, scdlRow } from '../../lib/write/scdl-row';
import { canteenRecord, fullEntRecord } from './record-fixtures';

/** A strict RFC 4180 reader, written for the test. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) { row.push(field); field = ''; }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += char;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

const byColumn = (header: string[], row: string[]) => Object.fromEntries(header.map((column, i) => [column, row[i]]));

describe('scdlRow', () => {
  it('fills every column it can for an ENT-École deliberation', () => {
    const { header, row, missing } = scdlRow(fullEntRecord(), { budgetYear: 2025, budgetName: 'Budget principal', url: 'https://example.org/d/2025-14.pdf' });
    expect(header).toEqual([...scdlColumns]);
    expect(byColumn(header, row)).toEqual({
      COLL_NOM: 'Commune de Montclar-de-Lauragais',
      COLL_SIRET: '21310388300013',
      DELIB_ID: '2025/14',
      DELIB_DATE: '2025-06-03',
      DELIB_MATIERE_CODE: '8.1',
      DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/enseignement',
      DELIB_OBJET: "Convention de partenariat ENT-École « 1er degré » : mise à disposition d'un environnement numérique de travail",
      BUDGET_ANNEE: '2025',
      BUDGET_NOM: 'Budget principal',
      PREF_ID: 'PREF031',
      PREF_DATE: '2025-06-05',
      VOTE_EFFECTIF: '11',
      VOTE_REEL: '10',
      VOTE_POUR: '9',
      VOTE_CONTRE: '0',
      VOTE_ABSTENTION: '1',
      DELIB_URL: 'https://example.org/d/2025-14.pdf',
    });
    expect(missing).toEqual([]);
  });

  it('lists every required column an empty record lacks, in French', () => {
    const { row, missing } = scdlRow(emptyRecord());
    expect(missing.map((entry) => entry.column)).toEqual([...scdlRequiredColumns]);
    expect(missing.every((entry) => entry.message.length > 10)).toBe(true);
    expect(row.every((value) => value === '')).toBe(true);
  });

  it('falls back to the transmitted number for DELIB_ID when the deliberation prints none', () => {
    const record = fullEntRecord();
    record.deliberation.number = null;
    record.deliberation.actesId = '066-216600494-20260603-DCM1212026-DE';
    expect(scdlRow(record).row[scdlColumns.indexOf('DELIB_ID')]).toBe('DCM1212026');
  });

  it('reports a malformed SIRET instead of publishing it', () => {
    const record = canteenRecord();
    record.commune.siret = '213 105 331 0001';
    const { row, missing } = scdlRow(record);
    expect(row[1]).toBe('');
    expect(missing.find((entry) => entry.column === 'COLL_SIRET')?.message).toMatch(/14 chiffres/);
    record.commune.siret = '213 105 331 00010';
    expect(scdlRow(record).row[1]).toBe('21310533100010');
  });

  it('writes the prefecture id on three characters, Corsica included', () => {
    const record = canteenRecord();
    expect(scdlRow(record).row[scdlColumns.indexOf('PREF_ID')]).toBe('PREF064');
    record.commune.department = '2A';
    expect(scdlRow(record).row[9]).toBe('PREF02A');
    record.commune.department = '974';
    expect(scdlRow(record).row[9]).toBe('PREF974');
  });

  it('keeps level 2 only for DELIB_MATIERE_CODE', () => {
    const record = canteenRecord();
    record.deliberation.classification = '7.10.2';
    const values = byColumn(scdlRow(record).header, scdlRow(record).row);
    expect(values.DELIB_MATIERE_CODE).toBe('7.10');
    expect(values.DELIB_MATIERE_NOM).toBe('finances locales/divers');
    record.deliberation.classification = '7.9';
    expect(scdlRow(record).row[5]).toBe('finances locales/prise de participation sem etc.');
  });

  it('quotes per RFC 4180 with either separator', () => {
    const record = canteenRecord();
    record.deliberation.subject = 'Tarifs "cantine", garderie; étude';
    for (const separator of [',', ';'] as const) {
      const { csv, header, row } = scdlRow(record, { separator });
      expect(csv.endsWith('\r\n')).toBe(true);
      expect(parseCsv(csv, separator)).toEqual([header, row]);
    }
    expect(scdlRow(record).csv).toContain('"Tarifs ""cantine"", garderie; étude"');
    expect(scdlRow(record, { separator: ';' }).csv).toContain('"Tarifs ""cantine"", garderie; étude"');
    expect(csvField('simple', ',')).toBe('simple');
  });

  it('round-trips any field through the CSV (property)', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';'), (fields, separator) => {
      const line = fields.map((field) => csvField(field, separator)).join(separator) + '\r\n';
      expect(parseCsv(line, separator)).toEqual([fields]);
    }), { numRuns: 500 });
  });
});
