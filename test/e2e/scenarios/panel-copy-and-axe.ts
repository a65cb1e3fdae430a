import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { defineScenario } from '../scenario';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function openTab(panel: Page, name: string): Promise<void> {
  await panel.$$eval('[role="tab"]', (tabs, wanted) => (tabs.find((t) => t.textContent?.trim().startsWith(wanted)) as HTMLElement).click(), name);
}

type AxeResult = { violations: { id: string; nodes: { target: string[]; any?: { message: string }[] }[] }[] };

async function axeViolations(panel: Page, selector?: string): Promise<string[]> {
  return panel.evaluate(async (within) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Element | Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(within ? document.querySelector(within)! : document);
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.any?.[0]?.message ?? ''}`).join(', ')}`);
  }, selector);
}

export default defineScenario({
  name: 'panneau : texte généré copié puis relu du presse-papiers ; axe sans violation',
  browsers: ['chromium'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = (await ctx.openPanelFor(page)).page;
    await panel.waitForSelector('[role="tab"]');
    // Chromium grants no permission to an extension origin over CDP: the fixture page reads back.
    await page.browserContext().overridePermissions(new URL(page.url()).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);

    await openTab(panel, 'Acte');
    await panel.type('#draft-deliberation-subject', 'Tarifs de la restauration scolaire');
    await openTab(panel, 'Présence');
    await panel.type('#draft-attendance-inOffice', '15');
    await panel.type('#draft-attendance-present', '7');
    await openTab(panel, 'Séance');
    await panel.type('#draft-session-date', '31/02/2025');

    // axe-core in the real panel, every rule (contrast included), on each tab, with findings shown
    await panel.evaluate(axeSource);
    const found: string[] = [];
    for (const tab of ['Séance', 'Présence', 'Vote', 'Acte', 'Convention', 'Textes']) {
      await openTab(panel, tab);
      if (tab === 'Textes') await panel.waitForSelector('.deliberation-preview', { timeout: 5000 });
      found.push(...(await axeViolations(panel)).map((v) => `${tab} → ${v}`));
    }
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    // Dark scheme: the drafting area only; the shell above leaves its background to the canvas,
    // which axe takes for white.
    for (const tab of ['Présence', 'Textes']) {
      await openTab(panel, tab);
      found.push(...(await axeViolations(panel, '.draft-panel')).map((v) => `sombre, ${tab} → ${v}`));
    }
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    assert.deepEqual(found, [], 'axe-core violations');
    ctx.log('axe-core : aucune violation sur les six onglets (thème clair) ni dans la zone de rédaction en thème sombre');

    await panel.focus('.generated-texts .copy-button');
    await panel.keyboard.press('Enter');
    await panel.waitForFunction(() => document.body.innerText.includes('Copié'), { timeout: 3000 });
    await page.bringToFront();
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items[0];
      const html = item && item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
      return { text: await navigator.clipboard.readText(), html };
    });
    assert.match(copied.text, /Tarifs de la restauration scolaire/, 'the plain text is on the clipboard');
    assert.match(copied.html, /Tarifs de la restauration scolaire/, 'the HTML flavour is on the clipboard');
    assert.doesNotMatch(copied.html, /<script/i);
    ctx.log(`presse-papiers : ${copied.text.length} caractères en texte, ${copied.html.length} en HTML`);
    await ctx.screenshot(panel, 'textes');
  },
});
