/**
 * Page recognition entry point: which adapter (if any) recognises a collected page.
 * Interface fixed for the panel; the adapters themselves live one per file in this folder.
 */
import type { PageSnapshot } from './snapshot';

export type PageKind = 'convention' | 'deliberation' | 'actes-form' | 'unknown';

export interface Recognition {
  kind: PageKind;
  /** id of the adapter that recognised the page, null when none did */
  adapterId: string | null;
  /** one line in French for the panel ("Convention ENT-École reconnue : Céret, 4 écoles, 164 €") */
  summary: string;
}

// Placeholder until the site adapters land (issue 6): honest "not recognised" for every page.
export function recognisePage(_snapshot: PageSnapshot): Recognition {
  return { kind: 'unknown', adapterId: null, summary: 'Page non reconnue' };
}
