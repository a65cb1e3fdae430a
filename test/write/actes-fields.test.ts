import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../lib/record/empty-record';
import { actesFields, actesSubjectMaxLength, numberFromActesId } from '../../lib/write/actes-fields';
import { cutAtWord } from '../../lib/write/plain-text';
import { canteenRecord, fullEntRecord } from './record-fixtures';

describe('actesFields', () => {
  it('gives every value of the form for an ENT-École deliberation', () => {
    const fields = actesFields(fullEntRecord());
    expect(fields.nature).toEqual({ code: 'DE', formValue: '1', label: 'Délibérations', stelaValue: 'DELIBERATIONS' });
    expect(fields.number).toBe('202514');
    expect(fields.numberNotes).toEqual([]);
    expect(fields.decisionDate).toBe('2025-06-03');
    expect(fields.decisionDateFr).toBe('03/06/2025');
    expect(fields.decisionDateLong).toBe('3 juin 2025');
    expect(fields.subject).toBe("Convention de partenariat ENT-École « 1er degré » : mise à disposition d'un environnement numérique de travail");
    expect(fields.classification).toMatchObject({ code: '8.1', label: 'Enseignement', level1: '8', level2: '1', pastellValue: '8.1 Enseignement', stelaCode: '8-1-0-0-0' });
    expect(fields.classificationNotes).toHaveLength(1);
    expect(fields.filesToAttach).toEqual(['Document principal : la délibération signée (PDF)', 'Annexe : la convention ENT-École (PDF)']);
  });

  it('takes the classification the record states', () => {
    const record = fullEntRecord();
    record.deliberation.classification = '7.5';
    expect(actesFields(record).classification).toMatchObject({ code: '7.5', label: 'Subventions', level1Label: 'Finances locales' });
    record.deliberation.classification = '1.4 Autres types de contrats';
    expect(actesFields(record).classification?.code).toBe('1.4');
    record.deliberation.classification = '12.3';
    const unknown = actesFields(record);
    expect(unknown.classification).toBeNull();
    expect(unknown.classificationNotes[0]).toMatch(/12\.3/);
  });

  it('proposes no classification for an act that is not about ENT-École', () => {
    const fields = actesFields(canteenRecord());
    expect(fields.classification).toBeNull();
    expect(fields.filesToAttach).toEqual(['Document principal : la délibération signée (PDF)']);
    expect(fields.number).toBe('2024001');
    expect(fields.decisionDateLong).toBe('1er janvier 2024');
  });

  it('prefers the draft @CTES number, then the deliberation number, then the printed id', () => {
    const record = emptyRecord();
    record.deliberation.actesId = '031-213105331-20250625-DEL11-250625-DE';
    expect(actesFields(record).number).toBe('DEL11250625');
    record.deliberation.number = '2025/11';
    expect(actesFields(record).number).toBe('202511');
    record.deliberation.actesNumber = 'CM_2025_11';
    expect(actesFields(record).number).toBe('CM_2025_11');
    expect(numberFromActesId('031-213105331-20240620-202436-DE')).toBe('202436');
    expect(numberFromActesId('not an id')).toBeNull();
  });

  it('leaves an empty record empty, with notes, never "null"', () => {
    const fields = actesFields(emptyRecord());
    expect(fields.number).toBe('');
    expect(fields.decisionDate).toBeNull();
    expect(fields.subject).toBe('');
    expect(fields.numberNotes.length + fields.subjectNotes.length).toBe(2);
    expect(JSON.stringify(fields)).not.toMatch(/undefined|"null"|NaN/);
  });

  it('puts the objet on one line and cuts it at a word under 499 characters', () => {
    const record = emptyRecord();
    const sentence = 'Convention de partenariat pour la mise à disposition\nd’un environnement numérique de travail ';
    record.deliberation.subject = sentence.repeat(12);
    const fields = actesFields(record);
    expect(fields.subject.length).toBeLessThanOrEqual(actesSubjectMaxLength);
    expect(fields.subject).not.toMatch(/\n/);
    expect(fields.subject.endsWith('…')).toBe(true);
    const head = fields.subject.slice(0, -1);
    const flat = sentence.repeat(12).replace(/\s+/g, ' ');
    expect(flat.startsWith(head)).toBe(true);
    expect(flat.charAt(head.length)).toBe(' '); // cut between words
    expect(fields.subjectNotes[0]).toMatch(/499/);
  });
});

describe('cutAtWord', () => {
  it('keeps a short text as it is', () => {
    expect(cutAtWord('Objet court', 499)).toEqual({ text: 'Objet court', cut: false });
  });

  it('never exceeds the limit, keeps a prefix and never splits a surrogate pair (property)', () => {
    const words = fc.array(fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('😀', 'école', 'ENT-École')), { maxLength: 200 })
      .map((list) => list.join(' '));
    fc.assert(fc.property(words, fc.integer({ min: 2, max: 120 }), (text, max) => {
      const { text: out, cut } = cutAtWord(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      if (!cut) expect(out).toBe(text);
      else {
        expect(out.endsWith('…')).toBe(true);
        expect(text.startsWith(out.slice(0, -1))).toBe(true);
        expect(out).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
      }
    }), { numRuns: 1000 });
  });
});
