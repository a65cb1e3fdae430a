/**
 * Any other @CTES act-submission form (FAST, iXBus, a commune's own tool…): found by the label
 * vocabulary shared by every portal (portals.md §4) when no portal-specific adapter claims it.
 */
import { findActesForm } from './actes-form';
import { actesSummary } from './actes-summary';
import pastell from './pastell';
import s2low from './s2low';
import { defineAdapter } from './site-adapter';
import stela from './stela';

export default defineAdapter({
  id: 'generic-actes-form',
  kind: 'actes-form',
  examples: ['generic-wrapping-labels.html', 'generic-aria.html', 'generic-iframe-inner.html', 'hostile.html'],
  matches: (snapshot) => findActesForm(snapshot) !== null && ![s2low, pastell, stela].some((a) => a.matches(snapshot)),
  summarise: (snapshot) => actesSummary('portail non identifié', findActesForm(snapshot)!),
});
