import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from '../../lib/read/html-to-text';

const fixtures = join(import.meta.dirname, '../fixtures');

describe('htmlToText on a commune web page', () => {
  const text = htmlToText(readFileSync(join(fixtures, 'documents/finistere-landeda-site-deliberation.html'), 'utf8'));

  it('keeps the act and drops the menu, the breadcrumb, scripts and styles', () => {
    expect(text).toMatch(/^Conseil municipal du 19 juin 2025 – Délibération n°\s2025-48$/m);
    expect(text).not.toMatch(/Accueil > Vie municipale/);
    expect(text).not.toMatch(/function|\{|<\/?[a-z]/i);
  });

  it('keeps the shape readers rely on: table cells as tabs, list items as lines', () => {
    expect(text).toContain('En exercice\t23\nPrésents\t17\nProcurations\t4');
    expect(text).toContain('Pour\tContre\tAbstentions\n21\t0\t0');
    expect(text).toContain('\nMme Gaëlle LE GALL donne procuration à M. Yann KERBRAT\nM. Alain BERGOT donne procuration');
  });
});

describe('htmlToText structure', () => {
  it.each([
    ['<p>Le Maire,<br>Jean DUPONT</p><p>Fait à Céret</p>', 'Le Maire,\nJean DUPONT\n\nFait à Céret'],
    ['<div>a</div><div>b</div>', 'a\nb'],
    ['<ul><li>un</li><li>deux</li></ul>suite', 'un\ndeux\n\nsuite'],
    ['<table><tr><td><p>Présents</p></td><td><p>M. A</p><p>Mme B</p></td></tr></table>', 'Présents\tM. A Mme B'],
    ['<tr><td></td><td>vide avant</td></tr>', '\tvide avant'],
    ['Vote :   <b>12</b>\n  voix', 'Vote : 12 voix'],
    ['<span>Saint-</span><span>Ambroix</span>', 'Saint-Ambroix'],
    ['<pre>ligne 1\nligne 2</pre>', 'ligne 1\nligne 2'],
    ['<head><title>Titre</title></head><body>corps</body>', 'corps'],
    ['<head><meta charset=utf-8>pas de fin de head<body>corps', 'corps'],
    ['avant<!-- <p>commentaire</p> -->après', 'avantaprès'],
    ['<!DOCTYPE html><?xml version="1.0"?>texte', 'texte'],
    ['<p title="a > b">texte</p>', 'texte'],
    ['<img src=x onerror="alert(1)">texte<a href="javascript:alert(1)">lien</a>', 'textelien'],
    ['<SCRIPT type="text/javascript">var a = "</p>";</SCRIPT >visible', 'visible'],
    ['<style>p { color: red }</style><template><p>modèle</p></template><noscript>activez JS</noscript>ok', 'ok'],
    ['a < b et c > d', 'a < b et c > d'],
  ])('%j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('htmlToText entities', () => {
  it.each([
    ['l&rsquo;an deux mille', 'l’an deux mille'],
    ['&laquo;&nbsp;ENT&nbsp;&raquo;', '«\u00a0ENT\u00a0»'],
    ['d&eacute;lib&eacute;ration n&deg;&#160;12', 'délibération n°\u00a012'],
    ['&#233;&#xE9;&#XE9;', 'ééé'],
    ['&#146; &#150; &#128;', '’ – €'],
    ['&amp;amp; &lt;p&gt;', '&amp; <p>'],
    ['&inconnu; & seul &#; &#xZZ;', '&inconnu; & seul &#; &#xZZ;'],
    ['&nbspM. DUPONT', 'M. DUPONT'],
    ['&#0; &#xD800; &#x110000;', '\ufffd \ufffd \ufffd'],
    ['&oelig;uvre &OElig; &euro; &hellip; &ndash; &mdash;', 'œuvre Œ € … – —'],
  ])('%j', (html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe('htmlToText on hostile input', () => {
  const cases: [string, string][] = [
    ['1 MB of "<"', '<'.repeat(1 << 20)],
    ['10 000 nested elements', '<div><span>'.repeat(10_000) + 'x' + '</span></div>'.repeat(10_000)],
    ['a quote never closed, repeated', '<a title="'.repeat(100_000) + 'texte'],
    ['a tag never closed, repeated', '<p'.repeat(300_000)],
    ['1 MB of "&"', '&'.repeat(1 << 20)],
    ['numeric references without digits', '&#x'.repeat(300_000)],
    ['comments never closed', '<!--'.repeat(200_000)],
    ['scripts never closed', '<script>'.repeat(200_000)],
    ['heads without body', '<head></head>'.repeat(100_000)],
    ['1 MB of spaces and tabs', ' \t'.repeat(1 << 19) + 'x'],
    ['cells and breaks', '<td><br>'.repeat(200_000)],
  ];

  it.each(cases)('%s: no throw, linear time', (_name, html) => {
    const started = performance.now();
    expect(() => htmlToText(html)).not.toThrow();
    // Linear input of ~1 MB runs in tens of milliseconds; a quadratic one would take minutes.
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('never leaks markup or throws on random tag soup (property)', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<td>', '<tr>', '<br>', '<script>', '</script>', '<!--', '-->', '"', "'", '<', '>', '&amp;', '&', 'mot', ' ', '\n', '<a href="x">', '<b', '/>');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
      const text = htmlToText(pieces.join(''));
      expect(text).not.toMatch(/<\/?(?:p|td|tr|br|script|a|b)\b[^>]*>/);
      expect(text).not.toMatch(/^[ \n]|[ \n]$/);
    }));
  });
});
