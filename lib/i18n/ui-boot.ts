/**
 * The only texts shown before the drafting panel's chunk arrives (lazy-draft-panel.tsx): kept
 * apart so the panel's first chunk does not carry the whole catalogue (ui-fr.ts).
 */
import { languageSignal } from './language';

const bootTexts = {
  'panel.loading': { fr: 'Chargement du panneau de rédaction…', en: 'Loading the drafting panel…' },
  'panel.loadFailed': {
    fr: 'Le panneau de rédaction n’a pas pu se charger : {reason}. Fermez puis rouvrez Paraphe.',
    en: 'The drafting panel could not load: {reason}. Close and reopen Paraphe.',
  },
} as const;

export function bootText(key: keyof typeof bootTexts, data: Record<string, string> = {}): string {
  return bootTexts[key][languageSignal.value].replace(/\{(\w{1,40})\}/g, (whole, name: string) => data[name] ?? whole);
}
