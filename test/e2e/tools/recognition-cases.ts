/**
 * Opens each fixture page with the panel bound to it and checks what the panel says it recognised
 * (kind and summary line): shared by the recognition scenarios (forms by labels, documents by text).
 */
import assert from 'node:assert/strict';
import type { defineScenario } from '../scenario';

type Context = Parameters<Parameters<typeof defineScenario>[0]['run']>[0];

export interface RecognitionCase {
  path: string;
  kind: string;
  summary: RegExp;
}

export async function checkRecognition(ctx: Context, cases: readonly RecognitionCase[]): Promise<void> {
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
}
