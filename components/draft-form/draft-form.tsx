/**
 * The drafting form, one tab per concern (WAI-ARIA tabs: arrows move between tabs). Only the
 * open tab is rendered, so a keystroke re-renders one screen; findings of the other tabs show in
 * the list and as a count on their tab.
 */
import type { Signal } from '@preact/signals';
import { useComputed } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import type { DraftSession } from '../../lib/draft/draft-session';
import type { Draft } from '../../lib/draft/draft-model';
import { draftFields, findingTarget } from '../../lib/draft/draft-fields';
import { t } from '../../lib/i18n/ui';
import { FieldInput } from './field-input';
import { panelTabs, tabId, tabPanelId, type PanelTab } from './draft-tabs';
import { RosterEditor } from '../roster/roster-editor';
import { SchoolsEditor } from './schools-editor';
import { GeneratedTexts } from '../generated-texts/generated-texts';
import { DerivedHints } from './derived-hints';
import { ActesNumberSuggestion } from './actes-number-suggestion';

interface Props {
  draft: Draft;
  session: DraftSession;
  activeTab: Signal<PanelTab>;
}

export function DraftForm({ draft, session, activeTab }: Props) {
  const problemsByTab = useComputed(() => {
    const counts = new Map<PanelTab, number>();
    for (const f of draft.findings.value) {
      if (f.severity === 'info') continue;
      const tab = findingTarget(f.field).tab;
      counts.set(tab, (counts.get(tab) ?? 0) + 1);
    }
    for (const path of Object.keys(draft.inputIssues.value)) {
      const tab = findingTarget(path).tab;
      counts.set(tab, (counts.get(tab) ?? 0) + 1);
    }
    return counts;
  });
  const current = activeTab.value;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = panelTabs.indexOf(current);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % panelTabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + panelTabs.length) % panelTabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = panelTabs.length - 1;
    if (next === null) return;
    event.preventDefault();
    const tab = panelTabs[next] ?? 'seance';
    activeTab.value = tab;
    requestAnimationFrame(() => document.getElementById(tabId(tab))?.focus());
  };

  return (
    <div class="draft-form">
      <div role="tablist" aria-label={t('tabs.label')} class="draft-tabs" onKeyDown={onKeyDown}>
        {panelTabs.map((tab) => {
          const problems = problemsByTab.value.get(tab) ?? 0;
          return (
            <button
              key={tab}
              type="button"
              role="tab"
              id={tabId(tab)}
              aria-selected={tab === current}
              aria-controls={tabPanelId(tab)}
              tabIndex={tab === current ? 0 : -1}
              onClick={() => (activeTab.value = tab)}
            >
              {t(`tab.${tab}`)}
              {problems > 0 && (
                <span class="tab-problems">
                  <span aria-hidden="true"> ({problems} ⚠)</span>
                  <span class="visually-hidden">, {t('tab.problems', { count: problems })}</span>
                </span>
              )}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={tabPanelId(current)} aria-labelledby={tabId(current)} class="draft-tabpanel">
        <TabBody tab={current} draft={draft} session={session} />
      </div>
    </div>
  );
}

function TabBody({ tab, draft, session }: { tab: PanelTab; draft: Draft; session: DraftSession }) {
  if (tab === 'textes') return <GeneratedTexts draft={draft} />;
  const fields = draftFields.filter((f) => f.tab === tab);
  const inputs: ComponentChildren = fields.map((field) => <FieldInput key={field.path} draft={draft} field={field} />);
  if (tab === 'presence') {
    return (
      <>
        <div class="draft-fields">{inputs}</div>
        <DerivedHints draft={draft} tab={tab} />
        <RosterEditor session={session} draft={draft} />
      </>
    );
  }
  if (tab === 'convention') {
    return (
      <>
        <div class="draft-fields">{inputs}</div>
        <DerivedHints draft={draft} tab={tab} />
        <SchoolsEditor draft={draft} />
      </>
    );
  }
  return (
    <>
      <div class="draft-fields">{inputs}</div>
      {tab === 'acte' && <ActesNumberSuggestion draft={draft} />}
      <DerivedHints draft={draft} tab={tab} />
    </>
  );
}
