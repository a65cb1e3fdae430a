/**
 * The drafting panel, loaded right after the shell's first paint: the page status shows at
 * once and the panel's first chunk stays under its 50 kB gzip budget (RECIPES.md measured
 * Preact + zod alone at 25 kB). The form, the rules and the writers come in later chunks.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { DraftPanel as DraftPanelType } from './draft-panel';
import { bootText } from '../../lib/i18n/ui-boot';

type Props = ComponentProps<typeof DraftPanelType>;

export function LazyDraftPanel(props: Props) {
  const [Panel, setPanel] = useState<FunctionComponent<Props> | null>(null);
  const [failure, setFailure] = useState('');
  useEffect(() => {
    import('./draft-panel').then(
      (module) => setPanel(() => module.DraftPanel),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (failure) return <p role="alert">{bootText('panel.loadFailed', { reason: failure })}</p>;
  if (!Panel) return <p class="draft-panel-loading" aria-busy="true">{bootText('panel.loading')}</p>;
  return <Panel {...props} />;
}
