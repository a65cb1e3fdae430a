import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

export default defineScenario({
  name: 'panneau : le brouillon survit à la fermeture du panneau',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-untitled.html'); // not a recognised document: no automatic pre-fill of the fresh draft
    const first = (await ctx.openPanelFor(page)).page;
    await first.waitForSelector('[role="tab"]');
    await first.$$eval('[role="tab"]', (tabs) => (tabs.find((t) => t.textContent?.startsWith('Acte')) as HTMLElement).click());
    await first.waitForSelector('#draft-deliberation-subject');
    const subject = 'Adhésion à l’ENT-École — essai e2e';
    await first.type('#draft-deliberation-subject', subject);
    await first.waitForSelector('[data-save-status="saved"]', { timeout: 2000 });
    await first.close();

    if (ctx.browserName === 'firefox') await page.evaluate(() => { location.hash = ''; });
    const second = (await ctx.openPanelFor(page)).page;
    await second.waitForSelector('.drafts-list');
    await second.waitForFunction((wanted) => document.querySelector('.drafts-list')?.textContent?.includes(wanted), { timeout: 3000 }, subject);
    await second.$$eval('[role="tab"]', (tabs) => (tabs.find((t) => t.textContent?.startsWith('Acte')) as HTMLElement).click());
    const value = await second.$eval('#draft-deliberation-subject', (el) => (el as HTMLTextAreaElement).value);
    assert.equal(value, subject);
    ctx.log('brouillon retrouvé après réouverture du panneau');
  },
});
