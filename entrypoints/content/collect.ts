/**
 * Collects a plain snapshot of the page (text, form fields with their label sources).
 * Placeholder until the site-adapter work replaces it with the full collector: text only.
 */
import type { PageSnapshot } from '../../lib/sites/snapshot';

const MAX_TEXT = 2_000_000;

export function collectSnapshot(doc: Document): PageSnapshot {
  const full = doc.body?.innerText ?? '';
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    lang: doc.documentElement.lang || '',
    text: full.slice(0, MAX_TEXT),
    textTruncated: full.length > MAX_TEXT,
    fields: [],
    forms: [],
    frameCount: doc.querySelectorAll('iframe').length,
  };
}
