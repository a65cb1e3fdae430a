// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '../../../entrypoints/content/index';
import { CONTENT_READY, collectResponseSchema, fillResponseSchema } from '../../../lib/messaging/protocol';

const ours = { id: fakeBrowser.runtime.id };
let ctx: ContentScriptContext;

async function ask(message: unknown, sender: { id?: string } = ours): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return answers.find((a) => a !== undefined);
}

beforeEach(async () => {
  fakeBrowser.reset();
  document.title = 'Délibération 2025-041';
  document.body.innerHTML = '<h1>EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS</h1><p>Séance du 3 avril 2025</p>';
  ctx = new ContentScriptContext('content', contentScript);
  expect(await contentScript.main(ctx)).toBe(CONTENT_READY);
});
afterEach(() => ctx.abort());

describe('content script', () => {
  it('answers "collect" with a snapshot the panel accepts', async () => {
    const answer = collectResponseSchema.parse(await ask({ type: 'paraphe/collect' }));
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.snapshot.title).toBe('Délibération 2025-041');
  });

  it('answers "fill" with the executor report', async () => {
    const answer = fillResponseSchema.parse(await ask({ type: 'paraphe/fill', plan: { url: location.href, actions: [] } }));
    expect(answer).toMatchObject({ ok: true, report: { filled: [] } });
  });

  it('ignores malformed messages and messages from other extensions', async () => {
    expect(await ask({ type: 'paraphe/fill', plan: { actions: 'all' } })).toBeUndefined();
    expect(await ask({ type: 'paraphe/run', code: 'alert(1)' })).toBeUndefined();
    expect(await ask({ type: 'paraphe/collect' }, { id: 'another-extension' })).toBeUndefined();
  });

  it('stops answering once a newer copy replaced it', async () => {
    ctx.abort();
    expect(await ask({ type: 'paraphe/collect' })).toBeUndefined();
  });
});
