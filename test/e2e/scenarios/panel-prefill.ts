import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import { defineScenario } from '../scenario';

const pdfPath = fileURLToPath(new URL('../../fixtures/documents/pdf/ceret-2026-ent.pdf', import.meta.url));

async function openTab(panel: Page, name: string): Promise<void> {
  await panel.$$eval('[role="tab"]', (tabs, wanted) => (tabs.find((t) => t.textContent?.trim().startsWith(wanted)) as HTMLElement).click(), name);
}

const valueOf = (panel: Page, selector: string) => panel.$eval(selector, (el) => (el as HTMLInputElement).value);

export default defineScenario({
  name: 'panneau : pré-remplissage depuis la page et depuis un PDF, valeurs marquées',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const handle = await ctx.openPanelFor(page);
    const panel = handle.page;
    await handle.waitForState('readable');
    await panel.$$eval('.prefill-bar button', (buttons) => (buttons.find((b) => b.textContent === 'Pré-remplir depuis la page') as HTMLElement).click());
    await panel.waitForFunction(() => /pré-rempli\(s\) depuis la page/.test(document.querySelector('.prefill-notice')?.textContent ?? ''), { timeout: 5000 });
    ctx.log((await panel.$eval('.prefill-notice', (el) => el.textContent)) ?? '');
    assert.equal(await valueOf(panel, '#draft-session-date'), '03/04/2025');
    const badge = await panel.$eval('#draft-session-date ~ .provenance .provenance-badge', (el) => ({ text: el.textContent, title: el.getAttribute('title') }));
    assert.equal(badge.text, 'pré-rempli depuis la page');
    assert.ok(badge.title && badge.title.length > 'Texte source : « »'.length, `the source text is on hover: ${badge.title}`);
    const sourceShown = () => panel.$eval('#draft-session-date ~ .provenance .provenance-source', (el) => getComputedStyle(el).display !== 'none');
    assert.equal(await sourceShown(), false, 'the source text stays out of the way');
    await panel.hover('#draft-session-date ~ .provenance .provenance-badge');
    assert.equal(await sourceShown(), true, 'the source text shows on hover');
    await panel.mouse.move(0, 0);
    await panel.click('#draft-session-date ~ .provenance .provenance-badge');
    await panel.mouse.move(0, 0);
    assert.equal(await sourceShown(), true, 'and stays once clicked');
    ctx.log(`source affichée : ${await panel.$eval('#draft-session-date ~ .provenance .provenance-source', (el) => el.textContent)}`);

    await openTab(panel, 'Présence');
    assert.equal(await valueOf(panel, '#draft-attendance-inOffice'), '15');
    assert.equal(await valueOf(panel, '#draft-attendance-present'), '11');
    await panel.$$eval('#roster button', (buttons) => (buttons.find((b) => b.textContent === 'Reprendre les noms lus dans le document') as HTMLElement).click());
    await panel.waitForSelector('.roster-member');
    const members = await panel.$$eval('.roster-member', (rows) => rows.length);
    ctx.log(`liste des élus reprise de la page : ${members} élus`);
    assert.equal(members, 15, 'the 15 members read on the page, proxy holders named by surname matched to them');
    // the roster gives back the counts the page printed
    assert.equal(await valueOf(panel, '#draft-attendance-present'), '11');
    assert.equal(await valueOf(panel, '#draft-attendance-represented'), '2');

    // A PDF chosen with the file picker: lazy pdf.js, progress, then pre-fill
    const input = (await panel.$('#pdf-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(pdfPath);
    await panel.waitForFunction(() => /depuis le PDF/.test(document.querySelector('.prefill-notice')?.textContent ?? ''), { timeout: 20000 });
    ctx.log((await panel.$eval('.prefill-notice', (el) => el.textContent)) ?? '');
    await openTab(panel, 'Convention');
    const fee = await valueOf(panel, '#draft-convention-feePerSchool');
    ctx.log(`tarif par école lu dans le PDF : ${fee}`);
    await ctx.screenshot(panel, 'prefill');
  },
});
