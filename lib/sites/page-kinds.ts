import { detectKinds } from '../read/detect-kinds';
import type { Kind } from '../record/schema';

// Several adapters ask what the same page text is; the reader's detection runs once per text.
let last: { text: string; kinds: Kind[] } | null = null;

/** detectKinds of the page text, remembered for the snapshot being recognised. */
export function pageKinds(text: string): Kind[] {
  if (last?.text !== text) last = { text, kinds: detectKinds(text) };
  return last.kinds;
}
