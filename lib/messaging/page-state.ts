/**
 * What the panel knows about the page open in the tab it works on. Produced by the panel's page
 * session (entrypoints/sidepanel/page-session.ts), shown by components/page-status.
 */
import type { ReadonlySignal } from '@preact/signals-core';
import type { Recognition } from '../sites/index';
import type { FillPlan, FillReport, PageSnapshot } from '../sites/snapshot';
import type { UnreadableReason } from './page-access';

export type PageState =
  | { status: 'loading' }
  | { status: 'no-tab' }
  | { status: 'needs-permission'; title: string | null; url: string | null }
  | { status: 'unreadable'; reason: UnreadableReason; title: string | null; url: string | null }
  | {
      status: 'readable';
      /** the document open in the tab (its title and address head the panel) */
      page: { title: string; url: string };
      /** what was recognised: the page itself, or the same-site iframe that holds the form */
      snapshot: PageSnapshot;
      recognition: Recognition;
      fromFrame: boolean;
    }
  | { status: 'failed'; reason: ReadFailure; detail?: string };

/** Why reading a readable page still failed (the page's own script, a stale tab…). */
export type ReadFailure = 'script-not-started' | 'bad-answer' | 'collect-error' | 'tab-query';

/** "mairie-exemple.fr" for the header; the whole URL when it has no host (file:, data:). */
export function displayHost(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || url;
  } catch {
    return url;
  }
}

/** Origin pattern to ask for so Paraphe may reread this site without a click ("https://x.fr/*"). */
export function originPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return `${parsed.protocol}//${parsed.hostname}/*`;
  } catch {
    return null;
  }
}

/**
 * The panel's handle on its tab, created by entrypoints/sidepanel/page-session.ts. Components
 * read the signals and call the actions; they never talk to the browser themselves.
 */
export interface PageSession {
  readonly state: ReadonlySignal<PageState>;
  /** the collected page when readable, null otherwise */
  readonly snapshot: ReadonlySignal<PageSnapshot | null>;
  readonly recognition: ReadonlySignal<Recognition | null>;
  /** whether the user already granted this site's origin (so reading survives navigation) */
  readonly originGranted: ReadonlySignal<boolean>;
  /** reads the page again (after it changed, or after the user granted access) */
  refresh(): Promise<void>;
  /** asks the browser for this site's origin; must run inside a click handler */
  grantOrigin(): Promise<boolean>;
  /** sends a fill plan to the page; rejects with a French message when the page cannot take it */
  fill(plan: FillPlan): Promise<FillReport>;
}
