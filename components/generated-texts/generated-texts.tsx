/**
 * The texts the draft yields (lib/write): the deliberation in register style, the @CTES form
 * values, the SCDL row. The writers and DOMPurify load on first opening of this tab, so the
 * panel's first paint stays light.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Draft } from '../../lib/draft/draft-model';
import { formatFrenchDate } from '../../lib/draft/french-input';
import { t } from '../../lib/i18n/ui';
import { CopyButton } from './copy-button';

type Writers = typeof import('../../lib/write/index');
type Sanitize = (html: string) => string;

let loading: Promise<{ writers: Writers; sanitize: Sanitize }> | null = null;

function loadWriters() {
  loading ??= Promise.all([import('../../lib/write/index'), import('dompurify')]).then(([writers, purify]) => {
    const DOMPurify = purify.default;
    return { writers, sanitize: (html: string) => DOMPurify.sanitize(html, { USE_PROFILES: { html: true } }) };
  });
  return loading;
}

export function GeneratedTexts({ draft }: { draft: Draft }) {
  const tools = useSignal<{ writers: Writers; sanitize: Sanitize } | null>(null);
  const error = useSignal('');
  useEffect(() => {
    loadWriters().then((loaded) => (tools.value = loaded), (e: unknown) => (error.value = e instanceof Error ? e.message : String(e)));
  }, []);
  const texts = useComputed(() => {
    const loaded = tools.value;
    if (!loaded) return null;
    const record = draft.record.value;
    const deliberation = loaded.writers.renderDeliberation(record);
    return {
      deliberation,
      html: loaded.sanitize(deliberation.html),
      actes: loaded.writers.actesFields(record),
      scdl: loaded.writers.scdlRow(record, { separator: ';' }),
    };
  });

  if (error.value) return <p class="finding finding-error">{t('texts.unavailable', { reason: error.value })}</p>;
  const value = texts.value;
  if (!value) return <p aria-busy="true">{t('texts.loading')}</p>;
  const { deliberation, html, actes, scdl } = value;
  const actesRows: [string, string][] = [
    [t('actes.nature'), `${actes.nature.code} — ${actes.nature.label}`],
    [t('actes.number'), actes.number],
    [t('actes.date'), actes.decisionDateFr ?? (actes.decisionDate ? formatFrenchDate(actes.decisionDate) : '')],
    [t('actes.subject'), actes.subject],
    [t('actes.classification'), actes.classification ? `${actes.classification.code} ${actes.classification.label}` : ''],
  ];
  const actesNotes = [...actes.numberNotes, ...actes.subjectNotes, ...actes.classificationNotes];

  return (
    <div class="generated-texts">
      <section aria-labelledby="texts-deliberation">
        <h3 id="texts-deliberation">{t('texts.deliberation')}</h3>
        <CopyButton label={t('texts.copyAll')} text={() => deliberation.text} html={() => html} />
        {deliberation.missing.length > 0 && (
          <details class="texts-missing">
            <summary>{t('texts.missing')} ({deliberation.missing.length})</summary>
            <ul>{deliberation.missing.map((m, i) => <li key={i}>{m.missing}</li>)}</ul>
          </details>
        )}
        {/* DOMPurify-sanitised: the writer escapes, this is the second lock. */}
        <div class="deliberation-preview" role="document" tabIndex={0} aria-label={t('texts.preview')} dangerouslySetInnerHTML={{ __html: html }} />
      </section>
      <section aria-labelledby="texts-actes">
        <h3 id="texts-actes">{t('texts.actes')}</h3>
        <dl class="actes-fields">
          {actesRows.map(([label, text]) => (
            <div key={label} class="actes-field">
              <dt>{label}</dt>
              <dd>
                <span class="actes-value">{text || '—'}</span>{' '}
                {text && <CopyButton label={t('texts.copy')} ariaLabel={t('texts.copyField', { label })} text={() => text} />}
              </dd>
            </div>
          ))}
          <div class="actes-field">
            <dt>{t('actes.files')}</dt>
            <dd><ul>{actes.filesToAttach.map((f) => <li key={f}>{f}</li>)}</ul></dd>
          </div>
        </dl>
        {actesNotes.length > 0 && (
          <ul class="texts-notes" aria-label={t('texts.notes')}>{actesNotes.map((n) => <li key={n}>{n}</li>)}</ul>
        )}
      </section>
      <section aria-labelledby="texts-scdl">
        <h3 id="texts-scdl">{t('texts.scdl')}</h3>
        <CopyButton label={t('texts.copy')} ariaLabel={t('texts.copyField', { label: t('texts.scdl') })} text={() => scdl.csv} />
        <pre class="scdl-row" tabIndex={0}>{scdl.csv}</pre>
        {scdl.missing.length > 0 && <ul class="texts-notes">{scdl.missing.map((m) => <li key={m.column}>{m.message}</li>)}</ul>}
      </section>
    </div>
  );
}
