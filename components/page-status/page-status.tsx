/**
 * Top of the panel: which page the tab shows and whether Paraphe recognises it. Every state says
 * something in French; a blank panel would leave the secretary guessing.
 */
import { useState } from 'preact/hooks';
import type { Recognition } from '../../lib/sites/index';
import { NEEDS_PERMISSION_HINT, NEEDS_PERMISSION_MESSAGE, UNREADABLE_MESSAGES } from '../../lib/messaging/page-access';
import { displayHost, originPattern, type PageSession, type PageState } from '../../lib/messaging/page-state';

const KIND_LABELS: Record<Recognition['kind'], string> = {
  convention: 'Convention',
  deliberation: 'Délibération',
  'actes-form': 'Formulaire @CTES',
  unknown: 'Non reconnue',
};

export function PageStatus({ session }: { session: PageSession }) {
  const state = session.state.value;
  return (
    <section class="page-status" data-page-state={state.status} aria-live="polite" aria-busy={state.status === 'loading'}>
      <PageStatusBody state={state} session={session} />
      {state.status !== 'loading' && (
        <button type="button" class="page-status-reread" onClick={() => void session.refresh()}>
          Relire la page
        </button>
      )}
    </section>
  );
}

function PageStatusBody({ state, session }: { state: PageState; session: PageSession }) {
  switch (state.status) {
    case 'loading':
      return <p class="page-status-message">Lecture de l’onglet…</p>;
    case 'no-tab':
      return <p class="page-status-message">Aucun onglet actif dans cette fenêtre.</p>;
    case 'needs-permission':
      return (
        <>
          <PageHeading title={state.title} url={state.url} />
          <p class="page-status-message page-status-warning">{NEEDS_PERMISSION_MESSAGE}</p>
          {state.url === null && <p class="page-status-message page-status-hint">{NEEDS_PERMISSION_HINT}</p>}
        </>
      );
    case 'unreadable':
      return (
        <>
          <PageHeading title={state.title} url={state.url} />
          <p class="page-status-message page-status-warning" data-unreadable-reason={state.reason}>
            {UNREADABLE_MESSAGES[state.reason]}
          </p>
        </>
      );
    case 'failed':
      return <p class="page-status-message page-status-error" role="alert">{state.message}</p>;
    case 'readable':
      return (
        <>
          <PageHeading title={state.snapshot.title} url={state.snapshot.url} />
          <p class="page-status-recognition" data-page-kind={state.recognition.kind}>
            <span class={`page-status-kind page-status-kind-${state.recognition.kind}`}>{KIND_LABELS[state.recognition.kind]}</span>{' '}
            <span class="page-status-summary">{state.recognition.summary}</span>
          </p>
          {state.snapshot.textTruncated && (
            <p class="page-status-message">Page très longue : seul le début a été lu.</p>
          )}
          {!session.originGranted.value && originPattern(state.snapshot.url) && <GrantOrigin session={session} url={state.snapshot.url} />}
        </>
      );
  }
}

function PageHeading({ title, url }: { title: string | null; url: string | null }) {
  if (title === null && url === null) return <h2 class="page-status-title">Page inconnue</h2>;
  return (
    <>
      <h2 class="page-status-title">{title?.trim() || 'Page sans titre'}</h2>
      {url && (
        <p class="page-status-url" title={url}>
          {displayHost(url)}
        </p>
      )}
    </>
  );
}

function GrantOrigin({ session, url }: { session: PageSession; url: string }) {
  const [refused, setRefused] = useState(false);
  return (
    <p class="page-status-grant">
      <button
        type="button"
        onClick={() => {
          session.grantOrigin().then((granted) => setRefused(!granted), () => setRefused(true));
        }}
      >
        Toujours autoriser Paraphe sur {displayHost(url)}
      </button>
      {refused && <span class="page-status-message"> Autorisation non accordée : il faudra cliquer sur l’icône à chaque visite.</span>}
    </p>
  );
}
