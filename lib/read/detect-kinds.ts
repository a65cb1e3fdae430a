/**
 * What the text says it is — deliberation, convention, both, or nothing — cheaply, from its
 * structure (used by page recognition and by readDocument).
 */
import type { Kind } from '../record/schema';
import { patterns } from '../patterns';
import { normalizeText } from './normalize';
import { segmentDocument, type Segments } from './segment';

/** enough for a deliberation and its convention several times over */
const MAX_DETECT = 1_000_000;

export function detectKinds(text: string): Kind[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  // the head of a huge text tells what it is; reading 5 MB to say so would block the page
  const normalized = normalizeText(text.slice(0, MAX_DETECT)).text;
  return kindsOf(normalized, segmentDocument(normalized));
}

/** Kinds from an already normalized and segmented text. */
export function kindsOf(text: string, segments: Segments): Kind[] {
  const kinds: Kind[] = [];
  const before = text.slice(segments.deliberation.start, segments.deliberation.end);
  if (patterns.deliberationSignal.test(before) || patterns.deliberationSignalMore.test(before)
    || (patterns.deliberationSignalOperative.test(before) && patterns.councilWords.test(before))) kinds.push('deliberation');
  const isConvention =
    segments.convention !== null ||
    (patterns.conventionSignal.test(text) && (patterns.agreedClause.test(text) || patterns.articleHeading.test(text)) && !kinds.includes('deliberation'));
  if (isConvention) kinds.push('convention');
  return kinds;
}
