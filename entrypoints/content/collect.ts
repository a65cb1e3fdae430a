/**
 * Collects a plain snapshot of the page: visible text, every form control with its label
 * sources kept apart (Bitwarden's split), forms, PDF links. Runs in the page: it only reads
 * the DOM (never innerHTML, never page code) and tags each control with `data-paraphe-id`
 * so the executor finds it again.
 */
import type { FieldOption, FieldSnapshot, PageSnapshot } from '../../lib/sites/snapshot';

const MAX_TEXT = 2_000_000;
const MAX_LABEL = 300;
const MAX_OPTIONS = 500;
const MAX_FIELDS = 1000;
const MAX_LINKS = 50;
export const PARAPHE_ID = 'data-paraphe-id';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'HEAD', 'SELECT', 'OPTION', 'TEXTAREA']);
/** Blocks that stand as paragraphs: a blank line around them, as in the PDF text the readers know. */
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIELDSET', 'FORM', 'MAIN', 'ASIDE', 'NAV', 'ADDRESS', 'FIGURE', 'HR']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'CAPTION', 'LABEL',
]);
/** Groups whose first label-like text names the control inside (Bootstrap, Semantic-UI, fieldsets). */
const GROUP_SELECTOR = '.form-group, .field, .form-row, .form-item, [role="group"], fieldset, li, p';
const CONTROL_SELECTOR = 'input, select, textarea, [role="combobox"], [contenteditable=""], [contenteditable="true"]';

const squash = (s: string | null | undefined, max = MAX_LABEL): string =>
  (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/**
 * Visibility from styles (works in happy-dom) and, for fields when the page has a layout, from
 * geometry (zero-size or scrolled-away honeypots). Text uses styles only: a <br> or an empty
 * inline box has no size yet still shapes the text.
 */
export function visibilityChecker(doc: Document, geometry = true): (el: Element) => boolean {
  const view = doc.defaultView;
  const cache = new Map<Element, boolean>();
  const hasLayout = geometry && (doc.documentElement?.getBoundingClientRect().width ?? 0) > 0;
  const styleVisible = (el: Element): boolean => {
    const known = cache.get(el);
    if (known !== undefined) return known;
    // aria-hidden text is still on screen for the secretary; an aria-hidden field is a decoy or
    // the native twin of a custom widget.
    let ok = !(el as HTMLElement).hidden && !(geometry && el.getAttribute('aria-hidden') === 'true');
    if (ok && view) {
      const cs = view.getComputedStyle(el);
      // Off-screen parking (left:-9999px) is the classic honeypot; a zero clip hides a field too.
      const left = parseFloat(cs.left), top = parseFloat(cs.top);
      ok = cs.display !== 'none' && cs.visibility !== 'hidden' && cs.visibility !== 'collapse' && cs.opacity !== '0'
        && !(cs.position === 'absolute' || cs.position === 'fixed' ? left < -500 || top < -500 : false)
        && !/rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(cs.clip);
    }
    if (ok && el.parentElement) ok = styleVisible(el.parentElement);
    cache.set(el, ok);
    return ok;
  };
  return (el) => {
    if (el.tagName === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'hidden') return false;
    if (!styleVisible(el)) return false;
    if (!hasLayout) return true;
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const sx = view?.scrollX ?? 0, sy = view?.scrollY ?? 0;
    return r.right + sx > 0 && r.bottom + sy > 0;
  };
}

/** Text of a subtree as a reader sees it: blocks on their own lines, table cells tab-separated. */
export function visibleText(root: Element, isVisible: (el: Element) => boolean, max = MAX_TEXT): { text: string; truncated: boolean } {
  const parts: string[] = [];
  let length = 0;
  let truncated = false;
  const push = (s: string) => {
    if (truncated) return;
    if (length + s.length > max) { parts.push(s.slice(0, max - length)); truncated = true; length = max; return; }
    parts.push(s); length += s.length;
  };
  const walk = (node: Node): void => {
    if (truncated) return;
    if (node.nodeType === 3) { push((node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' ')); return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || !isVisible(el)) return;
    if (tag === 'INPUT') return;
    if (tag === 'BR') { push('\n'); return; }
    const edge = PARAGRAPH_TAGS.has(tag) ? '\n\n' : BLOCK_TAGS.has(tag) ? '\n' : '';
    push(edge);
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    push(tag === 'TD' || tag === 'TH' ? '\t' : edge);
  };
  walk(root);
  const text = parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').replace(/ {2,}/g, ' ').replace(/^\s+|\s+$/g, '');
  return { text, truncated };
}

function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  // textContent would include <script> bodies and option lists: walk instead.
  const out: string[] = [];
  const walk = (n: Node) => {
    if (out.length > 200) return;
    if (n.nodeType === 3) out.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !SKIPPED_TAGS.has((n as Element).tagName.toUpperCase())) {
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    }
  };
  walk(el);
  return squash(out.join(' '));
}

/** The `th` of the same row, or the label-like text heading the control's group. */
function textAround(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (cell && row) {
    const header = Array.from(row.children).find((c) => c.tagName === 'TH');
    if (header) return textOf(header);
    const prev = cell.previousElementSibling;
    if (prev) return textOf(prev);
  }
  const group = el.parentElement?.closest(GROUP_SELECTOR);
  if (group) {
    const head = group.querySelector(':scope > label, :scope > legend, .control-label, :scope > .label');
    if (head && !head.contains(el)) return textOf(head);
    return precedingText(group, el);
  }
  return precedingText(el.parentElement, el);
}

/**
 * Text that comes just before `el` inside `container` (what a reader sees before the field),
 * walked backwards from the field so a large container costs no more than the last words.
 */
function precedingText(container: Element | null, el: Element): string {
  if (!container) return '';
  const parts: string[] = [];
  let length = 0;
  for (let node: Node | null = el; node && node !== container && length < MAX_LABEL; node = node.parentNode) {
    for (let prev = node.previousSibling; prev && length < MAX_LABEL; prev = prev.previousSibling) {
      const text = prev.nodeType === 3 ? prev.nodeValue ?? '' : prev.nodeType === 1 ? textOf(prev as Element) : '';
      parts.unshift(text);
      length += text.length;
    }
  }
  return squash(parts.join(' '), 4000).slice(-MAX_LABEL).trim();
}

function optionsOf(el: Element): FieldOption[] {
  if (el.tagName === 'SELECT') {
    return Array.from((el as HTMLSelectElement).options).slice(0, MAX_OPTIONS).map((o) => {
      const group = o.parentElement?.tagName === 'OPTGROUP' ? squash(o.parentElement.getAttribute('label')) : '';
      return group ? { value: o.value, text: squash(o.text), group } : { value: o.value, text: squash(o.text) };
    });
  }
  const listbox = listboxOf(el);
  if (!listbox) return [];
  return Array.from(listbox.querySelectorAll('[role="option"]')).slice(0, MAX_OPTIONS).map((o) => {
    const text = textOf(o);
    const groupEl = o.closest('[role="group"]');
    const group = groupEl ? squash(groupEl.getAttribute('aria-label') ?? '') : '';
    const value = o.getAttribute('data-value') ?? o.getAttribute('value') ?? text;
    return group ? { value, text, group } : { value, text };
  });
}

/** The option list of a custom dropdown: aria-controls/owns, else the dropdown it sits in. */
export function listboxOf(el: Element): Element | null {
  const doc = el.ownerDocument;
  for (const attr of ['aria-controls', 'aria-owns']) {
    const id = el.getAttribute(attr);
    const target = id ? doc.getElementById(id.split(/\s+/)[0] ?? '') : null;
    if (target) return target;
  }
  const box = el.closest('[role="combobox"], .dropdown');
  return box?.querySelector('[role="listbox"], .menu') ?? null;
}

/** An ARIA combobox, or the search input of a Semantic-UI-like dropdown with its own option list. */
export function isCustomCombobox(el: Element): boolean {
  return el.getAttribute('role') === 'combobox' || (el.tagName === 'INPUT' && !!el.closest('.dropdown') && !!listboxOf(el));
}

/** label[for] texts by target id, read once per collection. */
function labelsByTarget(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const target = label.getAttribute('for') ?? '';
    map.set(target, squash(`${map.get(target) ?? ''} ${textOf(label)}`));
  }
  return map;
}

function labelSources(el: Element, doc: Document, labels: Map<string, string>): Pick<FieldSnapshot, 'labelFor' | 'labelWrap' | 'ariaLabel' | 'ariaLabelledBy'> {
  const id = el.id;
  const labelFor = id ? labels.get(id) ?? '' : '';
  const wrap = el.closest('label');
  const labelWrap = wrap && !wrap.hasAttribute('for') ? textOf(wrap) : wrap && wrap.getAttribute('for') !== id ? textOf(wrap) : '';
  const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).slice(0, 10);
  const ariaLabelledBy = squash(ids.map((i) => textOf(doc.getElementById(i))).join(' '));
  return { labelFor, labelWrap, ariaLabel: squash(el.getAttribute('aria-label')), ariaLabelledBy };
}

function submitTextOf(form: HTMLFormElement): string {
  const buttons = Array.from(form.querySelectorAll('button, input[type="submit"], input[type="image"]'))
    .filter((b) => b.tagName !== 'BUTTON' || (b.getAttribute('type') ?? 'submit').toLowerCase() === 'submit');
  return squash(buttons.map((b) => (b.tagName === 'INPUT' ? b.getAttribute('value') ?? '' : textOf(b))).join(' | '));
}

/** Legend, caption or the nearest heading before the form. */
function headingOf(form: Element): string {
  const own = form.querySelector('legend, h1, h2, h3, h4, h5, h6');
  const label = form.getAttribute('aria-label');
  if (label) return squash(label);
  for (let node: Element | null = form; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const h = /^H[1-6]$/.test(prev.tagName) ? prev : prev.querySelector('h1, h2, h3, h4, h5, h6');
      if (h) return textOf(h);
    }
  }
  return own ? textOf(own) : '';
}

function pdfLinks(doc: Document): { href: string; text: string }[] {
  return Array.from(doc.querySelectorAll('a[href]'))
    .filter((a) => /\.pdf(?:$|[?#])/i.test(a.getAttribute('href') ?? '') || (a.getAttribute('type') ?? '').includes('pdf'))
    .slice(0, MAX_LINKS)
    .map((a) => ({ href: (a as HTMLAnchorElement).href || (a.getAttribute('href') ?? ''), text: textOf(a) }));
}

function sameOriginFrames(doc: Document): number {
  const here = doc.location?.origin;
  return Array.from(doc.querySelectorAll('iframe')).filter((f) => {
    const src = f.getAttribute('src');
    if (!src || src.startsWith('about:') || f.hasAttribute('srcdoc')) return true;
    try { return new URL(src, doc.baseURI).origin === here; } catch { return false; }
  }).length;
}

export function collectSnapshot(doc: Document): PageSnapshot {
  const isVisible = visibilityChecker(doc);
  const body = doc.body ?? doc.documentElement;
  const { text, truncated } = visibleText(body, visibilityChecker(doc, false));
  const forms = Array.from(doc.forms);
  // Ids of an earlier collection would point the executor at the wrong element.
  for (const stale of Array.from(doc.querySelectorAll(`[${PARAPHE_ID}]`))) stale.removeAttribute(PARAPHE_ID);
  const controls = Array.from(doc.querySelectorAll(CONTROL_SELECTOR))
    // A custom dropdown's search input carries the label; its combobox wrapper would be a duplicate.
    .filter((el) => !(el.getAttribute('role') === 'combobox' && el.tagName !== 'INPUT' && el.querySelector('input')))
    .slice(0, MAX_FIELDS);
  const labels = labelsByTarget(doc);
  const fields: FieldSnapshot[] = controls.map((el, i) => {
    const id = `f${i}`;
    const tag = el.tagName.toLowerCase();
    const input = el as HTMLInputElement;
    const combobox = isCustomCombobox(el);
    const type = combobox ? 'combobox'
      : tag === 'input' ? (input.type || 'text').toLowerCase()
      : tag === 'select' ? ((el as HTMLSelectElement).multiple ? 'select-multiple' : 'select-one')
      : tag === 'textarea' ? 'textarea' : 'contenteditable';
    const value = tag === 'input' || tag === 'select' || tag === 'textarea'
      ? (type === 'file' || type === 'password' ? '' : input.value ?? '')
      : textOf(el.querySelector('.text') ?? el);
    const form = el.closest('form');
    const maxAttr = el.getAttribute('maxlength');
    const maxLength = maxAttr !== null && /^\d{1,7}$/.test(maxAttr.trim()) ? Number(maxAttr.trim()) : null;
    return {
      id, tag, type,
      name: el.getAttribute('name') ?? '',
      htmlId: el.id,
      ...labelSources(el, doc, labels),
      placeholder: squash(el.getAttribute('placeholder')),
      textAround: textAround(el),
      title: squash(el.getAttribute('title')),
      value: value.slice(0, 10_000),
      options: optionsOf(el),
      visible: isVisible(el),
      readOnly: el.hasAttribute('readonly') || el.getAttribute('aria-readonly') === 'true',
      disabled: (el as HTMLInputElement).disabled === true || el.getAttribute('aria-disabled') === 'true' || !!el.closest('fieldset[disabled]'),
      maxLength,
      autocomplete: squash(el.getAttribute('autocomplete')),
      formIndex: form ? forms.indexOf(form as HTMLFormElement) : -1,
    };
  });
  // Tagged last: a DOM mutation in the middle would make every later query re-scan the page.
  controls.forEach((el, i) => el.setAttribute(PARAPHE_ID, `f${i}`));
  return {
    url: doc.location?.href ?? '',
    title: squash(doc.title, 500),
    lang: doc.documentElement.lang || '',
    text,
    textTruncated: truncated,
    fields,
    forms: forms.map((f, index) => ({
      index,
      action: f.getAttribute('action') ?? '',
      method: (f.getAttribute('method') ?? 'get').toLowerCase(),
      submitText: submitTextOf(f),
      headingText: headingOf(f),
    })),
    frameCount: sameOriginFrames(doc),
    documentLinks: pdfLinks(doc),
  };
}
