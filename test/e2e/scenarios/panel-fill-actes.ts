/**
 * The secretary's own path to an @CTES portal: she types the act in the panel, opens the
 * portal's form, clicks "Remplir le formulaire @CTES"; the draft's errors stop her until she
 * confirms, then the page's fields hold the values and the page's own listeners saw them typed.
 */
import assert from 'node:assert/strict';
import type { Page } from 'puppeteer-core';
import { defineScenario, type PanelHandle } from '../scenario';

const FILL = 'Remplir le formulaire @CTES';

async function openTab(panel: Page, name: string): Promise<void> {
  await panel.$$eval('[role="tab"]', (tabs, wanted) => (tabs.find((t) => t.textContent?.trim().startsWith(wanted)) as HTMLElement).click(), name);
}

/** Replaces what the field holds, keystroke by keystroke, as the secretary would. */
async function retype(panel: Page, selector: string, text: string): Promise<void> {
  await panel.waitForSelector(selector);
  await panel.$eval(selector, (el) => (el as HTMLInputElement).select());
  await panel.keyboard.press('Backspace');
  await panel.type(selector, text);
}

async function fillFromPanel(handle: PanelHandle): Promise<string> {
  const panel = handle.page;
  await panel.waitForSelector('.actes-fill', { timeout: 10000 });
  const clickFill = () => panel.$$eval('.actes-fill button', (buttons, label) => (buttons.find((b) => b.textContent === label) as HTMLButtonElement).click(), FILL);
  const disabled = () => panel.$$eval('.actes-fill button', (buttons, label) => (buttons.find((b) => b.textContent === label) as HTMLButtonElement).disabled, FILL);
  await panel.waitForSelector('.actes-fill-errors', { timeout: 10000 });
  assert.equal(await disabled(), true, 'refused while the draft has errors');
  await clickFill();
  assert.equal(await panel.$eval('.actes-fill-report', (el) => el.textContent), '', 'nothing sent before the confirmation');
  await panel.click('#actes-fill-confirm');
  await panel.waitForFunction((label) => [...document.querySelectorAll('.actes-fill button')].some((b) => b.textContent === label && !(b as HTMLButtonElement).disabled), {}, FILL);
  await clickFill();
  await panel.waitForFunction(() => /rempli\(s\) sur le portail|Remplissage impossible/.test(document.querySelector('.actes-fill-report')?.textContent ?? ''), { timeout: 10000 });
  const report = (await panel.$eval('.actes-fill', (el) => (el as HTMLElement).innerText)) ?? '';
  const outcome = await panel.$$eval('.actes-fill-report, .actes-fill-attach, .actes-fill-inputs', (els) => els.map((el) => (el as HTMLElement).innerText).join(' | '));
  assert.match(report, /Quorum non atteint/);
  assert.match(report, /champ\(s\) rempli\(s\) sur le portail/);
  assert.match(report, /Joignez vous-même : Document principal : la délibération signée/);
  return `${report}\n${outcome.replace(/\s*\n\s*/g, ' ; ')}`;
}

type Events = { type: string; id: string; value: string }[];

export default defineScenario({
  name: 'panneau : remplir le formulaire @CTES depuis le brouillon (S²LOW, Pastell)',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const s2low = await ctx.openFixture('pages/s2low-transaction.html');
    const handle = await ctx.openPanelFor(s2low);
    const panel = handle.page;
    await handle.waitForState('readable');
    await panel.waitForSelector('#draft-session-date', { timeout: 10000 });
    await retype(panel, '#draft-session-date', '12/06/2025');
    await openTab(panel, 'Acte');
    await retype(panel, '#draft-deliberation-number', '2025-031');
    await retype(panel, '#draft-deliberation-subject', 'Convention de partenariat ENT-École 2025-2026');
    await retype(panel, '#draft-deliberation-classification', '8.1');
    // The attendance she typed leaves the quorum unmet: an error the rules raise (L2121-17).
    await openTab(panel, 'Présence');
    await retype(panel, '#draft-attendance-inOffice', '15');
    await retype(panel, '#draft-attendance-present', '4');
    const listed = await panel.$eval('.actes-fill-values', (el) => (el as HTMLElement).innerText);
    ctx.log(`valeurs annoncées : ${listed.replace(/\s+/g, ' ')}`);
    const report = await fillFromPanel(handle);
    ctx.log(`S²LOW : ${report.split('\n').pop()!.replace(/\s*\n\s*/g, ' | ')}`);
    await ctx.screenshot(panel, 'panel-fill-actes-s2low');

    const state = await s2low.evaluate(() => ({
      nature: (document.getElementById('nature_code') as HTMLSelectElement).value,
      number: (document.getElementById('act-number') as HTMLInputElement).value,
      subject: (document.getElementById('subject') as HTMLTextAreaElement).value,
      date: (document.getElementById('decision_date') as HTMLInputElement).value,
      shown: (document.getElementById('datepicker_decision_date') as HTMLInputElement).value,
      classif: [(document.getElementById('classif1') as HTMLInputElement).value, (document.getElementById('classif2') as HTMLInputElement).value],
      events: (window as unknown as { __events: Events }).__events,
    }));
    assert.equal(state.nature, '1');
    assert.match(state.number, /^[A-Z0-9_]{1,15}$/);
    assert.ok(state.number.includes('2025') && state.number.includes('031'), `number cleaned from 2025-031: ${state.number}`);
    assert.equal(state.subject, 'Convention de partenariat ENT-École 2025-2026');
    assert.equal(state.date, '2025-06-12');
    assert.equal(state.shown, '12 juin 2025');
    assert.deepEqual(state.classif, ['8', '1']);
    assert.ok(state.events.some((e) => e.type === 'input' && e.id === 'act-number' && e.value === state.number), 'the page saw input on the number');
    assert.ok(state.events.some((e) => e.type === 'change' && e.id === 'subject'), 'the page saw change on the subject');
    assert.ok(state.events.some((e) => e.type === 'change' && e.id === 'nature_code'), 'the page saw the nature chosen');

    // Pastell, same draft (kept in storage): the panel reopened on the other portal.
    const pastell = await ctx.openFixture('pages/pastell-acte.html');
    const second = await ctx.openPanelFor(pastell);
    await second.waitForState('readable');
    const pastellReport = await fillFromPanel(second);
    ctx.log(`Pastell : ${pastellReport.split('\n').pop()!.replace(/\s*\n\s*/g, ' | ')}`);
    assert.match(pastellReport, /Classification \(à choisir sur le portail\)/);
    const onPastell = await pastell.evaluate(() => ({
      nature: (document.getElementById('acte_nature') as HTMLSelectElement).value,
      number: (document.getElementById('numero_de_lacte') as HTMLInputElement).value,
      date: (document.getElementById('date_de_lacte') as HTMLInputElement).value,
      subject: (document.getElementById('objet') as HTMLTextAreaElement).value,
      submitted: (window as unknown as { __submitted?: number }).__submitted ?? 0,
      events: (window as unknown as { __events: Events }).__events,
    }));
    assert.equal(onPastell.number, state.number);
    assert.equal(onPastell.date, '12/06/2025');
    assert.equal(onPastell.subject, 'Convention de partenariat ENT-École 2025-2026');
    assert.equal(onPastell.submitted, 0, 'no submit button clicked');
    assert.ok(onPastell.events.some((e) => e.type === 'input' && e.id === 'numero_de_lacte'), 'Pastell saw input on the number');
    assert.ok(onPastell.events.some((e) => e.type === 'change' && e.id === 'date_de_lacte'), 'Pastell saw change on the date');
    ctx.log(`Pastell : nature ${onPastell.nature}, ${onPastell.events.length} événements vus par la page`);
  },
});
