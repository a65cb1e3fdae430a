/**
 * Transmission stamps and certification blocks: @CTES id, sent / received / published dates.
 * They may sit anywhere (top of the first page, inside the convention pages), so the whole
 * text is scanned; the first date printed for a field wins, a blank is kept as a fact.
 */
import { patterns } from '../patterns';
import type { ReadContext } from './read-context';
import { readDateAfter } from './labeled-dates';

type StampField = 'transmittedOn' | 'receivedOn' | 'publishedOn';

const LABELS: Array<[StampField, RegExp]> = [
  ['transmittedOn', patterns.transmittedLabel],
  ['receivedOn', patterns.receivedLabel],
  ['publishedOn', patterns.publishedLabel],
];

export function readStamps(ctx: ReadContext): void {
  const text = ctx.text;
  const id = text.matchAll(patterns.actesId).next();
  if (!id.done) {
    const m = id.value;
    ctx.set('deliberation', 'actesId', m[0], m.index, m.index + m[0].length);
  }
  for (const [field, label] of LABELS) {
    for (const m of text.matchAll(label)) {
      const labelEnd = m.index + m[0].length;
      if (field === 'publishedOn' && postsTheConvocation(text, m.index)) continue;
      const reading = readDateAfter(text, labelEnd);
      if (reading.kind === 'date') ctx.set('deliberation', field, reading.iso, reading.start, reading.end);
      else if (reading.kind === 'blank') ctx.blank(`deliberation.${field}`, m[0], m.index, Math.max(labelEnd, reading.end));
    }
  }
}

/** "Date d'affichage de la convocation" / "convocation affichée le" is the session's posting. */
export function postsTheConvocation(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  // "Convocation : 5 mars\nAffichage : 5 mars": a posting listed under the convocation is its own
  const reach = patterns.postingWord.test(text.slice(at, at + 12)) ? Math.max(0, at - 120) : Math.max(lineStart, at - 60);
  const before = text.slice(reach, at);
  const after = text.slice(at, at + 60).split('\n')[0] ?? '';
  return patterns.convocationNearby.test(before) || patterns.convocationNearby.test(after);
}
