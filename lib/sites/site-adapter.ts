/**
 * The shape every site adapter exports (refined-github's one-feature-per-file): an id, the kind
 * of page it recognises, the saved fixture pages it must recognise (test/fixtures/pages/), and
 * pure predicates over a collected snapshot.
 */
import type { PageSnapshot } from './snapshot';

export type PageKind = 'convention' | 'deliberation' | 'actes-form' | 'unknown';

export interface SiteAdapter {
  id: string;
  kind: Exclude<PageKind, 'unknown'>;
  /** fixture file names under test/fixtures/pages/ that this adapter must recognise, and no other */
  examples: readonly string[];
  matches: (snapshot: PageSnapshot) => boolean;
  /** one line in French for the panel; called only when `matches` is true */
  summarise: (snapshot: PageSnapshot) => string;
}

export function defineAdapter(adapter: SiteAdapter): SiteAdapter {
  return adapter;
}
