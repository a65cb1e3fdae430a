import assert from 'node:assert/strict';
import { planActesFill } from '../../../lib/sites/fill-plan';
import { fillReportSchema, pageSnapshotSchema } from '../../../lib/sites/snapshot';
import { defineScenario } from '../scenario';

interface E2eSession {
  snapshot: { value: unknown };
  fill(plan: unknown): Promise<unknown>;
}

// An intranet page that shows the @CTES form in a same-site iframe: the page itself is not
// recognised, the panel must find the form in the frame and still head with the page's title.
export default defineScenario({
  name: 'formulaire @CTES dans un cadre intégré : le panneau le trouve',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/generic-iframe.html');
    await page.waitForFrame((frame) => frame.url().endsWith('generic-iframe-inner.html'));
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');
    await panel.page.waitForSelector('[data-page-kind="actes-form"]', { timeout: 8_000 });
    const text = await panel.text();
    assert.match(text, /Intranet — Télétransmission/, 'the page title heads the panel');
    assert.match(text, /Trouvé dans un cadre intégré/);

    // The panel's own session fills the frame it read (the e2e build exposes it).
    const snapshot = pageSnapshotSchema.parse(await panel.page.evaluate(() => (globalThis as unknown as { __parapheSession: E2eSession }).__parapheSession.snapshot.value));
    const { plan } = planActesFill(snapshot, { natureCode: 'DE', number: '2025_041', decisionDate: '2025-04-03', subject: 'Convention ENT-École', classificationCode: '8.1' });
    assert.ok(plan.actions.length > 0, 'a plan for the form in the frame');
    const report = fillReportSchema.parse(
      await panel.page.evaluate((p) => (globalThis as unknown as { __parapheSession: E2eSession }).__parapheSession.fill(p), plan as never),
    );
    assert.ok(report.filled.length > 0, `filled in the frame: ${JSON.stringify(report)}`);
    const frame = page.frames().find((f) => f.url().endsWith('generic-iframe-inner.html'));
    const values = await frame?.evaluate(() => [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value).filter(Boolean));
    assert.ok(values?.includes('2025_041'), `the act number is in the frame's form: ${JSON.stringify(values)}`);
  },
});
