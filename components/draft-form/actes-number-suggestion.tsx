/**
 * The @CTES number follows from the deliberation's own number ("2024/36" → 202436, as S²LOW
 * and Pastell accept it): offered, never imposed — some councils number their acts otherwise.
 */
import { useComputed } from '@preact/signals';
import type { Draft } from '../../lib/draft/draft-model';
import { cleanActesNumber } from '../../lib/write/actes-number';
import { t } from '../../lib/i18n/ui';
import { markInput } from '../findings/findings-painted';

export function ActesNumberSuggestion({ draft }: { draft: Draft }) {
  const suggestion = useComputed(() => {
    const printed = draft.record.value.deliberation.number;
    if (!printed) return null;
    const cleaned = cleanActesNumber(printed);
    return cleaned && cleaned !== draft.record.value.deliberation.actesNumber ? { printed, cleaned } : null;
  });
  const s = suggestion.value;
  if (!s) return null;
  return (
    <p class="actes-number-suggestion">
      <button
        type="button"
        onClick={() => {
          markInput();
          draft.setField('deliberation.actesNumber', s.cleaned);
        }}
      >
        {t('actes.useNumber', { number: s.cleaned })}
      </button>{' '}
      <span>{t('actes.numberFrom', { printed: s.printed })}</span>
    </p>
  );
}
