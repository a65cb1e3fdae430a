import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../lib/read/normalize';

describe('normalizeText', () => {
  it('makes apostrophes, spaces, ordinals, soft hyphens and Markdown uniform', () => {
    const raw = '**Présents**\u00a0: l’an N\u00ba 3 con\u00adseil\r\n## Titre  \n1^{er} ﬁn';
    expect(normalizeText(raw).text).toBe("Présents : l'an N° 3 conseil\nTitre\n1er fin");
  });

  it('drops page footers and OCR spaces around apostrophes', () => {
    expect(normalizeText('L ’ an\nPage 2/5\nsuite\n- 3 -\nfin').text).toBe("L'an\nsuite\nfin");
  });

  it('joins lines wrapped at a margin mid-sentence, keeping offsets', () => {
    const raw = 'Publié sur le site internet de la commune et affiché à la porte de la mairie\nle 13/03/2025\nPrésents : 12';
    const n = normalizeText(raw);
    expect(n.text).toBe(raw.replace('mairie\nle', 'mairie le'));
    expect(n.text.length).toBe(raw.length);
  });

  it('keeps short lines and finished sentences apart', () => {
    const raw = 'en exercice : 18\nprésents : 14\nLa séance est levée à vingt-deux heures et trente minutes.\nla suite';
    expect(normalizeText(raw).text).toBe(raw);
  });

  it('maps every normalized character back to the same character of the original', () => {
    const raw = 'Délibération n\u00ba 12 – l’an  deux\u00a0mille\r\n**Objet** : ENT';
    const n = normalizeText(raw);
    for (let i = 0; i < n.text.length; i++) {
      const original = raw[n.toOriginal(i)]!;
      const ch = n.text[i]!;
      const same = original === ch || (ch === ' ' && /\s/.test(original)) || (ch === "'" && original === '’') || (ch === '°' && original === 'º');
      expect(same, `${i}: ${ch} vs ${original}`).toBe(true);
    }
  });

  it('keeps the map within the original on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        const n = normalizeText(raw);
        for (let i = 0; i <= n.text.length; i++) {
          expect(n.toOriginal(i)).toBeGreaterThanOrEqual(0);
          expect(n.toOriginal(i)).toBeLessThanOrEqual(raw.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the map monotonic on single-column text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (raw) => {
        // two-column pages are read column by column, so only single-column text keeps its order
        fc.pre(!raw.includes('   '));
        const n = normalizeText(raw);
        let last = -1;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(last);
          expect(o).toBeLessThanOrEqual(raw.length);
          last = o;
        }
      }),
      { numRuns: 300 },
    );
  });
});
