import type { CouncilRecord } from '../../record/schema';
import { presentCount } from './attendance';

/** Members stated as not taking part in the vote: the printed number, else the names. */
export function nonParticipants(record: CouncilRecord): number | null {
  if (record.vote.nonParticipants != null) return record.vote.nonParticipants;
  const names = record.attendance.nonParticipantNames ?? [];
  return names.length > 0 ? names.length : null;
}

/** Those who could vote: present + represented − non-participants (L2121-20), or null. */
export function expectedVoters(record: CouncilRecord): number | null {
  const present = presentCount(record);
  if (present === null) return null;
  const represented = record.attendance.represented ?? record.attendance.proxies.length;
  return present + represented - (nonParticipants(record) ?? 0);
}
