/**
 * Top of the panel: which page the tab shows and whether Paraphe recognises it. Every state says
 * something; a blank panel would leave the secretary guessing.
 */
import { useState } from 'preact/hooks';
import { displayHost, originPattern, type PageSession, type PageState } from '../../lib/messaging/page-state';
import { pageStatusText } from './page-status-text';
import { fetchTabPdf } from '../draft-panel/pdf-intake';

export function PageStatus({ session }: { session: PageSession }) {
  const state = session.state.value;
  return (
    <section class="page-status" data-page-state={state.status} aria-live="polite" aria-busy={state.status === 'loading'}>
      <PageStatusBody state={state} session={session} />
      {state.status !== 'loading' && (
        <button type="button" class="page-status-reread" onClick={() => void session.refresh()}>
          {pageStatusText().reread}
        </button>
      )}
    </section>
  );
}

function PageStatusBody({ state, session }: { state: PageState; session: PageSession }) {
  const text = pageStatusText();
  switch (state.status) {
    case 'loading':
      return <p class="page-status-message">{text.loading}</p>;
    case 'no-tab':
      return <p class="page-status-message">{text.noTab}</p>;
    case 'needs-permission':
      return (
        <>
          <PageHeading title={state.title} url={state.url} fallback={text.notAllowedYet} />
          <p class="page-status-message page-status-warning">{text.needsPermission}</p>
          {state.url === null && <p class="page-status-message page-status-hint">{text.needsPermissionHint}</p>}
        </>
      );
    case 'unreadable':
      return (
        <>
          <PageHeading title={state.title} url={state.url} fallback={text.unreadableTitle} />
          <p class="page-status-message page-status-warning" data-unreadable-reason={state.reason}>
            {text.unreadable[state.reason]}
          </p>
          {state.reason === 'pdf-viewer' && state.url && /^https?:\/\//i.test(state.url) && <ReadTabPdf url={state.url} />}
        </>
      );
    case 'failed':
      return (
        <p class="page-status-message page-status-error" role="alert" data-failure={state.reason}>
          {text.failed[state.reason]}
          {state.detail ? ` ${state.detail}` : ''}
        </p>
      );
    case 'readable':
      return (
        <>
          <PageHeading title={state.page.title} url={state.page.url} fallback={text.untitled} />
          <p class="page-status-recognition" data-page-kind={state.recognition.kind}>
            <span class={`page-status-kind page-status-kind-${state.recognition.kind}`}>{text.kinds[state.recognition.kind]}</span>{' '}
            <span class="page-status-summary">{state.recognition.summary}</span>
          </p>
          {state.fromFrame && <p class="page-status-message">{text.fromFrame}</p>}
          {state.snapshot.textTruncated && <p class="page-status-message">{text.truncated}</p>}
          {!session.originGranted.value && originPattern(state.page.url) && <GrantOrigin session={session} url={state.page.url} />}
        </>
      );
  }
}

function PageHeading({ title, url, fallback }: { title: string | null; url: string | null; fallback: string }) {
  return (
    <>
      <h2 class="page-status-title">{title?.trim() || fallback}</h2>
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
  const text = pageStatusText();
  return (
    <p class="page-status-grant">
      <button
        type="button"
        onClick={() => {
          // grantOrigin() must start inside the click: browsers refuse the prompt otherwise.
          session.grantOrigin().then((granted) => setRefused(!granted), () => setRefused(true));
        }}
      >
        {text.grant(displayHost(url))}
      </button>
      {refused && <span class="page-status-message"> {text.grantRefused}</span>}
    </p>
  );
}

/** The browser's viewer hides the PDF from scripts, but the panel may fetch its bytes once allowed. */
function ReadTabPdf({ url }: { url: string }) {
  const [outcome, setOutcome] = useState<{ kind: 'busy' | 'refused' | 'done' } | { kind: 'failed'; detail: string } | null>(null);
  const text = pageStatusText();
  const note = outcome?.kind === 'busy' ? text.readTabPdfBusy
    : outcome?.kind === 'refused' ? text.readTabPdfRefused
    : outcome?.kind === 'failed' ? text.readTabPdfFailed(outcome.detail)
    : null;
  return (
    <p class="page-status-read-pdf">
      <button
        type="button"
        disabled={outcome?.kind === 'busy'}
        onClick={() => {
          setOutcome({ kind: 'busy' });
          // fetchTabPdf() asks for the origin inside the click: browsers refuse the prompt otherwise.
          fetchTabPdf(url).then(
            (result) => setOutcome(result.ok ? { kind: 'done' } : result.reason === 'refused' ? { kind: 'refused' } : { kind: 'failed', detail: result.detail }),
            (error: unknown) => setOutcome({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) }),
          );
        }}
      >
        {text.readTabPdf}
      </button>
      {note && (
        <span class={`page-status-message${outcome?.kind === 'busy' ? '' : ' page-status-error'}`} role={outcome?.kind === 'busy' ? undefined : 'alert'}>
          {' '}
          {note}
        </span>
      )}
    </p>
  );
}
