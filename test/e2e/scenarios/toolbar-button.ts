import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

// 127.0.0.2 is outside the e2e build's host permission, like any site: only the click on the
// toolbar button (activeTab) lets Paraphe read it. Chromium only: Firefox's toolbar is out of
// WebDriver BiDi's reach.
export default defineScenario({
  name: 'un clic sur l’icône Paraphe ouvre le panneau et autorise la lecture de la page',
  browsers: ['chromium'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html', { foreign: true });
    const panel = await ctx.clickToolbarButton(page);
    await panel.waitForState('readable');
    assert.match(await panel.text(), /Délibération n° 2025-041/);
    assert.match(await panel.text(), /127\.0\.0\.2/);
    // Read thanks to activeTab only: the panel offers to allow the site for good.
    assert.match(await panel.text(), /Toujours autoriser Paraphe sur 127\.0\.0\.2/);
    await ctx.screenshot(panel.page, 'panel');
  },
});
