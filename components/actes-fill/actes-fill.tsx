/**
 * "Remplir le formulaire @CTES": shown when the tab holds an @CTES submission form. It lists
 * what the open draft will put in the portal, refuses while the draft is incomplete or still
 * has errors (unless the secretary confirms), sends the plan to the page, then says what was
 * filled, what was skipped and why, and which files she attaches herself (never scripted).
 */
import { useComputed, useSignal } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Draft } from '../../lib/draft/draft-model';
import type { Recognition } from '../../lib/sites/index';
import type { FillPlan, FillReport, PageSnapshot } from '../../lib/sites/snapshot';
import { planActesFill } from '../../lib/sites/fill-plan';
import { actesFields } from '../../lib/write/actes-fields';
import { t } from '../../lib/i18n/ui';
import { actesFillInput, skipReasonKey } from './actes-fill-values';
import './actes-fill.css';

interface Props {
  draft: Draft;
  snapshot: ReadonlySignal<PageSnapshot | null>;
  recognition: ReadonlySignal<Recognition | null>;
  fill: (plan: FillPlan) => Promise<FillReport>;
}

type Outcome =
  | { kind: 'filling' }
  | { kind: 'done'; filled: string[]; skipped: string[]; missing: string[] }
  | { kind: 'failed'; reason: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function ActesFill({ draft, snapshot, recognition, fill }: Props) {
  const confirmed = useSignal(false);
  const outcome = useSignal<Outcome | null>(null);
  const fields = useComputed(() => actesFields(draft.record.value));
  const input = useComputed(() => actesFillInput(fields.value));
  const planned = useComputed(() => (snapshot.value ? planActesFill(snapshot.value, input.value.values) : null));
  const errors = useComputed(() => draft.findings.value.filter((f) => f.severity === 'error'));
  // A confirmation or a report is about one page: another portal page starts afresh.
  const url = snapshot.value?.url ?? null;
  useEffect(() => {
    confirmed.value = false;
    outcome.value = null;
  }, [url]);

  if (recognition.value?.kind !== 'actes-form' || !planned.value) return null;
  const f = fields.value;
  const { incomplete } = input.value;
  const errorList = errors.value;
  const blockedByErrors = errorList.length > 0 && !confirmed.value;
  const ready = draft.rulesReady.value;
  const busy = outcome.value?.kind === 'filling';
  const rows: [string, string][] = [
    [t('actesFill.nature'), f.nature.label],
    [t('actesFill.number'), f.number],
    [t('actesFill.date'), f.decisionDateFr ?? ''],
    [t('actesFill.subject'), f.subject],
    [t('actesFill.classification'), f.classification ? `${f.classification.code} ${f.classification.label}` : ''],
  ];

  const run = async () => {
    const current = planned.peek();
    if (!current || incomplete.length > 0 || blockedByErrors || !ready) return;
    const labelOf = new Map(current.plan.actions.map((a) => [a.fieldId, a.label]));
    outcome.value = { kind: 'filling' };
    try {
      const report = await fill(current.plan);
      const skippedWhy = (reason: string) => {
        const key = skipReasonKey(reason);
        return key ? t(key) : t('actesFill.skip.other', { reason });
      };
      outcome.value = {
        kind: 'done',
        filled: [...new Set(report.filled.map((x) => labelOf.get(x.fieldId) ?? x.fieldId))],
        skipped: report.skipped.map((x) => `${labelOf.get(x.fieldId) ?? x.fieldId} (${skippedWhy(x.reason)})`),
        missing: current.missing,
      };
    } catch (error) {
      outcome.value = { kind: 'failed', reason: message(error) };
    }
  };

  const result = outcome.value;
  const inputs = planned.value.filesToAttach;
  return (
    <section class="actes-fill" aria-labelledby="actes-fill-title">
      <h3 id="actes-fill-title">{t('actesFill.title')}</h3>
      <p>{t('actesFill.willFill')}</p>
      <dl class="actes-fill-values">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd class={value === '' ? 'actes-fill-empty' : ''}>{value || t('actesFill.empty')}</dd>
          </div>
        ))}
      </dl>
      {incomplete.length > 0 && (
        <p class="finding finding-error actes-fill-incomplete">
          {t('actesFill.incomplete', { fields: incomplete.map((key) => t(key)).join(', ') })}
        </p>
      )}
      {!ready && <p>{t('actesFill.rulesLoading')}</p>}
      {errorList.length > 0 && (
        <div class="finding finding-error actes-fill-errors">
          <p>{t('actesFill.errors', { count: errorList.length })}</p>
          <ul>{errorList.map((e, i) => <li key={`${e.rule}-${i}`}>{e.message}</li>)}</ul>
          <p>
            <input id="actes-fill-confirm" type="checkbox" checked={confirmed.value} onChange={(e) => (confirmed.value = e.currentTarget.checked)} />{' '}
            <label for="actes-fill-confirm">{t('actesFill.confirm')}</label>
          </p>
        </div>
      )}
      <button type="button" disabled={busy || !ready || incomplete.length > 0 || blockedByErrors} onClick={() => void run()}>
        {t('actesFill.button')}
      </button>
      <p class="actes-fill-attach">{t('actesFill.attach', { files: f.filesToAttach.join(' ; ') })}</p>
      {inputs.length > 0 && <p class="actes-fill-inputs">{t('actesFill.attachInputs', { inputs: inputs.join(', ') })}</p>}
      <div role="status" class="actes-fill-report">
        {result?.kind === 'filling' && <p>{t('actesFill.filling')}</p>}
        {result?.kind === 'failed' && <p class="finding finding-error">{t('actesFill.failed', { reason: result.reason })}</p>}
        {result?.kind === 'done' && (
          <>
            <p>{t('actesFill.filled', { count: result.filled.length })} {result.filled.join(', ')}</p>
            {result.skipped.length > 0 && <p class="actes-fill-skipped">{t('actesFill.skipped')} {result.skipped.join(' ; ')}</p>}
            {result.missing.length > 0 && <p class="actes-fill-missing">{t('actesFill.missing')} {result.missing.join(' ; ')}</p>}
          </>
        )}
      </div>
    </section>
  );
}
