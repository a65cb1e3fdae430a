import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../lib/messaging/content-request';
import { contentRequestSchema } from '../../lib/messaging/protocol';

const action = { fieldId: 'f3', kind: 'fill', value: '2025-041', label: 'Numéro de l’acte' };

describe('content script request guard', () => {
  it('accepts the two requests the panel sends', () => {
    expect(parseContentRequest({ type: 'paraphe/collect' })).toEqual({ type: 'paraphe/collect' });
    expect(parseContentRequest({ type: 'paraphe/fill', plan: { url: 'https://x/', actions: [action] } }))
      .toEqual({ type: 'paraphe/fill', plan: { url: 'https://x/', actions: [action] } });
  });

  it('rejects what a page or another extension could post', () => {
    for (const message of [
      null, 'paraphe/collect', [], { type: 'paraphe/eval', code: 'alert(1)' }, { type: 'paraphe/fill' },
      { type: 'paraphe/fill', plan: { url: 'https://x/', actions: 'all' } },
      { type: 'paraphe/fill', plan: { actions: [] } },
      { type: 'paraphe/fill', plan: { url: 'https://x/', actions: [{ ...action, kind: 'click' }] } },
      { type: 'paraphe/fill', plan: { url: 'https://x/', actions: [{ ...action, value: 41 }] } },
      { type: 'paraphe/fill', plan: { url: 'https://x/', actions: [action, null] } },
    ]) {
      expect(parseContentRequest(message), JSON.stringify(message)).toBeNull();
    }
  });

  it('hands the executor only the known keys', () => {
    const parsed = parseContentRequest({
      type: 'paraphe/fill', extra: 1,
      plan: { url: 'https://x/', actions: [{ ...action, selector: 'script', html: '<img onerror=x>' }], run: 'x' },
    });
    expect(parsed).toEqual({ type: 'paraphe/fill', plan: { url: 'https://x/', actions: [action] } });
  });

  it('agrees with the zod schema of the protocol on any message', () => {
    const text = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('fill', 'select', 'check', 'paraphe/fill', 'paraphe/collect'));
    const loose = fc.oneof(text, fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean());
    const actionLike = fc.record(
      { fieldId: loose, kind: loose, value: loose, label: loose },
      { requiredKeys: [] },
    );
    const message = fc.oneof(
      loose,
      fc.record({ type: loose, plan: fc.oneof(loose, fc.record({ url: loose, actions: fc.oneof(loose, fc.array(fc.oneof(actionLike, loose), { maxLength: 3 })) }, { requiredKeys: [] })) }, { requiredKeys: [] }),
    );
    fc.assert(fc.property(message, (m) => {
      const zod = contentRequestSchema.safeParse(m);
      const ours = parseContentRequest(m);
      expect(ours).toEqual(zod.success ? zod.data : null);
    }), { numRuns: 2000 });
  });
});
