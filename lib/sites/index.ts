/**
 * Page recognition entry point: which adapter (if any) recognises a collected page.
 * Interface fixed for the panel; the adapters themselves live one per file in this folder and
 * are tried in order: portal-specific forms before the generic one, documents last.
 */
import { pageKinds } from './page-kinds';
import conventionPage from './convention-page';
import deliberationPage from './deliberation-page';
import genericActesForm from './generic-actes-form';
import pastell from './pastell';
import s2low from './s2low';
import type { PageKind, SiteAdapter } from './site-adapter';
import type { PageSnapshot } from './snapshot';
import stela from './stela';

export type { PageKind, SiteAdapter };

export interface Recognition {
  kind: PageKind;
  /** id of the adapter that recognised the page, null when none did */
  adapterId: string | null;
  /** one line in French for the panel ("Convention ENT-École reconnue : Céret, 4 écoles, 164 €") */
  summary: string;
}

export const adapters: readonly SiteAdapter[] = [s2low, pastell, stela, genericActesForm, deliberationPage, conventionPage];

export function recognisePage(snapshot: PageSnapshot): Recognition {
  for (const adapter of adapters) {
    if (adapter.matches(snapshot)) return { kind: adapter.kind, adapterId: adapter.id, summary: adapter.summarise(snapshot) };
  }
  // A convention that is not ENT-École (préfecture ACTES, AmonEcole, collèges) is said plainly.
  const plain = pageKinds(snapshot.text).includes('convention')
    ? 'Convention reconnue, mais ce n’est pas une convention ENT-École'
    : 'Page non reconnue';
  const frames = snapshot.frameCount > 0 ? ` (${snapshot.frameCount} cadre${snapshot.frameCount > 1 ? 's' : ''} intégré${snapshot.frameCount > 1 ? 's' : ''} à examiner)` : '';
  return { kind: 'unknown', adapterId: null, summary: plain + frames };
}
