/**
 * The panel's language, in its own module: code that only needs the language (the page status
 * in the panel's first chunk) imports it from here and does not carry the catalogue (ui-fr.ts).
 */
import { signal } from '@preact/signals-core';

export type UiLanguage = 'fr' | 'en';

export const languageSignal = signal<UiLanguage>('fr');

/** Read-only view (read `.value` in components to re-render on change); set with setUiLanguage. */
export const uiLanguage = languageSignal as { readonly value: UiLanguage };
