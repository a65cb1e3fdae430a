/**
 * A PDF handed to the draft from outside the pre-fill bar (the PDF open in the tab, issue 6):
 * the page status fetches the bytes, the pre-fill bar reads them through the same path as a
 * chosen file. A signal rather than a prop: the draft panel is loaded lazily, apart from the
 * page status.
 */
import { signal } from '@preact/signals';

export interface IncomingPdf {
  bytes: Uint8Array;
  /** where the bytes came from, shown as the source of the pre-filled values */
  label: string;
}

export const incomingPdf = signal<IncomingPdf | null>(null);

/** Asks for the PDF's origin, then fetches the bytes; must start inside the click (user gesture). */
export async function fetchTabPdf(url: string): Promise<{ ok: true } | { ok: false; reason: 'refused' | 'fetch'; detail: string }> {
  const origin = new URL(url).origin;
  const origins = [`${origin}/*`];
  // contains() first keeps the request inside the gesture only when a prompt is really needed.
  const granted = (await settle(() => browser.permissions.contains({ origins }))) || (await settle(() => browser.permissions.request({ origins })));
  if (!granted) return { ok: false, reason: 'refused', detail: '' };
  try {
    const response = await fetch(url, { credentials: 'include' });
    if (!response.ok) return { ok: false, reason: 'fetch', detail: `HTTP ${response.status}` };
    incomingPdf.value = { bytes: new Uint8Array(await response.arrayBuffer()), label: url };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'fetch', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** a permission call that throws or rejects counts as "not granted" */
async function settle(call: () => Promise<boolean>): Promise<boolean> {
  try {
    return await call();
  } catch {
    return false;
  }
}
