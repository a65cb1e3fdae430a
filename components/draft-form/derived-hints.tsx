/** What follows from the figures typed so far, so the secretary can check at a glance. */
import { useComputed } from '@preact/signals';
import type { Draft } from '../../lib/draft/draft-model';
import type { DraftTab } from '../../lib/draft/draft-fields';
import { formatAmount } from '../../lib/draft/french-input';
import { t } from '../../lib/i18n/ui';

export function DerivedHints({ draft, tab }: { draft: Draft; tab: DraftTab }) {
  const lines = useComputed(() => {
    const d = draft.derived.value;
    const r = draft.record.value;
    const out: string[] = [];
    if (tab === 'presence') {
      if (d.quorumRequired !== null && r.attendance.inOffice !== null) out.push(t('derived.quorum', { required: d.quorumRequired, inOffice: r.attendance.inOffice }));
      if (d.votersFromAttendance !== null) out.push(t('derived.voters', { voters: d.votersFromAttendance }));
    } else if (tab === 'vote' && d.expressedFromVotes !== null) out.push(t('derived.expressed', { expressed: d.expressedFromVotes }));
    else if (tab === 'convention' && d.totalFromFee !== null) out.push(t('derived.total', { total: formatAmount(d.totalFromFee) }));
    return out;
  });
  if (lines.value.length === 0) return null;
  return (
    <ul class="derived-hints">
      {lines.value.map((line) => <li key={line}>{line}</li>)}
    </ul>
  );
}
