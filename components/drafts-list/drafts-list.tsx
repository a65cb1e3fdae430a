/** Every draft kept in this browser: reopen one, delete one (after confirmation), start one. */
import type { DraftSession } from '../../lib/draft/draft-session';
import { t, uiLanguage } from '../../lib/i18n/ui';
import { ConfirmAction } from '../confirm/confirm-action';

function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(uiLanguage.value === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
}

export function DraftsList({ session }: { session: DraftSession }) {
  const summaries = session.drafts.summaries.value;
  const currentId = session.current.value?.id;
  return (
    <section class="drafts-list" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('drafts.title')} ({summaries.length})</h2>
      <ul>
        {summaries.map((summary) => {
          const title = summary.title || t('drafts.untitled');
          const isOpen = summary.id === currentId;
          return (
            <li key={summary.id} class={isOpen ? 'drafts-item drafts-item-open' : 'drafts-item'} data-draft-id={summary.id}>
              <span class="drafts-title">{title}</span>{' '}
              <span class="drafts-date">{t('drafts.updated', { date: when(summary.updatedAt) })}</span>
              {isOpen ? (
                <span class="drafts-current"> {t('drafts.current')}</span>
              ) : (
                <button type="button" aria-label={t('drafts.openNamed', { title })} onClick={() => void session.open(summary.id)}>
                  {t('drafts.open')}
                </button>
              )}
              <ConfirmAction
                label={t('drafts.delete')}
                ariaLabel={t('drafts.deleteNamed', { title })}
                question={t('drafts.confirmDelete', { title })}
                onConfirm={() => session.remove(summary.id)}
              />
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => session.createNew()}>{t('drafts.new')}</button>
    </section>
  );
}
