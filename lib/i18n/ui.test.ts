import { afterEach, describe, expect, it } from 'vitest';
import { isUiKey, setUiLanguage, t, uiLanguage } from './ui';
import { uiFr } from './ui-fr';
import { uiEn } from './ui-en';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setUiLanguage('fr'));

describe('UI catalogue', () => {
  it('has every key in French and English, non-empty, with the same placeholders', () => {
    expect(Object.keys(uiEn).sort()).toEqual(Object.keys(uiFr).sort());
    for (const [key, fr] of Object.entries(uiFr)) {
      const en = uiEn[key as keyof typeof uiFr];
      expect(fr.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(fr));
    }
  });
  it('speaks French first, English on request, and fills placeholders', async () => {
    expect(uiLanguage.value).toBe('fr');
    expect(t('field.attendance.present')).toBe('Présents');
    expect(t('drafts.openNamed', { title: 'Tarifs' })).toBe('Ouvrir « Tarifs »');
    await setUiLanguage('en');
    expect(t('field.attendance.present')).toBe('Present');
  });
  it('has the boot texts in both languages', async () => {
    const { bootText } = await import('./ui-boot');
    expect(bootText('panel.loading')).toBe('Chargement du panneau de rédaction…');
    expect(bootText('panel.loadFailed', { reason: 'x' })).toContain(': x.');
    await setUiLanguage('en');
    expect(bootText('panel.loading')).toBe('Loading the drafting panel…');
  });
  it('has a label for every field of the form', async () => {
    const { draftFields } = await import('../draft/draft-fields');
    for (const field of draftFields) expect(isUiKey(field.label), field.path).toBe(true);
  });
});
