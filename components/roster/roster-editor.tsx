/**
 * The council members and who is present, absent or gave a proxy at this session. Counts in
 * the Présence tab follow from it unless typed. The list is kept for the next sessions.
 */
import { useComputed, useSignal } from '@preact/signals';
import type { DraftSession } from '../../lib/draft/draft-session';
import type { Draft } from '../../lib/draft/draft-model';
import { createMember, parseRosterText, statusOf, type MemberStatus, type RosterMember } from '../../lib/draft/roster';
import { t } from '../../lib/i18n/ui';
import { FindingMessage, findingDomId } from '../findings/finding-message';
import { markInput } from '../findings/findings-painted';

export function RosterEditor({ session, draft }: { session: DraftSession; draft: Draft }) {
  const { roster } = session;
  const members = roster.roster.value.members;
  const attendance = roster.attendance.value;
  const findings = useComputed(() => draft.findingsByAnchor.value.get('roster') ?? []);
  const pasted = useSignal('');
  const newName = useSignal('');
  const notice = useSignal('');
  const recordNames = useComputed(() => {
    const a = draft.record.value.attendance;
    return a.presentNames.length + a.proxies.length + a.absentNames.length;
  });

  const add = (list: RosterMember[]) => {
    const before = roster.roster.value.members.length;
    session.editRoster((store) => store.add(list));
    notice.value = t('roster.added', { count: roster.roster.value.members.length - before });
  };

  return (
    <section id="roster" tabIndex={-1} class="roster-editor" aria-labelledby="roster-title">
      <h3 id="roster-title">{t('roster.title')} ({members.length})</h3>
      {findings.value.map((finding, i) => <FindingMessage key={`${finding.rule}-${i}`} finding={finding} id={findingDomId('roster', finding, i)} />)}
      {members.length === 0 ? (
        <p>{t('roster.empty')}</p>
      ) : (
        <>
          <p class="roster-counts">{t('roster.counts', attendance as unknown as Record<string, number>)}</p>
          <ul class="roster-members">
            {members.map((member) => (
              <MemberRow key={member.id} member={member} session={session} />
            ))}
          </ul>
        </>
      )}
      <div class="roster-add">
        <label for="roster-new-name">{t('roster.newName')}</label>
        <input id="roster-new-name" type="text" value={newName.value} onInput={(e) => (newName.value = e.currentTarget.value)} />
        <button
          type="button"
          onClick={() => {
            const member = createMember(newName.value);
            if (member) add([member]);
            newName.value = '';
          }}
        >
          {t('roster.add')}
        </button>
      </div>
      <div class="roster-paste">
        <label for="roster-paste">{t('roster.paste')}</label>
        <textarea id="roster-paste" rows={4} value={pasted.value} onInput={(e) => (pasted.value = e.currentTarget.value)} />
        <button
          type="button"
          onClick={() => {
            add(parseRosterText(pasted.value));
            pasted.value = '';
          }}
        >
          {t('roster.import')}
        </button>
      </div>
      {recordNames.value > 0 && (
        <button
          type="button"
          onClick={() => {
            const before = roster.roster.value.members.length;
            session.editRoster((store) => store.importRecord(draft.record.peek()));
            notice.value = t('roster.added', { count: roster.roster.value.members.length - before });
          }}
        >
          {t('roster.importFromRecord')}
        </button>
      )}
      <p class="roster-notice" role="status">{notice.value}</p>
    </section>
  );
}

function MemberRow({ member, session }: { member: RosterMember; session: DraftSession }) {
  const { roster } = session;
  const status = statusOf(roster.session.value, member.id);
  const present = roster.roster.value.members.filter((m) => m.id !== member.id && statusOf(roster.session.value, m.id).kind === 'present');
  const rowId = `roster-${member.id.replace(/\W+/g, '-')}`;
  const statusId = `${rowId}-status`;
  const holderId = `${statusId}-holder`;
  const change = (next: MemberStatus) => {
    markInput();
    session.editRoster((store) => store.setStatus(member.id, next));
  };
  return (
    <li class="roster-member">
      <label class="visually-hidden" for={`${rowId}-name`}>{t('roster.nameOf', { name: member.name })}</label>
      <input
        id={`${rowId}-name`}
        class="roster-name"
        type="text"
        value={member.name}
        onChange={(e) => session.editRoster((store) => store.rename(member.id, e.currentTarget.value))}
      />
      <label class="visually-hidden" for={`${rowId}-role`}>{t('roster.roleOf', { name: member.name })}</label>
      <input
        id={`${rowId}-role`}
        class="roster-role"
        type="text"
        placeholder={t('roster.role')}
        value={member.role ?? ''}
        onChange={(e) => session.editRoster((store) => store.setRole(member.id, e.currentTarget.value))}
      />
      <label class="visually-hidden" for={statusId}>{t('roster.status', { name: member.name })}</label>
      <select
        id={statusId}
        value={status.kind}
        onChange={(e) => {
          const kind = e.currentTarget.value;
          if (kind === 'proxy') {
            const holder = present[0];
            change(holder ? { kind: 'proxy', to: holder.id } : { kind: 'absent' });
          } else change({ kind: kind === 'absent' ? 'absent' : 'present' });
        }}
      >
        <option value="present">{t('roster.present')}</option>
        <option value="absent">{t('roster.absent')}</option>
        <option value="proxy" disabled={present.length === 0}>{t('roster.proxy')}</option>
      </select>
      {status.kind === 'proxy' && (
        <>
          <label class="visually-hidden" for={holderId}>{t('roster.proxyTo', { name: member.name })}</label>
          <select id={holderId} value={status.to} onChange={(e) => change({ kind: 'proxy', to: e.currentTarget.value })}>
            {present.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </>
      )}
      <button type="button" class="link-button" onClick={() => session.editRoster((store) => store.remove(member.id))}>
        {t('roster.remove', { name: member.name })}
      </button>
    </li>
  );
}
