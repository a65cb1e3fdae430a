/**
 * Executes a fill plan in the page (Bitwarden's "script of actions"): finds each field by the
 * `data-paraphe-id` the collector set, writes through the native setter so framework-controlled
 * inputs (React, Stela) notice, and fires the events a typing user would. It never touches a
 * file input, a field the user cannot see, a read-only or disabled one, and ignores the plan
 * when the page changed since collection.
 */
import type { FillAction, FillPlan, FillReport } from '../../lib/sites/snapshot';
import { PARAPHE_ID, isCustomCombobox, listboxOf, visibilityChecker } from './collect';

export type SkipReason =
  | 'url-changed' | 'not-found' | 'file-input' | 'hidden' | 'read-only' | 'disabled'
  | 'no-option' | 'not-fillable' | 'value-rejected';

/**
 * A hidden input is written only as the twin of a visible field under the same label: S²LOW's
 * datepicker keeps the ISO date in a hidden input its label points to, and its classification
 * link keeps the codes in hidden classif1..5. Only dates and small integers go there: a hidden
 * field holding anything else (CSRF token, MAX_FILE_SIZE, a decoy) is never a place for our text.
 */
const HIDDEN_TWIN_VALUE = /^(?:\d{4}-\d{2}-\d{2}|\d{1,3}|)$/;

function hiddenTwinAllowed(el: Element, value: string, plannedVisible: Element[], isVisible: (el: Element) => boolean): boolean {
  if (el.tagName !== 'INPUT' || !HIDDEN_TWIN_VALUE.test(value)) return false;
  const doc = el.ownerDocument;
  const container = el.closest('.form-group, .field, fieldset, tr, td') ?? el.parentElement;
  if (!container) return false;
  const label = Array.from(container.querySelectorAll('label[for]')).find((l) => {
    const target = doc.getElementById(l.getAttribute('for') ?? '');
    return target === el || (target !== null && isVisible(target));
  });
  if (!label) return false;
  // The visible half of the pair must sit in the same labelled group: a planned field, or the
  // link the label points to (S²LOW classification).
  const labelTarget = doc.getElementById(label.getAttribute('for') ?? '');
  return plannedVisible.some((v) => container.contains(v)) || (labelTarget !== null && labelTarget !== el && isVisible(labelTarget));
}

function fire(el: Element, type: string): void {
  const view = el.ownerDocument.defaultView;
  const Ctor = type.startsWith('key') ? view?.KeyboardEvent : type === 'focus' || type === 'blur' ? view?.FocusEvent : view?.Event;
  const init = { bubbles: type !== 'focus' && type !== 'blur', cancelable: true };
  el.dispatchEvent(Ctor ? new Ctor(type, init) : new Event(type, init));
  if (type === 'focus') el.dispatchEvent(new (view?.FocusEvent ?? Event)('focusin', { bubbles: true }));
  if (type === 'blur') el.dispatchEvent(new (view?.FocusEvent ?? Event)('focusout', { bubbles: true }));
}

/** Writes through the prototype's setter: React tracks values set on the instance and would ignore ours. */
function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = el.ownerDocument.defaultView;
  const proto = el.tagName === 'TEXTAREA' ? view?.HTMLTextAreaElement.prototype
    : el.tagName === 'SELECT' ? view?.HTMLSelectElement.prototype : view?.HTMLInputElement.prototype;
  const setter = proto ? Object.getOwnPropertyDescriptor(proto, 'value')?.set : undefined;
  if (setter) setter.call(el, value);
  else el.value = value;
}

function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  fire(el, 'focus');
  fire(el, 'keydown');
  setNativeValue(el, value);
  fire(el, 'input');
  fire(el, 'keyup');
  fire(el, 'change');
  fire(el, 'blur');
}

function chooseOption(el: HTMLSelectElement, value: string): boolean {
  const index = Array.from(el.options).findIndex((o) => o.value === value);
  if (index < 0) return false;
  fire(el, 'focus');
  setNativeValue(el, value);
  el.selectedIndex = index;
  fire(el, 'input');
  fire(el, 'change');
  fire(el, 'blur');
  return true;
}

/** Custom dropdowns (Semantic-UI, ARIA comboboxes) only listen to clicks on their items. */
function chooseCustomOption(el: Element, value: string): boolean {
  const findOption = () => {
    const list = listboxOf(el);
    return list ? Array.from(list.querySelectorAll('[role="option"]')).find((o) =>
      (o.getAttribute('data-value') ?? o.getAttribute('value') ?? (o.textContent ?? '').trim()) === value) ?? null : null;
  };
  const box = el.closest('[role="combobox"], .dropdown') ?? el;
  const view = el.ownerDocument.defaultView;
  const click = (target: Element) => {
    for (const type of ['mousedown', 'mouseup', 'click']) target.dispatchEvent(new (view?.MouseEvent ?? Event)(type, { bubbles: true, cancelable: true }));
  };
  fire(el, 'focus');
  click(box);
  // Overlay menus (Angular Material, some Semantic builds) render their options only once open.
  const option = findOption();
  if (!option) {
    click(box);
    fire(el, 'blur');
    return false;
  }
  click(option);
  fire(el, 'change');
  fire(el, 'blur');
  return true;
}

function execute(el: Element, action: FillAction): 'ok' | 'no-option' | 'not-fillable' {
  const tag = el.tagName;
  if (action.kind === 'select') {
    if (tag === 'SELECT') return chooseOption(el as HTMLSelectElement, action.value) ? 'ok' : 'no-option';
    if (isCustomCombobox(el)) return chooseCustomOption(el, action.value) ? 'ok' : 'no-option';
    return 'not-fillable';
  }
  if (action.kind === 'check') {
    if (tag !== 'INPUT') return 'not-fillable';
    const input = el as HTMLInputElement;
    const wanted = action.value === 'true';
    if (input.checked !== wanted) input.click();
    return 'ok';
  }
  if (tag === 'INPUT' || tag === 'TEXTAREA') { typeInto(el as HTMLInputElement, action.value); return 'ok'; }
  if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') {
    fire(el, 'focus');
    el.textContent = action.value;
    fire(el, 'input');
    fire(el, 'blur');
    return 'ok';
  }
  return 'not-fillable';
}

export function executeFillPlan(doc: Document, plan: FillPlan): FillReport {
  const report: FillReport = { filled: [], skipped: [] };
  if ((doc.location?.href ?? '') !== plan.url) {
    report.skipped = plan.actions.map((a) => ({ fieldId: a.fieldId, reason: 'url-changed' satisfies SkipReason }));
    return report;
  }
  const isVisible = visibilityChecker(doc);
  const find = (id: string) => (/^[\w-]{1,40}$/.test(id) ? doc.querySelector(`[${PARAPHE_ID}="${id}"]`) : null);
  const plannedVisible = plan.actions.map((a) => find(a.fieldId)).filter((el): el is Element => !!el && isVisible(el));
  for (const action of plan.actions) {
    const skip = (reason: SkipReason) => report.skipped.push({ fieldId: action.fieldId, reason });
    const el = find(action.fieldId);
    if (!el) { skip('not-found'); continue; }
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'file') { skip('file-input'); continue; }
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'password') { skip('not-fillable'); continue; }
    if ((el as HTMLInputElement).disabled || el.getAttribute('aria-disabled') === 'true') { skip('disabled'); continue; }
    if (el.hasAttribute('readonly')) { skip('read-only'); continue; }
    if (!isVisible(el) && !hiddenTwinAllowed(el, action.value, plannedVisible, isVisible)) { skip('hidden'); continue; }
    const outcome = execute(el, action);
    if (outcome === 'ok') report.filled.push({ fieldId: action.fieldId, value: action.value });
    else skip(outcome);
  }
  return report;
}
