/**
 * The drafting side panel: drafts list, pre-fill, the form in tabs with live checks, the
 * findings list, the generated texts, and "Effacer mes données". Storage is injected, so the
 * same component runs in the extension (browser.storage.local) and in happy-dom tests.
 */
import { useSignal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { createDraftSession } from '../../lib/draft/draft-session';
import type { DraftOptions } from '../../lib/draft/draft-model';
import { findingTarget } from '../../lib/draft/draft-fields';
import { createDraftStore } from '../../lib/storage/draft-store';
import { createRosterStore } from '../../lib/storage/roster-store';
import type { StorageArea } from '../../lib/storage/storage-area';
import type { FillPlan, FillReport, PageSnapshot } from '../../lib/sites/snapshot';
import type { Recognition } from '../../lib/sites/index';
import { setUiLanguage, t, uiLanguage, type UiLanguage } from '../../lib/i18n/ui';
import { DraftForm } from '../draft-form/draft-form';
import type { PanelTab } from '../draft-form/draft-tabs';
import { FindingsList } from '../findings/findings-list';
import { DraftsList } from '../drafts-list/drafts-list';
import { ConfirmAction } from '../confirm/confirm-action';
import { PrefillBar, type DocumentReader } from './prefill-bar';
import { ActesFill } from '../actes-fill/actes-fill';
import './draft-panel.css';

interface Props {
  area: StorageArea;
  /** the page collected in the tab, when the panel has one */
  snapshot?: ReadonlySignal<PageSnapshot | null> | null;
  /** what the page is (an @CTES form shows the fill button; a document is pre-filled once) */
  recognition?: ReadonlySignal<Recognition | null> | null;
  /** sends a fill plan to the page (the page session's fill) */
  fill?: ((plan: FillPlan) => Promise<FillReport>) | null;
  draftOptions?: DraftOptions;
  /** autosave delay, ≤ 500 ms */
  saveDelayMs?: number;
  /** the readers (lib/read) unless a test injects one */
  reader?: DocumentReader;
}

function afterRender(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => run());
  else setTimeout(run, 0);
}

export function DraftPanel({ area, snapshot = null, recognition = null, fill = null, draftOptions, saveDelayMs = 400, reader }: Props) {
  const session = useMemo(
    () => createDraftSession(
      createDraftStore(area, { debounceMs: saveDelayMs }),
      createRosterStore(area, { debounceMs: saveDelayMs }),
      draftOptions,
    ),
    [area],
  );
  const activeTab = useSignal<PanelTab>('seance');
  const wiped = useSignal(false);

  useEffect(() => {
    void session.start();
    // The panel may close at any moment: write what is pending when it goes away.
    const flush = () => void session.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [session]);

  const goTo = (path: string) => {
    const target = findingTarget(path);
    activeTab.value = target.tab;
    afterRender(() => document.getElementById(target.anchorId)?.focus());
  };

  const open = session.current.value;
  const problems = [...session.drafts.problems.value, ...session.roster.problems.value];
  const status = session.drafts.saveStatus.value;
  return (
    <section class="draft-panel" aria-labelledby="draft-panel-title">
      <h2 id="draft-panel-title">{t('panel.title')}</h2>
      {problems.length > 0 && (
        <div role="alert" class="storage-problems">
          {problems.map((p) => <p key={p}>{p}</p>)}
        </div>
      )}
      <PrefillBar session={session} snapshot={snapshot} recognition={recognition} reader={reader} />
      {open && (
        <>
          {snapshot && recognition && fill && <ActesFill key={open.id} draft={open.draft} snapshot={snapshot} recognition={recognition} fill={fill} />}
          {/* Not a live region: "Enregistré" after every pause would talk over the typing. */}
          <p class="save-status" data-save-status={status}>
            {status === 'pending' ? t('drafts.saving') : status === 'saved' ? `✓ ${t('drafts.saved')}` : ''}
          </p>
          {status === 'failed' && (
            <p role="alert" class="finding finding-error">{t('drafts.saveFailed', { reason: session.drafts.saveError.value })}</p>
          )}
          <DraftForm key={open.id} draft={open.draft} session={session} activeTab={activeTab} />
          <FindingsList draft={open.draft} onGoTo={goTo} />
        </>
      )}
      <DraftsList session={session} />
      <div class="wipe">
        <ConfirmAction
          class="danger-button"
          label={t('drafts.wipe')}
          question={t('drafts.confirmWipe')}
          onConfirm={async () => {
            await session.wipe();
            wiped.value = true;
          }}
        />
        <p role="status">{wiped.value ? t('drafts.wiped') : ''}</p>
      </div>
      <p class="language">
        <label for="panel-language">{t('language.label')}</label>{' '}
        <select id="panel-language" value={uiLanguage.value} onChange={(e) => void setUiLanguage(e.currentTarget.value as UiLanguage)}>
          <option value="fr" lang="fr">Français</option>
          <option value="en" lang="en">English</option>
        </select>
      </p>
    </section>
  );
}
