/**
 * Issue 7, hostile page: test/fixtures/pages/hostile.html carries script in its title, inline
 * handlers (onload, onclick, onmouseover, onfocus, onchange, onsubmit), <img onerror>, markup
 * written as text and a quoted attribute breaking out of aria-label. Reading it must run none of
 * it in the panel, bring none of its markup into the panel's DOM, show its text as text, and not
 * trigger the page's own handlers either (Paraphe only reads).
 */
import assert from 'node:assert/strict';
import type { ElementHandle } from 'puppeteer-core';
import { defineScenario } from '../scenario';

interface PanelDom {
  pwned: unknown;
  scripts: string[];
  handlerAttributes: string[];
  images: string[];
  frames: number;
  javascriptLinks: number;
  text: string;
}

export default defineScenario({
  name: 'preuve : une page hostile n’exécute rien dans le panneau',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/hostile.html');
    const pageMarkBefore = await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);
    const panel = await ctx.openPanelFor(page);
    const dialogs: string[] = [];
    panel.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss().catch(() => undefined);
    });
    await panel.waitForState('readable');
    // Pre-filling brings the page's text into the draft form too, when the drafting panel is there.
    const prefill = await panel.page.waitForFunction(
      () => Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Pré-remplir depuis la page' && !b.disabled) ?? null,
      { timeout: 5_000 },
    ).catch(() => null);
    if (prefill) {
      await (prefill as ElementHandle<HTMLButtonElement>).click();
      await panel.page.waitForFunction(() => /pré-rempli|Rien à reprendre|Lecture impossible/.test(document.body.innerText), { timeout: 5_000 });
      ctx.log(`pré-remplissage depuis la page hostile : ${await panel.page.evaluate(() => document.body.innerText.match(/[^\n]*(?:pré-rempli|Rien à reprendre|Lecture impossible)[^\n]*/)?.[0] ?? '')}`);
    } else {
      ctx.log('pas de bouton « Pré-remplir depuis la page » : seul l’état de la page est vérifié');
    }
    // Let anything the page's markup could have smuggled in (an image error, a timer) fire.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const dom: PanelDom = await panel.page.evaluate(() => {
      const all = Array.from(document.querySelectorAll('*'));
      return {
        pwned: (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null,
        scripts: Array.from(document.scripts).map((s) => s.getAttribute('src') ?? `inline: ${s.textContent?.slice(0, 60)}`),
        handlerAttributes: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `<${el.tagName.toLowerCase()} ${a.name}>`)),
        images: Array.from(document.images).map((img) => img.getAttribute('src') ?? ''),
        frames: document.querySelectorAll('iframe, frame, object, embed').length,
        javascriptLinks: Array.from(document.querySelectorAll('[href], [src], [action], [formaction]'))
          .filter((el) => ['href', 'src', 'action', 'formaction'].some((name) => /^\s*javascript:/i.test(el.getAttribute(name) ?? ''))).length,
        text: document.body.innerText,
      };
    });
    ctx.log(`panneau : ${dom.scripts.length} script(s) ${JSON.stringify(dom.scripts)}, ${dom.images.length} image(s) ${JSON.stringify(dom.images)}`);

    assert.deepEqual(dialogs, [], 'no alert/confirm/prompt opened in the panel');
    assert.equal(dom.pwned, null, 'no script of the page ran in the panel (window.__pwned unset)');
    assert.deepEqual(dom.handlerAttributes, [], 'no on* attribute in the panel');
    for (const src of dom.scripts) assert.match(src, /^\/(?:chunks|assets)\/[\w.-]+\.js$/, `only the panel's own bundle runs: ${src}`);
    for (const src of dom.images) assert.match(src, /^\/icon\/\d+\.png$/, `only the panel's own images: ${src}`);
    assert.equal(dom.frames, 0, 'no frame in the panel');
    assert.equal(dom.javascriptLinks, 0, 'no javascript: URL in the panel');
    // The title holds "<script>…</script>" as characters: the panel must show them as such.
    assert.ok(dom.text.includes('<script>window.__pwned=1</script>'), `the page title shows as text: ${JSON.stringify(dom.text.slice(0, 300))}`);

    const pageMarkAfter = await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);
    assert.equal(pageMarkAfter, pageMarkBefore, 'reading the page fired none of its handlers (focus, change, mouseover…)');
    await ctx.screenshot(panel.page, 'panel');
  },
});
