// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { collectSnapshot } from '../../entrypoints/content/collect';
import { executeFillPlan } from '../../entrypoints/content/execute';
import type { FillAction } from '../../lib/sites/snapshot';

const URL_ = 'https://portail.example.test/depot';

function setup(body: string) {
  const window = new Window({ url: URL_ });
  window.document.write(`<!DOCTYPE html><html><body>${body}</body></html>`);
  const doc = window.document as unknown as Document;
  const snapshot = collectSnapshot(doc);
  const id = (htmlId: string) => snapshot.fields.find((f) => f.htmlId === htmlId || f.name === htmlId)!.id;
  const run = (actions: [string, FillAction['kind'], string][], url = URL_) =>
    executeFillPlan(doc, { url, actions: actions.map(([f, kind, value]) => ({ fieldId: id(f), kind, value, label: f })) });
  return { doc, window, run };
}

/**
 * What React does: it redefines `value` on the instance to remember the last value it rendered,
 * and on `input` ignores the event when the DOM value equals that remembered value. A plain
 * `el.value = x` goes through the instance setter, so React sees no change.
 */
function reactLikeControlled(input: HTMLInputElement, log: string[]) {
  const proto = Object.getPrototypeOf(input);
  const native = Object.getOwnPropertyDescriptor(proto, 'value')!;
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() { return native.get!.call(this); },
    set(v: string) { tracked = String(v); native.set!.call(this, v); },
  });
  for (const type of ['focus', 'keydown', 'input', 'keyup', 'change', 'blur']) {
    input.addEventListener(type, (e) => {
      if (type !== 'input') { log.push(type); return; }
      const current = (e.target as HTMLInputElement).value;
      if (current === tracked) { log.push('input-ignored'); return; }
      tracked = current;
      log.push(`input:${current}`);
    });
  }
}

describe('executeFillPlan', () => {
  it('refuses the whole plan when the page URL changed since collection', () => {
    const { run, doc } = setup('<input id="a">');
    const report = run([['a', 'fill', 'X']], 'https://portail.example.test/autre');
    expect(report.filled).toEqual([]);
    expect(report.skipped[0]?.reason).toBe('url-changed');
    expect((doc.getElementById('a') as HTMLInputElement).value).toBe('');
  });

  it('writes a React-controlled input through the native setter so its handler sees the change', () => {
    const { run, doc } = setup('<input id="a">');
    const log: string[] = [];
    reactLikeControlled(doc.getElementById('a') as HTMLInputElement, log);
    const report = run([['a', 'fill', '2025_031']]);
    expect(report.filled).toEqual([{ fieldId: expect.any(String), value: '2025_031' }]);
    expect(log).toEqual(['focus', 'keydown', 'input:2025_031', 'keyup', 'change', 'blur']);
  });

  it('the React-like harness itself ignores a plain assignment (so the test above can fail)', () => {
    const { doc } = setup('<input id="a">');
    const log: string[] = [];
    const input = doc.getElementById('a') as HTMLInputElement;
    reactLikeControlled(input, log);
    input.value = 'X';
    input.dispatchEvent(new (doc.defaultView as unknown as typeof globalThis).Event('input', { bubbles: true }));
    expect(log).toEqual(['input-ignored']);
  });

  it('fires bubbling input and change that a form-level listener hears', () => {
    const { run, doc } = setup('<form id="f"><textarea id="t"></textarea><select id="s"><option value="">—</option><option value="1">Délibérations</option></select></form>');
    const heard: string[] = [];
    for (const type of ['input', 'change']) doc.getElementById('f')!.addEventListener(type, (e) => heard.push(`${type}:${(e.target as HTMLElement).id}`));
    run([['t', 'fill', 'Objet'], ['s', 'select', '1']]);
    expect(heard).toEqual(['input:t', 'change:t', 'input:s', 'change:s']);
    expect((doc.getElementById('s') as HTMLSelectElement).value).toBe('1');
  });

  it('selects by option value and reports an option that does not exist', () => {
    const { run, doc } = setup('<select id="s"><option value="">—</option><option value="8.1">8.1 Enseignement</option></select>');
    const report = run([['s', 'select', '8.2']]);
    expect(report.skipped).toEqual([{ fieldId: expect.any(String), reason: 'no-option' }]);
    expect((doc.getElementById('s') as HTMLSelectElement).value).toBe('');
  });

  it('never touches file inputs, hidden, read-only or disabled fields', () => {
    const { run, doc } = setup(`<input id="file" type="file"><input id="h" type="hidden" value="tok"><div style="display:none"><input id="n"></div>
      <input id="ro" readonly value="keep"><input id="dis" disabled>`);
    const report = run([['file', 'fill', 'x'], ['h', 'fill', 'x'], ['n', 'fill', 'x'], ['ro', 'fill', 'x'], ['dis', 'fill', 'x']]);
    expect(report.skipped.map((s) => s.reason)).toEqual(['file-input', 'hidden', 'hidden', 'read-only', 'disabled']);
    expect((doc.getElementById('h') as HTMLInputElement).value).toBe('tok');
    expect((doc.getElementById('ro') as HTMLInputElement).value).toBe('keep');
  });

  it('fills the hidden ISO twin of a labelled datepicker only together with its visible half', () => {
    const group = `<div class="form-group"><label for="decision_date">Date de la décision : </label>
      <input type="hidden" id="decision_date" name="decision_date"><input type="text" id="datepicker_decision_date" value="Choisir une date"></div>`;
    const alone = setup(group);
    expect(alone.run([['decision_date', 'fill', '2025-06-12']]).skipped[0]?.reason).toBe('hidden');
    const pair = setup(group);
    const report = pair.run([['datepicker_decision_date', 'fill', '12 juin 2025'], ['decision_date', 'fill', '2025-06-12']]);
    expect(report.skipped).toEqual([]);
    expect((pair.doc.getElementById('decision_date') as HTMLInputElement).value).toBe('2025-06-12');
    // Text is never written into a hidden twin, even in a labelled group.
    const text = setup(group);
    expect(text.run([['datepicker_decision_date', 'fill', '12 juin 2025'], ['decision_date', 'fill', 'hello']]).skipped[0]?.reason).toBe('hidden');
  });

  it('chooses an item of a custom dropdown by clicking it', () => {
    const { run, doc } = setup(`<div class="ui dropdown" role="combobox"><input class="search" id="nat"><div class="text">—</div>
      <div class="menu" role="listbox"><div role="option" data-value="DELIBERATIONS">Délibérations</div></div></div>`);
    const clicks: string[] = [];
    doc.querySelector('[role=option]')!.addEventListener('click', () => clicks.push('option'));
    const report = run([['nat', 'select', 'DELIBERATIONS']]);
    expect(report.filled).toHaveLength(1);
    expect(clicks).toEqual(['option']);
    expect(run([['nat', 'select', 'AUTRES']]).skipped[0]?.reason).toBe('no-option');
  });

  it('opens an overlay dropdown whose options exist only once open (Angular Material style)', () => {
    const { run, doc } = setup('<div role="combobox" id="cls" aria-controls="cls-panel" aria-label="Classification" tabindex="0">—</div>');
    const box = doc.getElementById('cls')!;
    const chosen: string[] = [];
    box.addEventListener('click', () => {
      if (doc.getElementById('cls-panel')) return;
      const panel = doc.createElement('div');
      panel.id = 'cls-panel';
      panel.setAttribute('role', 'listbox');
      for (const text of ['8.1 Enseignement', '8.2 Aide sociale']) {
        const option = doc.createElement('div');
        option.setAttribute('role', 'option');
        option.textContent = text;
        option.addEventListener('click', () => chosen.push(text));
        panel.appendChild(option);
      }
      doc.body.appendChild(panel);
    });
    expect(run([['cls', 'select', '8.1 Enseignement']]).filled).toHaveLength(1);
    expect(chosen).toEqual(['8.1 Enseignement']);
  });

  it('reports a field that disappeared', () => {
    const { run, doc } = setup('<input id="a">');
    doc.getElementById('a')!.remove();
    expect(run([['a', 'fill', 'x']]).skipped[0]?.reason).toBe('not-found');
  });
});
