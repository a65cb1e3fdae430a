/**
 * Severity shown three ways at once — icon shape, word, colour — so it reads without colour
 * (colour-blind users) and without the icon (screen readers get the word).
 */
import type { Severity } from '../../lib/rules/rule';
import { t } from '../../lib/i18n/ui';

const ICONS: Record<Severity, string> = { error: '⛔', warning: '⚠', info: 'ℹ' };

export function SeverityTag({ severity }: { severity: Severity }) {
  return (
    <span class={`severity-tag severity-${severity}`}>
      <span class="severity-icon" aria-hidden="true">{ICONS[severity]}</span> {t(`severity.${severity}`)}
    </span>
  );
}
