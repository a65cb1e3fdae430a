/**
 * One field of the form: its French label, the text as typed (never reformatted under the
 * cursor), the input error and the rule findings that concern it, and its provenance.
 */
import { useComputed, useSignal } from '@preact/signals';
import type { Draft } from '../../lib/draft/draft-model';
import { inputId, type DraftField } from '../../lib/draft/draft-fields';
import { natureCodes } from '../../lib/record/schema';
import { t, type UiKey } from '../../lib/i18n/ui';
import { FindingMessage, findingDomId } from '../findings/finding-message';
import { markInput } from '../findings/findings-painted';

const HINTS: Partial<Record<DraftField['kind'], UiKey>> = {
  date: 'hint.date', time: 'hint.time', amount: 'hint.amount', schoolYear: 'hint.schoolYear',
};

const INPUT_MODES: Partial<Record<DraftField['kind'], string>> = {
  count: 'numeric', population: 'numeric', amount: 'decimal', date: 'numeric', siret: 'numeric', classification: 'decimal',
};

export function FieldInput({ draft, field }: { draft: Draft; field: DraftField }) {
  const id = inputId(field.path);
  const text = useComputed(() => draft.textOf(field.path));
  const issue = useComputed(() => draft.inputIssues.value[field.path]);
  const findings = useComputed(() => draft.findingsByAnchor.value.get(id) ?? []);
  const label = t(field.label);
  const hint = HINTS[field.kind];
  const hintId = `${id}-hint`;
  const issueId = `${id}-issue`;
  const list = findings.value;
  const problem = issue.value;
  const describedBy = [
    hint ? hintId : '',
    problem ? issueId : '',
    ...list.map((f, i) => findingDomId(id, f, i)),
  ].filter(Boolean).join(' ');
  const invalid = problem !== undefined || list.some((f) => f.severity === 'error' || f.severity === 'warning');
  const onInput = (event: Event) => {
    markInput();
    const target = event.currentTarget as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    draft.setField(field.path, field.kind === 'boolean' ? String((target as HTMLInputElement).checked) : target.value);
  };
  const common = {
    id,
    name: field.path,
    'aria-invalid': invalid ? ('true' as const) : undefined,
    'aria-describedby': describedBy || undefined,
  };

  let control;
  if (field.kind === 'boolean') {
    control = <input type="checkbox" {...common} checked={text.value === 'true'} onChange={onInput} />;
  } else if (field.kind === 'nature') {
    control = (
      <select {...common} value={text.value} onChange={onInput}>
        <option value="">{t('nature.none')}</option>
        {natureCodes.map((code) => <option key={code} value={code}>{t(`nature.${code}`)}</option>)}
      </select>
    );
  } else if (field.kind === 'longText') {
    control = <textarea {...common} rows={3} value={text.value} onInput={onInput} />;
  } else {
    control = (
      <input
        type="text"
        {...common}
        value={text.value}
        onInput={onInput}
        inputMode={INPUT_MODES[field.kind] as 'numeric' | 'decimal' | undefined}
        autocomplete="off"
        spellcheck={field.kind === 'text'}
      />
    );
  }

  return (
    <div class={`draft-field draft-field-${field.kind}${invalid ? ' draft-field-invalid' : ''}`} data-path={field.path}>
      {field.kind === 'boolean' ? (
        <div class="draft-field-check">{control} <label for={id}>{label}</label></div>
      ) : (
        <>
          <label for={id}>{label}</label>
          {hint && <span class="draft-field-hint" id={hintId}>{t(hint)}</span>}
          {control}
        </>
      )}
      <Provenance draft={draft} path={field.path} label={label} />
      {problem && (
        <p class="finding finding-error input-issue" id={issueId}>
          <span aria-hidden="true">⛔</span> {t('input.errorLabel')} : {t(problem.error, problem.data)}
        </p>
      )}
      {list.map((finding, i) => <FindingMessage key={`${finding.rule}-${i}`} finding={finding} id={findingDomId(id, finding, i)} />)}
    </div>
  );
}

/**
 * "pré-rempli depuis la page", with the source text shown on hover and on focus (CSS), and on
 * click for touch screens and for those who want it to stay.
 */
export function Provenance({ draft, path, label }: { draft: Draft; path: string; label: string }) {
  const provenance = useComputed(() => draft.provenance.value[path]);
  const pinned = useSignal(false);
  const p = provenance.value;
  if (!p || (p.origin !== 'prefilled' && p.origin !== 'roster')) return null;
  const sourceId = `${inputId(path)}-source`;
  const text = p.origin === 'roster'
    ? t('provenance.roster')
    : t('provenance.prefilled', { source: p.sourceLabel ?? t('provenance.page') });
  return (
    <div class={`provenance provenance-${p.origin}`}>
      {p.source ? (
        <>
          <button
            type="button"
            class="provenance-badge"
            title={t('provenance.sourceText', { text: p.source })}
            aria-expanded={pinned.value}
            aria-controls={sourceId}
            onClick={() => (pinned.value = !pinned.value)}
          >
            {text}
          </button>
          <q class={pinned.value ? 'provenance-source provenance-source-pinned' : 'provenance-source'} id={sourceId}>{p.source}</q>
        </>
      ) : (
        <span class="provenance-badge">{text}</span>
      )}
      <button type="button" class="provenance-confirm" aria-label={t('provenance.confirmField', { label })} onClick={() => draft.confirm(path)}>
        {t('provenance.confirm')}
      </button>
    </div>
  );
}
