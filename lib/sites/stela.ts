/**
 * Stela (SICTIAM) "Télétransmission d'acte" (portals.md §3): a React / Semantic-UI form whose
 * nature is a custom search dropdown (no <select>) with the ACTES enum names as values, and
 * whose field ids carry a per-draft UUID.
 */
import { findActesForm } from './actes-form';
import { actesSummary } from './actes-summary';
import { defineAdapter } from './site-adapter';
import type { PageSnapshot } from './snapshot';

const UUID_PREFIX = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}_/i;

function isStela(snapshot: PageSnapshot): boolean {
  const form = findActesForm(snapshot);
  const nature = form?.fields.find((q) => q.role === 'nature')?.field;
  if (!form || !nature || nature.type !== 'combobox') return false;
  return nature.options.some((o) => o.value === 'DELIBERATIONS') || form.fields.some((q) => UUID_PREFIX.test(q.field.htmlId));
}

export default defineAdapter({
  id: 'stela',
  kind: 'actes-form',
  examples: ['stela-acte.html'],
  matches: isStela,
  summarise: (snapshot) => actesSummary('Stela', findActesForm(snapshot)!),
});
