/**
 * Text → record: reads a French deliberation and/or the partnership convention it approves
 * (page text, paste, PDF text, Markdown-ish rendering) into the record of spec/record.md, with
 * the source span of each value and the blanks the document leaves.
 */
import { emptyRecord } from '../record/empty-record';
import type { ReadOptions, ReadResult } from './read-result';
import { detectKinds, kindsOf } from './detect-kinds';
import { normalizeText } from './normalize';
import { ReadContext, type Region } from './read-context';
import { segmentDocument } from './segment';
import { readStamps } from './stamps';
import { readConvention, readEnd } from './convention-block';
import { readSignatories, readSignature } from './signature-lines';
import { readDeliberationHeading } from './deliberation-heading';
import { readSession } from './session-block';
import { readAttendance } from './attendance-block';
import { readVote } from './vote-block';
import { readFees } from './convention-fees';
import { readSchools } from './school-list';
import { readCommune } from './commune-block';
import { resolveMayorProxies } from './proxy-phrases';
import { natureCodes, type NatureCode } from '../record/schema';

export { detectKinds };
export type { ReadOptions, ReadResult };

/** Beyond this, the tail is not read (a council act is a few dozen kB; 5 MB is a wrong file). */
const MAX_CHARS = 1_000_000;
const MIN_CHARS = 20;

export function readDocument(text: string, opts?: ReadOptions): ReadResult {
  const source = opts?.sourceName ? ` (${opts.sourceName})` : '';
  const input = typeof text === 'string' ? text : '';
  if (input.trim().length < MIN_CHARS) return nothing([`Texte vide ou trop court${source} : rien à lire.`]);
  try {
    const notes: string[] = [];
    let read = input;
    if (read.length > MAX_CHARS) {
      read = read.slice(0, MAX_CHARS);
      notes.push(`Texte très long${source} : seuls les ${MAX_CHARS.toLocaleString('fr-FR')} premiers caractères ont été lus.`);
    }
    const ctx = new ReadContext(read, normalizeText(read));
    const segments = segmentDocument(ctx.text);
    const kinds = kindsOf(ctx.text, segments);
    if (kinds.length === 0) return nothing([...notes, `Aucune délibération ni convention reconnue dans ce texte${source}.`]);
    const whole: Region = { start: 0, end: ctx.text.length };
    const deliberation = segments.deliberation;
    readStamps(ctx);
    readConvention(ctx, segments);
    if (kinds.includes('deliberation')) {
      readDeliberationHeading(ctx, deliberation);
      readSession(ctx, deliberation);
      readAttendance(ctx, deliberation);
      readVote(ctx, deliberation);
      readEnd(ctx, deliberation, ctx.text.slice(deliberation.start, deliberation.end), 'deliberation');
      readSignature(ctx, deliberation, 'deliberation');
      readFees(ctx, deliberation, 'deliberation');
      const nature = ctx.record.deliberation.actesId?.split('-').pop()?.toUpperCase() ?? 'DE';
      ctx.set('deliberation', 'nature', (natureCodes as readonly string[]).includes(nature) ? (nature as NatureCode) : 'DE');
    }
    if (segments.convention) {
      readFees(ctx, segments.convention, 'convention');
      readSchools(ctx, segments.convention);
    } else if (kinds.includes('deliberation')) {
      // a deliberation alone may name its schools by UAI ("École du Clos-Fleuri – 0783377F"): checked all the same
      readSchools(ctx, deliberation, 'deliberation');
    }
    readCommune(ctx, whole);
    readSignatories(ctx);
    const attendance = ctx.record.attendance;
    attendance.proxies = resolveMayorProxies(attendance.proxies, ctx.record.commune.mayor ?? ctx.record.session.president);
    return { kinds, record: ctx.record, sources: ctx.sources, notes: [...notes, ...ctx.notes] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return nothing([`La lecture du texte a échoué${source} : ${reason}`]);
  }
}

function nothing(notes: string[]): ReadResult {
  return { kinds: [], record: emptyRecord(), sources: {}, notes };
}
