/**
 * The content script's gate for what the panel sends it. Hand-written rather than
 * `contentRequestSchema.safeParse`: zod/mini alone weighed ~5 KB gzip of the ~11 KB content
 * script injected into every portal page (issue 7: ≤ 8 KB). test/messaging/content-request.test.ts
 * checks it accepts and rejects exactly what the zod schema of protocol.ts does.
 * Like zod objects, it returns fresh objects holding only the known keys: nothing else from the
 * message reaches the executor.
 */
import type { FillAction } from '../sites/snapshot';
import type { ContentRequest } from './protocol';

/** What executeScript returns for the content script once it listens (its main()'s value). */
export const CONTENT_READY = 'paraphe/content-ready' as const;

const FILL_KINDS: readonly string[] = ['fill', 'select', 'check'] satisfies FillAction['kind'][];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

function fillAction(raw: unknown): FillAction | null {
  if (!isObject(raw)) return null;
  const { fieldId, kind, value, label } = raw;
  if (typeof fieldId !== 'string' || typeof value !== 'string' || typeof label !== 'string') return null;
  if (typeof kind !== 'string' || !FILL_KINDS.includes(kind)) return null;
  return { fieldId, kind: kind as FillAction['kind'], value, label };
}

/** The request, stripped to its known keys, or null when it is not one Paraphe's panel sends. */
export function parseContentRequest(message: unknown): ContentRequest | null {
  if (!isObject(message)) return null;
  if (message.type === 'paraphe/collect') return { type: 'paraphe/collect' };
  if (message.type !== 'paraphe/fill') return null;
  const plan = message.plan;
  if (!isObject(plan) || typeof plan.url !== 'string' || !Array.isArray(plan.actions)) return null;
  const actions: FillAction[] = [];
  for (const raw of plan.actions) {
    const action = fillAction(raw);
    if (!action) return null;
    actions.push(action);
  }
  return { type: 'paraphe/fill', plan: { url: plan.url, actions } };
}
