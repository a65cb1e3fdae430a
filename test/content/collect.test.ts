// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { collectSnapshot, PARAPHE_ID } from '../../entrypoints/content/collect';
import { pageSnapshotSchema } from '../../lib/sites/snapshot';

function page(body: string, url = 'https://portail.example.test/depot') {
  const window = new Window({ url });
  window.document.write(`<!DOCTYPE html><html lang="fr"><head><title>Essai</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

describe('collectSnapshot', () => {
  it('returns a payload the panel accepts (zod) and tags every control for the executor', () => {
    const doc = page('<form><label for="a">Objet</label><input id="a" name="objet"></form>');
    const snapshot = collectSnapshot(doc);
    expect(() => pageSnapshotSchema.parse(snapshot)).not.toThrow();
    expect(doc.getElementById('a')?.getAttribute(PARAPHE_ID)).toBe(snapshot.fields[0]?.id);
  });

  it('keeps label sources apart', () => {
    const doc = page(`<form>
      <label for="a">Pour</label><input id="a" aria-label="Étiquette aria" placeholder="indice" title="titre">
      <label>Enveloppe <input id="b"></label>
      <span id="l1">Première</span><span id="l2">seconde</span><input id="c" aria-labelledby="l1 l2">
      <table><tr><th>Entête de ligne</th><td><input id="d"></td></tr></table>
      <div class="form-group"><span class="control-label">Texte du groupe</span><input id="e"></div>
      <fieldset><legend>Légende</legend><input id="f"></fieldset>
    </form>`);
    const byId = new Map(collectSnapshot(doc).fields.map((f) => [f.htmlId, f]));
    expect(byId.get('a')).toMatchObject({ labelFor: 'Pour', ariaLabel: 'Étiquette aria', placeholder: 'indice', title: 'titre', labelWrap: '' });
    expect(byId.get('b')).toMatchObject({ labelWrap: 'Enveloppe', labelFor: '' });
    expect(byId.get('c')?.ariaLabelledBy).toBe('Première seconde');
    expect(byId.get('d')?.textAround).toBe('Entête de ligne');
    expect(byId.get('e')?.textAround).toBe('Texte du groupe');
    expect(byId.get('f')?.textAround).toBe('Légende');
  });

  it('reads options with their optgroup, value, maxLength, flags and form index', () => {
    const doc = page(`<form id="x"></form><form>
      <select name="s"><option value="">—</option><optgroup label="8 - Domaines"><option value="8.1" selected>8.1 Enseignement</option></optgroup></select>
      <input name="n" maxlength="15" value="A1" readonly autocomplete="off"><input name="d" disabled><input type="hidden" name="h" value="tok">
    </form><input name="outside">`);
    const fields = collectSnapshot(doc).fields;
    const s = fields.find((f) => f.name === 's')!;
    expect(s.options).toEqual([{ value: '', text: '—' }, { value: '8.1', text: '8.1 Enseignement', group: '8 - Domaines' }]);
    expect(s.value).toBe('8.1');
    expect(s.formIndex).toBe(1);
    expect(fields.find((f) => f.name === 'n')).toMatchObject({ maxLength: 15, readOnly: true, value: 'A1', autocomplete: 'off' });
    expect(fields.find((f) => f.name === 'd')?.disabled).toBe(true);
    expect(fields.find((f) => f.name === 'h')?.visible).toBe(false);
    expect(fields.find((f) => f.name === 'outside')?.formIndex).toBe(-1);
  });

  it('sees what the user cannot: display:none, hidden, off-screen parking', () => {
    const doc = page(`<style>.away{position:absolute;left:-9999px}</style>
      <div style="display:none"><input name="a"></div><input name="b" hidden><input name="c" class="away"><input name="d" style="visibility:hidden"><input name="e">`);
    const visible = Object.fromEntries(collectSnapshot(doc).fields.map((f) => [f.name, f.visible]));
    expect(visible).toEqual({ a: false, b: false, c: false, d: false, e: true });
  });

  it('collects custom dropdowns (ARIA combobox) with their options', () => {
    const doc = page(`<label for="u_nature">Nature</label>
      <div class="ui dropdown" role="combobox"><input class="search" id="u_nature"><div class="text">Choisir</div>
      <div class="menu" role="listbox"><div role="option" data-value="DELIBERATIONS">Délibérations</div><div role="option" data-value="AUTRES">Autres</div></div></div>
      <div role="combobox" aria-controls="lb" aria-label="Code matière"><span>—</span></div>
      <ul id="lb" role="listbox"><li role="option">8.1 Enseignement</li></ul>`);
    const fields = collectSnapshot(doc).fields;
    expect(fields).toHaveLength(2);
    expect(fields[0]).toMatchObject({ type: 'combobox', labelFor: 'Nature', options: [{ value: 'DELIBERATIONS', text: 'Délibérations' }, { value: 'AUTRES', text: 'Autres' }] });
    expect(fields[1]).toMatchObject({ type: 'combobox', tag: 'div', ariaLabel: 'Code matière', options: [{ value: '8.1 Enseignement', text: '8.1 Enseignement' }] });
  });

  it('gives visible text with blocks on lines and cells on tabs, without scripts, styles or hidden parts', () => {
    const doc = page(`<h1>Titre</h1><p>Un <b>paragraphe</b></p><script>var secret = 1;</script><style>p{}</style>
      <div hidden>caché</div><div>ligne<br>suivante</div><table><tr><td>a</td><td>b</td></tr></table><select><option>option</option></select>`);
    const { text } = collectSnapshot(doc);
    expect(text).toBe('Titre\n\nUn paragraphe\n\nligne\nsuivante\n\na\tb');
  });

  it('caps the text and says so', () => {
    const doc = page(`<p>${'mot '.repeat(600_000)}</p>`);
    const snapshot = collectSnapshot(doc);
    expect(snapshot.textTruncated).toBe(true);
    expect(snapshot.text.length).toBeLessThanOrEqual(2_000_000);
  });

  it('describes forms by their heading and submit text, counts same-origin frames and lists PDF links', () => {
    const doc = page(`<h2>Création d'une transaction Actes</h2><form action="/create" method="POST"><button>Créer la transaction</button><button type="button">Annuler</button></form>
      <iframe src="/inner.html"></iframe><iframe src="https://ailleurs.example/x"></iframe><iframe srcdoc="<p>x</p>"></iframe>
      <a href="/docs/convention.pdf">La convention</a><a href="/page.html">Page</a>`);
    const snapshot = collectSnapshot(doc);
    expect(snapshot.forms).toEqual([{ index: 0, action: '/create', method: 'post', submitText: 'Créer la transaction', headingText: "Création d'une transaction Actes" }]);
    expect(snapshot.frameCount).toBe(2);
    expect(snapshot.documentLinks).toEqual([{ href: 'https://portail.example.test/docs/convention.pdf', text: 'La convention' }]);
  });

  it('stays quick on a large page with many fields outside any group', () => {
    const rows = Array.from({ length: 800 }, (_, i) => `<span>Champ ${i}</span><input name="c${i}"><label for="x${i}">L${i}</label><input id="x${i}">`).join('');
    const doc = page(`<div>${rows}</div><p>${'texte '.repeat(50_000)}</p>`);
    const start = performance.now();
    const snapshot = collectSnapshot(doc);
    expect(snapshot.fields).toHaveLength(1000);
    expect(snapshot.fields[1]?.labelFor).toBe('L0');
    expect(performance.now() - start).toBeLessThan(8000);
  });

  it('never runs page code while collecting', () => {
    const doc = page(`<img src="x" onerror="window.__ran=1"><input name="a" onfocus="window.__ran=2" value="&lt;script&gt;">`);
    const snapshot = collectSnapshot(doc);
    expect(snapshot.fields[0]?.value).toBe('<script>');
    expect((doc.defaultView as unknown as { __ran?: number }).__ran).toBeUndefined();
  });
});
