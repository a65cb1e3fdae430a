import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

export default defineScenario({
  name: 'le panneau suit la page quand l’onglet change d’adresse',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    await page.goto(new URL('pages/e2e-untitled.html', ctx.baseUrl).href, { waitUntil: 'load' });
    await panel.page.waitForFunction(() => document.body.innerText.includes('Page sans titre'), { timeout: 8_000 });
    const text = await panel.text();
    assert.doesNotMatch(text, /2025-041/, 'the previous page is no longer shown');
  },
});
