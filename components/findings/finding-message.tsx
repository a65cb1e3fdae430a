/** One finding, as shown next to its field and in the list: severity, message, legal basis. */
import type { RenderedFinding } from '../../lib/rules/rule';
import { t } from '../../lib/i18n/ui';
import { SeverityTag } from './severity';

export function findingDomId(anchorId: string, finding: RenderedFinding, index: number): string {
  return `${anchorId}-finding-${finding.rule}-${index}`;
}

export function FindingMessage({ finding, id }: { finding: RenderedFinding; id?: string }) {
  return (
    <p class={`finding finding-${finding.severity}`} id={id} data-rule={finding.rule}>
      <SeverityTag severity={finding.severity} /> : <span class="finding-text">{finding.message}</span>
      {finding.basis && <span class="finding-basis"> ({t('findings.basis', { basis: finding.basis })})</span>}
    </p>
  );
}
