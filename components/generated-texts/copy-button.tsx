/** A copy button that says "Copié" where the secretary looks, and aloud (role=status). */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n/ui';
import { copyToClipboard } from './clipboard';

interface Props {
  /** the text to copy, computed at click time */
  text: () => string;
  html?: () => string;
  /** visible button text */
  label: string;
  /** accessible name when the visible text is not enough ("Copier « Objet »") */
  ariaLabel?: string;
}

export function CopyButton({ text, html, label, ariaLabel }: Props) {
  const state = useSignal<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state.value !== 'copied') return;
    const timer = setTimeout(() => (state.value = 'idle'), 2500);
    return () => clearTimeout(timer);
  }, [state.value]);
  return (
    <span class="copy">
      <button
        type="button"
        class="copy-button"
        aria-label={ariaLabel}
        onClick={async () => {
          try {
            await copyToClipboard(text(), html?.());
            state.value = 'copied';
          } catch {
            state.value = 'failed';
          }
        }}
      >
        {label}
      </button>
      <span role="status" class={`copy-status copy-status-${state.value}`}>
        {state.value === 'copied' ? `✓ ${t('texts.copied')}` : state.value === 'failed' ? t('texts.copyFailed') : ''}
      </span>
    </span>
  );
}
