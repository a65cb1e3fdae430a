/**
 * The fill round trip in a real browser: the real content script collects the page, the plan
 * is made by lib/sites (here, in node), the content script executes it, and the page's own
 * listeners (inline scripts of the fixtures) must have seen the values.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { planActesFill, type ActesValues } from '../../../lib/sites/fill-plan';
import { pageSnapshotSchema, fillReportSchema, type FillPlan } from '../../../lib/sites/snapshot';
import { defineScenario } from '../scenario';

const values: ActesValues = {
  natureCode: 'DE', number: '2025_031', decisionDate: '2025-06-12',
  subject: 'Convention de partenariat ENT-École 2025-2026', classificationCode: '8.1',
};

/** Sends a content-script request from the panel page to the tab it is bound to. */
function askTab(panel: Page, request: unknown): Promise<unknown> {
  return panel.evaluate(async (req) => {
    type Api = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const bound = new URLSearchParams(location.search).get('tabId');
    const tabId = bound ? Number(bound) : (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    return api.tabs.sendMessage(tabId!, req);
  }, request as never);
}

async function fillFixture(ctx: Parameters<Parameters<typeof defineScenario>[0]['run']>[0], path: string) {
  const page = await ctx.openFixture(path);
  const panel = await ctx.openPanelFor(page);
  await panel.waitForState('readable');
  const collected = (await askTab(panel.page, { type: 'paraphe/collect' })) as { ok: boolean; snapshot: unknown };
  const snapshot = pageSnapshotSchema.parse(collected.snapshot);
  const { plan, missing } = planActesFill(snapshot, values);
  const filled = (await askTab(panel.page, { type: 'paraphe/fill', plan: plan satisfies FillPlan })) as { ok: boolean; report: unknown };
  const report = fillReportSchema.parse(filled.report);
  ctx.log(`${path} : ${report.filled.length} rempli(s), ${report.skipped.map((s) => s.reason).join(', ') || 'aucun sauté'} ; manque : ${missing.join(' ; ') || 'rien'}`);
  return { page, panel, report, missing };
}

export default defineScenario({
  name: 'sites : remplissage S²LOW, Pastell, Stela et page piégée dans un vrai navigateur',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    {
      const { page, report } = await fillFixture(ctx, 'pages/s2low-transaction.html');
      assert.deepEqual(report.skipped, [], 'nothing skipped on S²LOW');
      // No named function inside evaluate: tsx's keepNames would inject a __name helper the page lacks.
      const state = await page.evaluate(() => ({
        nature: (document.getElementById('nature_code') as HTMLSelectElement).value,
        type: (document.getElementById('actes_attachments_type') as HTMLSelectElement).value,
        date: (document.getElementById('decision_date') as HTMLInputElement).value,
        shown: (document.getElementById('datepicker_decision_date') as HTMLInputElement).value,
        classif: [(document.getElementById('classif1') as HTMLInputElement).value, (document.getElementById('classif2') as HTMLInputElement).value],
        maxFile: (document.querySelector('[name=MAX_FILE_SIZE]') as HTMLInputElement).value,
        events: (window as unknown as { __events: { type: string; id: string }[] }).__events,
      }));
      assert.equal(state.nature, '1');
      assert.equal(state.type, '99_DE', 'the typology select was repopulated by the page on the nature change');
      assert.equal(state.date, '2025-06-12');
      assert.equal(state.shown, '12 juin 2025');
      assert.deepEqual(state.classif, ['8', '1']);
      assert.equal(state.maxFile, '157286400');
      assert.ok(state.events.some((e) => e.type === 'input' && e.id === 'act-number'), 'the page saw input on the number');
      assert.ok(state.events.some((e) => e.type === 'change' && e.id === 'subject'), 'the page saw change on the subject');
    }
    {
      const { page, report, missing } = await fillFixture(ctx, 'pages/pastell-acte.html');
      assert.deepEqual(report.skipped, []);
      assert.deepEqual(missing, ['Classification (à choisir sur le portail)']);
      const state = await page.evaluate(() => ({
        date: (document.getElementById('date_de_lacte') as HTMLInputElement).value,
        submitted: (window as unknown as { __submitted?: number }).__submitted ?? 0,
        decoy: (document.querySelector('[name=prevent_autocomplete_login]') as HTMLInputElement).value,
      }));
      assert.deepEqual(state, { date: '12/06/2025', submitted: 0, decoy: '' });
    }
    {
      const { page, report } = await fillFixture(ctx, 'pages/stela-acte.html');
      assert.deepEqual(report.skipped, []);
      const state = await page.evaluate(() => ({
        submitEnabled: !(document.getElementById('deposer') as HTMLButtonElement).disabled,
        nature: document.querySelector('.ui.dropdown .text')?.textContent,
      }));
      assert.deepEqual(state, { submitEnabled: true, nature: 'Délibérations' }, 'the controlled form saw every value');
    }
    {
      // Layout is real here: the off-screen number is hidden by geometry, not only by style.
      const { page, report } = await fillFixture(ctx, 'pages/hostile.html');
      const state = await page.evaluate(() => ({
        hidden: (document.getElementById('h-num') as HTMLInputElement).value,
        parked: (document.getElementById('p-num') as HTMLInputElement).value,
        hiddenSubject: (document.getElementById('x-obj') as HTMLTextAreaElement).value,
        readOnly: (document.getElementById('ro-num') as HTMLInputElement).value,
        number: (document.getElementById('v-num') as HTMLInputElement).value,
      }));
      assert.deepEqual(state, { hidden: '', parked: '', hiddenSubject: '', readOnly: 'NE PAS TOUCHER', number: '2025_031' });
      assert.equal(report.filled.length, 4, 'only the four visible, editable fields');
    }
  },
});
