// @vitest-environment happy-dom
/**
 * The generated recogniser test (refined-github's detector test): every adapter runs on every
 * fixture page; its own examples must match, every other page must not.
 */
import { describe, expect, it } from 'vitest';
import { collectSnapshot } from '../../entrypoints/content/collect';
import { adapters, recognisePage } from '../../lib/sites/index';
import { fixtureNames, loadFixture } from './load-fixture';

const snapshots = new Map(fixtureNames().map((name) => [name, collectSnapshot(loadFixture(name).document)]));

describe('every example page of an adapter exists', () => {
  for (const adapter of adapters) {
    it(`${adapter.id} lists saved fixtures`, () => {
      expect(adapter.examples.length, `${adapter.id} has no example page`).toBeGreaterThan(0);
      for (const example of adapter.examples) expect(snapshots.has(example), `${adapter.id}: missing fixture ${example}`).toBe(true);
    });
  }
});

describe.each([...snapshots.keys()])('%s', (name) => {
  const snapshot = snapshots.get(name)!;
  for (const adapter of adapters) {
    const own = adapter.examples.includes(name);
    it(`${own ? 'is' : 'is not'} recognised by ${adapter.id}`, () => {
      const fix = own
        ? `${adapter.id}.matches() must recognise ${name} (listed in its examples): fix the adapter, or the fixture if it no longer looks like the real page`
        : `${adapter.id}.matches() wrongly recognises ${name}: tighten lib/sites/${adapter.id}.ts, or add ${name} to its examples if it truly is such a page`;
      expect(adapter.matches(snapshot), fix).toBe(own);
    });
  }
  it('gets one recognition, consistent with the examples', () => {
    const owner = adapters.find((a) => a.examples.includes(name));
    const recognition = recognisePage(snapshot);
    expect(recognition.adapterId).toBe(owner?.id ?? null);
    expect(recognition.summary.length).toBeGreaterThan(5);
  });
});

describe('summaries a secretary reads', () => {
  it('names the portal of an @CTES form', () => {
    expect(recognisePage(snapshots.get('s2low-transaction.html')!).summary).toMatch(/S²LOW/);
    expect(recognisePage(snapshots.get('pastell-acte.html')!).summary).toMatch(/Pastell/);
    expect(recognisePage(snapshots.get('stela-acte.html')!).summary).toMatch(/Stela/);
  });
  it('calls an ENT-École convention by its name and lookalikes by a plainer one', () => {
    expect(recognisePage(snapshots.get('convention-occitanie.html')!).summary).toMatch(/^Convention ENT-École reconnue/);
    for (const lookalike of ['lookalike-teletransmission-convention.html', 'lookalike-amonecole.html', 'lookalike-college-ent.html']) {
      const r = recognisePage(snapshots.get(lookalike)!);
      expect(r.kind).toBe('unknown');
      expect(r.summary).not.toMatch(/Convention ENT-École reconnue/);
    }
  });
  it('points an académie article at the convention PDF', () => {
    expect(recognisePage(snapshots.get('academie-article.html')!).summary).toMatch(/convention-ent-ecole-2025-2026\.pdf|Télécharger la convention/);
  });
  it('tells the user a page has a frame to look into', () => {
    expect(recognisePage(snapshots.get('generic-iframe.html')!).summary).toMatch(/1 cadre intégré/);
  });
});

describe('summary parts', async () => {
  const { communeForSentence, euros } = await import('../../lib/sites/summary-parts');
  it('writes a capitalised commune name as in a sentence', () => {
    expect(communeForSentence('CASTELFORT-SUR-TARN')).toBe('Castelfort-sur-Tarn');
    expect(communeForSentence("VAL-D'ORMEAUX")).toBe("Val-d'Ormeaux");
    expect(communeForSentence('LE PUY-EN-VELAY')).toBe('Le Puy-en-Velay');
    expect(communeForSentence('Céret')).toBe('Céret');
  });
  it('writes euros the French way', () => {
    expect(euros(164)).toBe('164 €');
    expect(euros(1250.5)).toBe('1\u202f250,50 €');
  });
});
