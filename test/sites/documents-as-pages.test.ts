/**
 * The readers' document fixtures (other communes, académies, layouts, OCR noise) shown as pages:
 * the document recognisers must classify them by their text, as they would a commune's site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recognisePage } from '../../lib/sites/index';
import type { PageSnapshot } from '../../lib/sites/snapshot';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'documents');
const documents = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const asPage = (text: string): PageSnapshot => ({ url: 'https://commune.example/acte', title: '', lang: 'fr', text, textTruncated: false, fields: [], forms: [], frameCount: 0 });
interface Expected { kinds: string[]; record: { deliberation?: { subject?: string | null | { oneOf: (string | null)[] } } } }

/**
 * Whether the careful human reading (expected/*.json) says the act is about an ENT: its subject names
 * the ENT (or "environnement/espace numérique de travail") and it is a convention. Null when the expected record states no
 * subject (a convention-only document, or a subject the reader of the fixture left out): no claim then.
 */
function aboutEnt(expected: Expected): boolean | null {
  const stated = expected.record.deliberation?.subject ?? null;
  // {"oneOf": [...]} lists acceptable readings of the same subject: any of them says what it is about
  const subject = stated !== null && typeof stated === 'object' ? stated.oneOf.find((s) => s !== null) ?? null : stated;
  // the summary names "ENT-École" for the convention it read; a deliberation alone makes no such claim
  if (subject === null || subject === '' || !expected.kinds.includes('convention')) return null;
  const namesEnt = /\bENT(?:\b|\d)|num[ée]rique de travail/i.test(subject); // "ENT1D", "ENT 77"
  return namesEnt;
}

describe.each(documents)('%s', (file) => {
  const expectedPath = join(DIR, 'expected', file.replace(/\.txt$/, '.json'));
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
  const recognition = recognisePage(asPage(readFileSync(join(DIR, file), 'utf8')));
  it(`is recognised as ${expected.kinds.includes('deliberation') ? 'a deliberation' : 'a convention'}`, () => {
    expect(recognition.adapterId).toBe(expected.kinds.includes('deliberation') ? 'deliberation-page' : 'convention-page');
  });
  const ent = aboutEnt(expected);
  it.skipIf(ent === null)(ent ? 'is said to be about an ENT-École convention' : 'is not said to be about an ENT-École convention', () => {
    expect(/ENT-École/.test(recognition.summary)).toBe(ent);
  });
});

describe('a commune site page saved as HTML', async () => {
  const { Window } = await import('happy-dom');
  const { collectSnapshot } = await import('../../entrypoints/content/collect');
  it('finistere-landeda-site-deliberation.html is a deliberation page', () => {
    const window = new Window({ url: 'https://www.landeda.example/deliberations/2025-03' });
    window.document.write(readFileSync(join(DIR, 'finistere-landeda-site-deliberation.html'), 'utf8'));
    const recognition = recognisePage(collectSnapshot(window.document as unknown as Document));
    expect(recognition.adapterId).toBe('deliberation-page');
    // It joins the ENT Toutatice under a "charte", not a convention: the summary must not invent one.
    expect(recognition.summary).toMatch(/^Délibération reconnue : Landéda/);
    expect(recognition.summary).not.toMatch(/convention ENT-École/);
  });
});
