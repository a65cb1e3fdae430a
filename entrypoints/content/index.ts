/**
 * The content script, injected on demand by the panel (scripting.executeScript under activeTab
 * or a granted origin; never declared for every site). It stays dumb: answers "collect" with
 * a plain snapshot and "fill" with the executor's report. Reinjection replaces the previous copy
 * (WXT's context invalidates it), so a page never answers twice.
 */
import { collectSnapshot } from './collect';
import { executeFillPlan } from './execute';
import { CONTENT_READY, parseContentRequest } from '../../lib/messaging/content-request';
import type { CollectResponse, FillResponse } from '../../lib/messaging/protocol';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const onMessage = (message: unknown, sender: { id?: string }): Promise<CollectResponse | FillResponse> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const request = parseContentRequest(message);
      if (!request) return undefined;
      try {
        if (request.type === 'paraphe/collect') {
          return Promise.resolve({ ok: true, snapshot: collectSnapshot(document), contentType: document.contentType });
        }
        return Promise.resolve({ ok: true, report: executeFillPlan(document, request.plan) });
      } catch (error) {
        return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    return CONTENT_READY;
  },
});
