import type { ActesForm } from './actes-form';
import { roleLabels, type Role } from './field-roles';

/** "Formulaire @CTES (S²LOW) reconnu : nature, numéro, date, objet, classification" */
export function actesSummary(portal: string, form: ActesForm): string {
  const seen = new Set<Role>(form.fields.filter((q) => q.field.visible || q.role === 'classification').map((q) => q.role));
  const found = (['nature', 'number', 'decisionDate', 'subject', 'classification', 'pieceType'] as const)
    .filter((r) => seen.has(r)).map((r) => roleLabels[r].toLowerCase());
  return `Formulaire de télétransmission @CTES (${portal}) reconnu : ${found.join(', ')}`;
}
