/**
 * Every finding, grouped by severity (errors first). Clicking one takes the secretary to its
 * field, switching tab when needed.
 */
import { useComputed } from '@preact/signals';
import type { Draft } from '../../lib/draft/draft-model';
import { draftField, findingTarget } from '../../lib/draft/draft-fields';
import type { RenderedFinding, Severity } from '../../lib/rules/rule';
import { t } from '../../lib/i18n/ui';
import { FindingMessage } from './finding-message';
import { useFindingsPainted } from './findings-painted';
import { SeverityTag } from './severity';

const ORDER: Severity[] = ['error', 'warning', 'info'];

export function FindingsList({ draft, onGoTo }: { draft: Draft; onGoTo: (path: string) => void }) {
  const findings = useComputed(() => draft.findings.value);
  const list = findings.value;
  useFindingsPainted(list);
  const groups = ORDER.map((severity) => [severity, list.filter((f) => f.severity === severity)] as const);
  const count = (s: Severity) => groups.find(([sev]) => sev === s)?.[1].length ?? 0;
  return (
    <section class="findings-list" aria-labelledby="findings-title">
      <h2 id="findings-title">{t('findings.title')}</h2>
      <p class="findings-summary" aria-live="polite">
        {!draft.rulesReady.value ? t('findings.loading') : list.length === 0 ? t('findings.none') : t('findings.count', { errors: count('error'), warnings: count('warning'), infos: count('info') })}
      </p>
      {groups.map(([severity, items]) =>
        items.length === 0 ? null : (
          <div class={`findings-group findings-group-${severity}`} key={severity}>
            <h3><SeverityTag severity={severity} /> ({items.length})</h3>
            <ul>
              {items.map((finding, i) => <FindingItem key={`${finding.rule}-${finding.field}-${i}`} finding={finding} onGoTo={onGoTo} />)}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

function FindingItem({ finding, onGoTo }: { finding: RenderedFinding; onGoTo: (path: string) => void }) {
  const target = findingTarget(finding.field);
  const field = target.field ?? draftField(finding.field);
  const label = field ? t(field.label) : t(`tab.${target.tab}`);
  return (
    <li>
      <FindingMessage finding={finding} />
      <button type="button" class="link-button" onClick={() => onGoTo(finding.field)}>
        {t('findings.goTo', { label })}
      </button>
    </li>
  );
}
