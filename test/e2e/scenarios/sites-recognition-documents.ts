import assert from 'node:assert/strict';
import { defineScenario } from '../scenario';

const cases = [
  { path: 'pages/deliberation-commune.html', kind: 'deliberation', summary: /^Délibération reconnue/ },
  { path: 'pages/academie-article.html', kind: 'convention', summary: /PDF/ },
  { path: 'pages/convention-occitanie.html', kind: 'convention', summary: /Convention ENT-École reconnue/ },
  { path: 'pages/lookalike-teletransmission-convention.html', kind: 'unknown', summary: /pas une convention ENT-École/ },
];

export default defineScenario({
  name: 'sites : le panneau reconnaît délibérations et conventions par leur texte',
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
