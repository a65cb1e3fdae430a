import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

export default defineScenario({
  name: 'une page du navigateur : message clair en français',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    if (ctx.browserName === 'chromium') {
      await page.goto('chrome://version');
      await panel.waitForState('unreadable');
      assert.match(await panel.text(), /appartient au navigateur/);
    } else {
      // Firefox hides an about: page's URL and answers "Missing host permission" exactly as for a
      // site not yet allowed: the panel asks for the click and says browser pages stay unreadable.
      await page.goto('about:blank');
      await panel.waitForState('needs-permission');
      assert.match(await panel.text(), /Cliquez sur l’icône Paraphe[\s\S]*pages propres au navigateur/);
    }
    assert.doesNotMatch(await panel.text(), /2025-041/, 'the previous page is no longer shown');
    await ctx.screenshot(panel.page, 'panel');
  },
});
