/**
 * The vote: counts as printed (pour, contre, abstentions, exprimés, blancs/nuls,
 * non-participation), unanimity, adoption. An "exprimés" line printed empty is a blank.
 */
import { patterns } from '../patterns';
import type { ReadContext, Region } from './read-context';
import { lastPersonBefore } from './person-names';
import { readCountTables } from './count-table';
import { parseCount } from './french-numbers';
import { actRegion } from './agenda-items';

const NAME_WINDOW = 90;

type VoteKey = 'for' | 'against' | 'abstentions' | 'expressed' | 'blank' | 'nonParticipants';
const COUNTS: Array<[VoteKey, RegExp]> = [
  ['for', patterns.forCount],
  ['against', patterns.againstCount],
  ['abstentions', patterns.abstentionsCount],
  ['expressed', patterns.expressedCount],
  ['blank', patterns.blankBallotsCount],
  ['nonParticipants', patterns.nonParticipantsCount],
  // a roll call (L2121-21) prints each count in brackets before the names
  ['for', patterns.rollCallFor],
  ['against', patterns.rollCallAgainst],
  ['abstentions', patterns.rollCallAbstentions],
];

export function readVote(ctx: ReadContext, whole: Region): void {
  // a procès-verbal of several acts: only the chosen act's vote
  const region = actRegion(ctx.text, whole);
  const text = ctx.text.slice(region.start, region.end);
  readCountTables(ctx, region);
  for (const [key, pattern] of COUNTS) {
    for (const m of text.matchAll(pattern)) {
      const printed = m.slice(1).find((group) => group !== undefined);
      const count = printed === undefined ? null : parseCount(printed);
      if (count === null) continue;
      const at = region.start + m.index;
      if (ctx.set('vote', key, count, at, at + m[0].length)) break;
    }
  }
  if (ctx.record.vote.expressed === null) {
    const blank = text.matchAll(patterns.expressedBlank).next();
    if (!blank.done) {
      const at = region.start + blank.value.index;
      ctx.blank('vote.expressed', blank.value[0], at, at + blank.value[0].length);
    }
  }
  const unanimity = patterns.unanimity.exec(text);
  if (unanimity) {
    ctx.set('vote', 'unanimous', true, region.start + unanimity.index, region.start + unanimity.index + unanimity[0].length);
    if (patterns.unanimityOfExpressed.test(text)) ctx.record.vote.unanimousOfExpressed = true;
  }
  if (patterns.rejectedWord.test(text)) ctx.set('vote', 'adopted', false);
  else if (unanimity || patterns.adoptedWord.test(text)) ctx.set('vote', 'adopted', true);
  if (patterns.castingVote.test(text)) ctx.record.vote.castingVote = true;
  const names = ctx.record.attendance.nonParticipantNames ?? [];
  for (const m of text.matchAll(patterns.nonParticipation)) {
    const name = lastPersonBefore(text.slice(Math.max(0, m.index - NAME_WINDOW), m.index));
    if (name && !names.includes(name)) names.push(name);
  }
  ctx.record.attendance.nonParticipantNames = names;
}

