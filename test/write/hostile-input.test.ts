import { describe, expect, it } from 'vitest';
import { emptyRecord } from '../../lib/record/empty-record';
import { actesFields, cleanActesNumber } from '../../lib/write/actes-fields';
import { classificationFromCode } from '../../lib/write/classification';
import { normaliseDepartmentCode } from '../../lib/write/departments';
import { renderDeliberation } from '../../lib/write/deliberation-text';
import { scdlRow } from '../../lib/write/scdl-row';

// Blanks in documents are long runs of underscores, dots and spaces; every writer must stay
// linear on them (an end-anchored `[…]+$` over such a run is quadratic).
const size = 200_000;
const hostile = [
  '_'.repeat(size) + 'A',
  ' '.repeat(size) + 'x',
  '.'.repeat(size) + ';',
  '- '.repeat(size / 2) + '\u0000',
  '8.'.repeat(size / 2) + 'x',
  'n° '.repeat(size / 3),
  '\u00a0'.repeat(size) + '1',
];

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('writers on hostile input', () => {
  it.each(hostile.map((text, index) => [index, text] as const))('stay fast on hostile input #%i', (_index, text) => {
    const record = emptyRecord();
    record.deliberation.number = text;
    record.deliberation.subject = text;
    record.deliberation.classification = text;
    record.commune.name = text;
    record.commune.department = text;
    record.commune.siret = text;
    record.session.place = text;
    record.session.president = text;
    const elapsed = timed(() => {
      cleanActesNumber(text);
      classificationFromCode(text);
      normaliseDepartmentCode(text);
      actesFields(record);
      scdlRow(record);
      renderDeliberation(record);
    });
    expect(elapsed).toBeLessThan(3000);
  });
});
