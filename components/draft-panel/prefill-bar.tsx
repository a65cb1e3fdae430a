/**
 * Bring values in from outside: the page open in the tab (its collected text) or a PDF dropped
 * or chosen. Readers and pdf.js load on first use only.
 */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { ReadonlySignal } from '@preact/signals';
import type { DraftSession } from '../../lib/draft/draft-session';
import type { PageSnapshot } from '../../lib/sites/snapshot';
import type { Recognition } from '../../lib/sites/index';
import type { Provenance } from '../../lib/draft/draft-model';
import type { ReadResult } from '../../lib/read/read-result';
import { t } from '../../lib/i18n/ui';
import { incomingPdf } from './pdf-intake';

type Notice = { kind: 'info' | 'error'; text: string } | null;

/** text → record; the readers by default, loaded on first use */
export type DocumentReader = (text: string, sourceName: string) => ReadResult | Promise<ReadResult>;

const lazyReader: DocumentReader = async (text, sourceName) => {
  const { readDocument } = await import('../../lib/read/index');
  return readDocument(text, { sourceName });
};

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pdf.js and its worker, shipped as files of the extension (never a CDN). */
async function loadPdfReader() {
  const [pdf, worker] = await Promise.all([
    import('../../lib/read/pdf'),
    import('pdfjs-dist/build/pdf.worker.mjs?url').catch(() => null),
  ]);
  if (worker && typeof (worker as { default?: unknown }).default === 'string') pdf.setPdfWorkerUrl((worker as { default: string }).default);
  return pdf;
}

/**
 * Pages already pre-filled automatically while this panel lives: coming back to a page after
 * clearing a value must not bring the value back behind the secretary's back.
 */
const autoPrefilledUrls = new Set<string>();

/** Nothing typed, confirmed or read yet (roster counts alone do not make a draft started). */
function isUntouched(provenance: Record<string, Provenance>): boolean {
  return Object.values(provenance).every((p) => p.origin === 'roster');
}

interface Props {
  session: DraftSession;
  snapshot: ReadonlySignal<PageSnapshot | null> | null;
  /** a convention or deliberation page pre-fills an untouched draft once, automatically */
  recognition?: ReadonlySignal<Recognition | null> | null;
  reader?: DocumentReader | undefined;
}

export function PrefillBar({ session, snapshot, recognition = null, reader = lazyReader }: Props) {
  const notice = useSignal<Notice>(null);
  const progress = useSignal<{ done: number; total: number } | null>(null);
  const dragging = useSignal(false);

  const prefill = async (text: string, sourceName: string, label: string, auto = false) => {
    const result = await reader(text, sourceName);
    const count = session.prefill(result, label);
    const done = count > 0 ? t('prefill.done', { count, source: label }) : t('prefill.nothing', { source: label });
    notice.value = { kind: 'info', text: auto ? `${t('prefill.auto')} ${done}` : done };
    for (const note of result.notes) notice.value = { kind: 'info', text: `${notice.value.text} ${note}` };
  };

  const fromPage = async (auto = false) => {
    const page = snapshot?.peek();
    if (!page) return;
    try {
      await prefill(page.text, page.url, t('provenance.page'), auto);
    } catch (error) {
      notice.value = { kind: 'error', text: t('prefill.failed', { reason: message(error) }) };
    }
  };

  /** the one path for PDF bytes: a chosen or dropped file, or the PDF open in the tab */
  const fromPdfBytes = async (bytes: Uint8Array, sourceName: string, label: string) => {
    // "%PDF" at the start: the type a browser reports for a dropped file is not reliable.
    if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
      notice.value = { kind: 'error', text: t('pdf.notPdf') };
      return;
    }
    try {
      progress.value = { done: 0, total: 1 };
      const { readPdf } = await loadPdfReader();
      const { text } = await readPdf(bytes, { onProgress: (done, total) => (progress.value = { done, total }) });
      await prefill(text, sourceName, label);
    } catch (error) {
      notice.value = { kind: 'error', text: t('prefill.failed', { reason: message(error) }) };
    } finally {
      progress.value = null;
    }
  };

  const fromFile = async (file: File) => fromPdfBytes(new Uint8Array(await file.arrayBuffer()), file.name, t('provenance.pdf'));

  useSignalEffect(() => {
    const pdf = incomingPdf.value;
    if (!pdf || !session.current.value) return;
    incomingPdf.value = null;
    void fromPdfBytes(pdf.bytes, pdf.label, pdf.label);
  });

  const documentKind = recognition?.value?.kind === 'convention' || recognition?.value?.kind === 'deliberation';
  useSignalEffect(() => {
    const url = snapshot?.value?.url;
    const kind = recognition?.value?.kind;
    const open = session.current.value;
    if (!url || !open || (kind !== 'convention' && kind !== 'deliberation')) return;
    if (autoPrefilledUrls.has(url) || !isUntouched(open.draft.provenance.peek())) return;
    autoPrefilledUrls.add(url);
    void fromPage(true);
  });

  const p = progress.value;
  return (
    <section class="prefill-bar">
      {documentKind && <p class="prefill-recognition">{recognition?.value?.summary}</p>}
      {snapshot && (
        <button type="button" disabled={!snapshot.value} onClick={() => void fromPage()}>{t('prefill.fromPage')}</button>
      )}
      <div
        class={`pdf-drop${dragging.value ? ' pdf-drop-active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          dragging.value = true;
        }}
        onDragLeave={() => (dragging.value = false)}
        onDrop={(e) => {
          e.preventDefault();
          dragging.value = false;
          const file = e.dataTransfer?.files[0];
          if (file) void fromFile(file);
        }}
      >
        <label for="pdf-file">{t('pdf.drop')}</label>
        <input
          id="pdf-file"
          type="file"
          accept="application/pdf,.pdf"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void fromFile(file);
            e.currentTarget.value = '';
          }}
        />
      </div>
      {p && (
        <p class="pdf-progress">
          <label for="pdf-progress">{t('pdf.progress', { done: p.done, total: p.total })}</label>{' '}
          <progress id="pdf-progress" max={p.total} value={p.done} />
        </p>
      )}
      <p role="status" class={notice.value?.kind === 'error' ? 'prefill-notice finding finding-error' : 'prefill-notice'}>
        {notice.value?.text ?? ''}
      </p>
    </section>
  );
}
