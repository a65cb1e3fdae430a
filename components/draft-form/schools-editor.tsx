/** The schools the convention covers, each with its UAI code (checked by the rules). */
import { useComputed } from '@preact/signals';
import type { Draft } from '../../lib/draft/draft-model';
import type { School } from '../../lib/record/schema';
import { t } from '../../lib/i18n/ui';
import { FindingMessage, findingDomId } from '../findings/finding-message';
import { markInput } from '../findings/findings-painted';

export function SchoolsEditor({ draft }: { draft: Draft }) {
  const schools = useComputed(() => draft.record.value.convention.schools);
  const findings = useComputed(() => draft.findingsByAnchor.value.get('schools') ?? []);
  const list = schools.value;
  const write = (next: School[]) => {
    markInput();
    draft.setValue('convention.schools', next);
  };
  const edit = (index: number, change: Partial<School>) =>
    write(list.map((school, i) => (i === index ? { ...school, ...change } : school)));
  return (
    <section id="schools" tabIndex={-1} class="schools-editor" aria-labelledby="schools-title">
      <h3 id="schools-title">{t('field.convention.schools')} ({list.length})</h3>
      {findings.value.map((finding, i) => <FindingMessage key={`${finding.rule}-${i}`} finding={finding} id={findingDomId('schools', finding, i)} />)}
      {list.map((school, i) => (
        <fieldset key={i} class="school-row">
          <legend>{t('schools.row', { n: i + 1 })}</legend>
          <label for={`school-${i}-name`}>{t('schools.name')}</label>
          <input id={`school-${i}-name`} type="text" value={school.name} onInput={(e) => edit(i, { name: e.currentTarget.value })} />
          <label for={`school-${i}-uai`}>{t('schools.uai')}</label>
          <input
            id={`school-${i}-uai`}
            type="text"
            value={school.uai}
            maxLength={8}
            autocomplete="off"
            onInput={(e) => edit(i, { uai: e.currentTarget.value.replace(/\s+/g, '').toUpperCase() })}
          />
          <button type="button" onClick={() => write(list.filter((_, j) => j !== i))}>
            {t('schools.remove', { name: school.name || String(i + 1) })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => write([...list, { uai: '', name: '', email: null }])}>{t('schools.add')}</button>
    </section>
  );
}
