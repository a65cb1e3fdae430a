import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

// Issue 6: the browser's viewer hides a PDF from scripts; the panel fetches its bytes instead.
export default defineScenario({
  name: 'panneau : lire le PDF ouvert dans l’onglet',
  browsers: ['chromium'],
  async run(ctx) {
    const url = new URL('documents/pdf/ceret-2026-ent.pdf', ctx.baseUrl).href;
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const handle = await ctx.openPanelFor(page);
    const panel = handle.page;
    await handle.waitForState('readable');
    await page.goto(url).catch(() => undefined);
    await panel.waitForSelector('[data-unreadable-reason="pdf-viewer"]', { timeout: 8_000 });
    await panel.waitForSelector('.page-status-read-pdf button', { timeout: 5_000 });
    await panel.$$eval('.page-status-read-pdf button', (buttons) => (buttons.find((b) => b.textContent === 'Lire ce PDF dans Paraphe') as HTMLElement).click());
    await panel.waitForFunction(() => /champ\(s\) pré-rempli\(s\) depuis http/.test(document.querySelector('.prefill-notice')?.textContent ?? ''), { timeout: 20_000 });
    const notice = (await panel.$eval('.prefill-notice', (el) => el.textContent)) ?? '';
    ctx.log(notice);
    assert.ok(notice.includes(url), `the source is the PDF's address: ${notice}`);
    await panel.$$eval('[role="tab"]', (tabs) => (tabs.find((t) => t.textContent?.trim().startsWith('Convention')) as HTMLElement).click());
    const fee = await panel.$eval('#draft-convention-feePerSchool', (el) => (el as HTMLInputElement).value);
    assert.equal(fee, '41');
  },
});
