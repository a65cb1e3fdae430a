/**
 * A destructive action asked twice, inline: a modal `confirm()` is blocked in some side panels
 * and takes the focus away from where the secretary was.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n/ui';

interface Props {
  label: string;
  ariaLabel?: string;
  question: string;
  onConfirm: () => void | Promise<void>;
  class?: string;
}

export function ConfirmAction({ label, ariaLabel, question, onConfirm, class: className }: Props) {
  const asking = useSignal(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (asking.value) questionRef.current?.focus();
  }, [asking.value]);
  if (!asking.value) {
    return (
      <button type="button" class={className} aria-label={ariaLabel} onClick={() => (asking.value = true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm-action" role="group" aria-label={question}>
      <p ref={questionRef} tabIndex={-1} class="confirm-question">{question}</p>
      <button
        type="button"
        class="danger-button"
        onClick={async () => {
          asking.value = false;
          await onConfirm();
        }}
      >
        {t('confirm.yes')}
      </button>{' '}
      <button type="button" onClick={() => (asking.value = false)}>{t('confirm.no')}</button>
    </div>
  );
}
