/**
 * Pastell (Libriciel) "Actes (générique)" edition page (portals.md §2): one table row per field,
 * nature codes 1–6 behind a "..." first option, the date as JJ/MM/AAAA text, and decoy
 * hidden/password inputs at the top of the form to defeat browser autofill.
 */
import { findActesForm } from './actes-form';
import { actesSummary } from './actes-summary';
import { defineAdapter } from './site-adapter';
import type { PageSnapshot } from './snapshot';

function isPastell(snapshot: PageSnapshot): boolean {
  const form = findActesForm(snapshot);
  const nature = form?.fields.find((q) => q.role === 'nature' && q.field.tag === 'select')?.field;
  if (!form || !nature) return false;
  const codes = nature.options.filter((o) => o.value !== '').map((o) => o.value).sort().join(',');
  const decoy = snapshot.fields.some((f) => f.formIndex === form.formIndex && f.type === 'password' && !f.visible);
  return codes === '1,2,3,4,5,6' && (nature.options[0]?.text.trim() === '...' || decoy);
}

export default defineAdapter({
  id: 'pastell',
  kind: 'actes-form',
  examples: ['pastell-acte.html'],
  matches: isPastell,
  summarise: (snapshot) => actesSummary('Pastell', findActesForm(snapshot)!),
});
