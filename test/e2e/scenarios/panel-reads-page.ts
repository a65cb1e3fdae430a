import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

export default defineScenario({
  name: 'le panneau lit la page ouverte et dit s’il la reconnaît',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    const text = await panel.text();
    assert.match(text, /Délibération n° 2025-041 – Convention ENT école/, 'the page title is shown');
    assert.match(text, /127\.0\.0\.1/, 'the site is shown');
    const recognition = await panel.page.$eval('[data-page-kind]', (el) => ({
      kind: el.getAttribute('data-page-kind'),
      summary: el.querySelector('.page-status-summary')?.textContent?.trim() ?? '',
    }));
    assert.ok(['convention', 'deliberation', 'actes-form', 'unknown'].includes(recognition.kind ?? ''), `recognition kind ${recognition.kind}`);
    assert.ok(recognition.summary.length > 0, 'the recognition summary is not empty');
    ctx.log(`panneau : ${recognition.kind} — ${recognition.summary}`);
    await ctx.screenshot(panel.page, 'panel');
  },
});
