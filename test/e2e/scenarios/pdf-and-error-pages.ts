import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { defineScenario } from '../scenario';
import { E2E_PDF_PATH } from '../server';

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export default defineScenario({
  name: 'visionneuse PDF et page d’erreur : le panneau explique pourquoi il ne lit pas',
  browsers: ['chromium', 'firefox'],
  async run(ctx) {
    const page = await ctx.openFixture('pages/e2e-deliberation.html');
    const panel = await ctx.openPanelFor(page);
    await panel.waitForState('readable');

    await page.goto(new URL(E2E_PDF_PATH, ctx.baseUrl).href).catch(() => undefined);
    await panel.page.waitForSelector('[data-unreadable-reason="pdf-viewer"]', { timeout: 8_000 });
    assert.match(await panel.text(), /visionneuse du navigateur/);

    await page.goto(`http://127.0.0.1:${await closedPort()}/`).catch(() => undefined);
    await panel.page.waitForSelector('[data-unreadable-reason="error-page"]', { timeout: 8_000 });
    assert.match(await panel.text(), /page d’erreur/);
  },
});
