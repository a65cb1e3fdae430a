import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

const cases = [
  { path: 'pages/s2low-transaction.html', kind: 'actes-form', summary: /S²LOW/ },
  { path: 'pages/stela-acte.html', kind: 'actes-form', summary: /Stela/ },
  { path: 'pages/pastell-acte.html', kind: 'actes-form', summary: /Pastell/ },
  { path: 'pages/generic-aria.html', kind: 'actes-form', summary: /portail non identifié/ },
  { path: 'pages/search-filters.html', kind: 'unknown', summary: /Page non reconnue/ },
];

export default defineScenario({
  name: 'sites : le panneau reconnaît les formulaires @CTES par leurs libellés',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    for (const { path, kind, summary } of cases) {
      const page = await ctx.openFixture(path);
      const panel = await ctx.openPanelFor(page);
      await panel.waitForState('readable');
      const recognition = await panel.page.$eval('[data-page-kind]', (el) => ({
        kind: el.getAttribute('data-page-kind'),
        summary: el.querySelector('.page-status-summary')?.textContent?.trim() ?? '',
      }));
      ctx.log(`${path} : ${recognition.kind} — ${recognition.summary}`);
      assert.equal(recognition.kind, kind, `${path} recognised as ${kind}`);
      assert.match(recognition.summary, summary, `${path} summary`);
      await panel.page.close();
      await page.close();
    }
  },
});
