/**
 * Finds the @CTES act-submission form on a page: the one form (or, for frameworks that use no
 * <form>, the page) where the four core fields a secretary types (nature, number, decision
 * date, subject) are visible and editable together. Lookalikes carry some of the same labels but not all
 * four (S²LOW's "Mise à jour classification" sidebar), a range instead of a date, or a search
 * button (Stela's and Pastell's search filters).
 */
import { qualifyFields, type QualifiedField, type Role } from './field-roles';
import { foldText } from './fold-label';
import type { PageSnapshot } from './snapshot';

export const coreRoles = ['nature', 'number', 'decisionDate', 'subject'] as const satisfies readonly Role[];

export interface ActesForm {
  /** index in snapshot.forms, -1 when the fields sit outside any <form> */
  formIndex: number;
  /** qualified fields of that form, visible or not (the planner decides what it may touch) */
  fields: QualifiedField[];
}

const SEARCH_SUBMIT = /\b(?:recherch\w*|filtr\w*|search|chercher|trouver)\b/;
const SUBMIT_ACT = /\b(?:enregistr|cre|envo|depos|transmet|valid)\w*/;

function isSearchForm(snapshot: PageSnapshot, formIndex: number): boolean {
  const form = snapshot.forms.find((f) => f.index === formIndex);
  if (!form) return false;
  const submit = foldText(form.submitText);
  return SEARCH_SUBMIT.test(submit) && !SUBMIT_ACT.test(submit);
}

export function findActesForm(snapshot: PageSnapshot): ActesForm | null {
  const byForm = new Map<number, QualifiedField[]>();
  for (const q of qualifyFields(snapshot.fields)) {
    const list = byForm.get(q.field.formIndex) ?? [];
    list.push(q);
    byForm.set(q.field.formIndex, list);
  }
  for (const [formIndex, fields] of byForm) {
    const shown = new Set(fields.filter((q) => q.field.visible && !q.field.readOnly && !q.field.disabled).map((q) => q.role));
    if (coreRoles.every((r) => shown.has(r)) && !isSearchForm(snapshot, formIndex)) return { formIndex, fields };
  }
  return null;
}
