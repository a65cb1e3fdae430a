import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

// 127.0.0.2 is outside the e2e build's host permission: like any site before the user clicks
// Paraphe's button (activeTab), the panel must ask for that click instead of staying blank.
export default defineScenario({
  name: 'une page pas encore autorisée : le panneau demande le clic',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    await page.goto(new URL('pages/e2e-deliberation.html', ctx.foreignBaseUrl).href, { waitUntil: 'load' });
    await panel.waitForState('needs-permission');
    const text = await panel.text();
    assert.match(text, /Cliquez sur l’icône Paraphe/);
    assert.doesNotMatch(text, /2025-041/, 'nothing of the page is shown without permission');
    await ctx.screenshot(panel.page, 'panel');
  },
});
