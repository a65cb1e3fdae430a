import { it } from 'vitest';
import { Window } from 'happy-dom';
import { collectSnapshot, visibilityChecker, visibleText } from '../../entrypoints/content/collect';
it('p', () => {
  const rows = Array.from({ length: 800 }, (_, i) => `<span>Champ ${i}</span><input name="c${i}"><label for="x${i}">L${i}</label><input id="x${i}">`).join('');
  const window = new Window({ url: 'https://x.test/' });
  window.document.write(`<!DOCTYPE html><html><body><div>${rows}</div><p>${'texte '.repeat(50_000)}</p></body></html>`);
  const doc = window.document as unknown as Document;
  let t = performance.now();
  visibleText(doc.body, visibilityChecker(doc, false)); console.log('text', performance.now() - t); t = performance.now();
  const v = visibilityChecker(doc); for (const el of Array.from(doc.querySelectorAll('input'))) v(el); console.log('vis', performance.now() - t); t = performance.now();
  for (const el of Array.from(doc.querySelectorAll('input'))) el.closest('.form-group, .field, .form-row, .form-item, [role="group"], fieldset, li, p'); console.log('closest', performance.now() - t); t = performance.now();
  for (const el of Array.from(doc.querySelectorAll('input'))) el.setAttribute('data-x', '1'); console.log('setattr', performance.now() - t); t = performance.now();
  collectSnapshot(doc); console.log('all', performance.now() - t);
});
