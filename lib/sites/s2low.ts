/**
 * S²LOW (Libriciel) "Création d'une transaction Actes" (portals.md §1): Bootstrap form groups,
 * the classification kept in hidden classif1..5 behind a link that opens a popup, and the
 * decision date in a hidden ISO input behind a visible jQuery UI datepicker.
 */
import { findActesForm } from './actes-form';
import { actesSummary } from './actes-summary';
import { defineAdapter } from './site-adapter';
import type { PageSnapshot } from './snapshot';

function isS2low(snapshot: PageSnapshot): boolean {
  const form = findActesForm(snapshot);
  if (!form) return false;
  const hiddenLevels = form.fields.filter((q) => q.role === 'classification' && q.field.type === 'hidden').length;
  const hiddenDate = form.fields.some((q) => q.role === 'decisionDate' && q.field.type === 'hidden');
  return hiddenLevels >= 2 && hiddenDate;
}

export default defineAdapter({
  id: 's2low',
  kind: 'actes-form',
  examples: ['s2low-transaction.html'],
  matches: isS2low,
  summarise: (snapshot) => actesSummary('S²LOW', findActesForm(snapshot)!),
});
