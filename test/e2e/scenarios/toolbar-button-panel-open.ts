import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

// The panel is already open and asks for the click: the click must not close it, and the page
// must be read right away (the background tells the panel which tab was granted).
export default defineScenario({
  name: 'panneau déjà ouvert : le clic sur l’icône autorise la page affichée',
  browsers: ['chromium'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-untitled.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    await page.goto(new URL('pages/e2e-deliberation.html', ctx.foreignBaseUrl).href, { waitUntil: 'load' });
    await panel.waitForState('needs-permission');
    const same = await ctx.clickToolbarButton(page);
    assert.equal(same.page, panel.page, 'the click keeps the same panel open');
    await panel.waitForState('readable', 3_000);
    assert.match(await panel.text(), /Délibération n° 2025-041/);
  },
});
