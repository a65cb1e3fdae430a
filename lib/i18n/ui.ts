/**
 * The panel's string catalogue: every label the panel shows comes from here, French first
 * (ui-fr.ts, the reference), English second (ui-en.ts, loaded only when chosen, to keep the
 * panel's first load light). `{name}` placeholders are filled by `t(key, data)`.
 * Rule messages are not here: they live in lib/messages (the rules' own catalogue).
 */
import { languageSignal as language, uiLanguage, type UiLanguage } from './language';
import { uiFr } from './ui-fr';

export type { UiLanguage };
export type UiKey = keyof typeof uiFr;

let english: Record<UiKey, string> | null = null;

export { uiLanguage };

/** Switch language; English loads on first use. */
export async function setUiLanguage(next: UiLanguage): Promise<void> {
  if (next === 'en' && !english) english = (await import('./ui-en')).uiEn;
  language.value = next;
}

const placeholder = /\{(\w{1,40})\}/g;

/** The catalogue entry for a key in the current language, `{name}` placeholders filled. */
export function t(key: UiKey, data?: Record<string, string | number>): string {
  const text = language.value === 'en' && english ? english[key] : uiFr[key];
  if (!data) return text;
  return text.replace(placeholder, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

/** Whether a string is a catalogue key (field labels are looked up from record paths). */
export function isUiKey(key: string): key is UiKey {
  return Object.hasOwn(uiFr, key);
}
