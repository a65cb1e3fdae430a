/**
 * PDF → text with pdf.js, on the same code path in node (CLI, tests) and in the side panel.
 *
 * The panel imports this module lazily; pdf.js itself is a further lazy import so that
 * nothing of it weighs on the panel's first load. In the browser the worker must be a file of
 * the extension (never a CDN): call `setPdfWorkerUrl(url)` first (the panel passes the worker
 * file Vite emits), else reading fails with a French message. In node there is no worker at all.
 */
import { dropRunningLines, layoutPage, pagesToText, type PageLine, type TextRun } from './pdf-text-layout';

export interface ReadPdfOptions {
  onProgress?: (done: number, total: number) => void;
  /** pages read at most (default 200); later pages are ignored and `truncated` is set */
  maxPages?: number;
  /** time budget in milliseconds (default 60 s); pages after it are ignored */
  timeBudgetMs?: number;
}

export interface PdfText {
  text: string;
  pageCount: number;
  /** extra: pages left unread because of the page or time limit */
  truncated?: boolean;
  /** extra: 1-based numbers of pages with no text layer (scanned pages inside a typed PDF) */
  pagesWithoutText?: number[];
}

export type PdfErrorCode = 'no-text' | 'encrypted' | 'corrupt' | 'too-large' | 'empty' | 'no-worker';

/** A PDF Paraphe cannot read; `message` is French, for the secretary. */
export class PdfReadError extends Error {
  constructor(readonly code: PdfErrorCode, message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export const PDF_MESSAGES: Record<PdfErrorCode, string> = {
  'no-text': 'Ce PDF ne contient pas de texte (document scanné ?) : Paraphe ne lit pas encore les images.',
  encrypted: 'Ce PDF est protégé par un mot de passe ou chiffré : Paraphe ne peut pas le lire. Demandez une version non protégée.',
  corrupt: 'Ce fichier PDF est endommagé ou n’est pas un PDF valide : Paraphe ne peut pas le lire.',
  'too-large': 'Ce PDF est trop volumineux pour être lu (plus de 100 Mo).',
  empty: 'Ce PDF ne contient aucune page.',
  'no-worker': 'Le lecteur de PDF de Paraphe n’a pas pu démarrer (module de lecture introuvable). Rechargez le panneau puis réessayez.',
};

const DEFAULT_MAX_PAGES = 200;
const MAX_BYTES = 100 * 1024 * 1024;
/** Below this many letters or digits per page on average, the PDF is an image (a scan). */
const MIN_CHARS_PER_PAGE = 12;

type PdfJs = typeof import('pdfjs-dist');

let workerUrl: string | null = null;
let pdfjsPromise: Promise<PdfJs> | null = null;

/** Where the browser loads pdf.js's worker from: a file shipped with the extension. */
export function setPdfWorkerUrl(url: string | null): void {
  workerUrl = url;
  if (url && pdfjsPromise) void pdfjsPromise.then((lib) => { lib.GlobalWorkerOptions.workerSrc = url; });
}

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

function loadPdfjs(): Promise<PdfJs> {
  // In the browser the worker is a file of the extension, set by the panel (setPdfWorkerUrl). No
  // bundled fallback: it would ship pdf.js's worker a second time (1 MB) for a path never taken.
  // Checked before memoising, so a later setPdfWorkerUrl still works.
  if (!isNode && !workerUrl && !(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker) {
    return Promise.reject(new PdfReadError('no-worker', PDF_MESSAGES['no-worker']));
  }
  pdfjsPromise ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    if (isNode) {
      // The modern build needs node 22 (Promise.withResolvers); the legacy build runs on 20.
      // A computed specifier keeps bundlers from packing the legacy build into the extension.
      const legacy = 'pdfjs-dist/legacy/build/';
      const [lib, worker] = await Promise.all([
        import(/* @vite-ignore */ `${legacy}pdf.mjs`) as Promise<PdfJs>,
        import(/* @vite-ignore */ `${legacy}pdf.worker.mjs`) as Promise<unknown>,
      ]);
      scope.pdfjsWorker ??= worker; // fake worker: pdf.js runs in this thread
      return lib;
    }
    const lib = await import('pdfjs-dist');
    if (workerUrl) lib.GlobalWorkerOptions.workerSrc = workerUrl;
    return lib;
  })();
  return pdfjsPromise;
}

export async function readPdf(data: Uint8Array, opts: ReadPdfOptions = {}): Promise<PdfText> {
  if (data.byteLength > MAX_BYTES) throw new PdfReadError('too-large', PDF_MESSAGES['too-large']);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy, not the caller's bytes.
    data: data.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new PdfReadError('empty', PDF_MESSAGES.empty);
    const toRead = Math.min(pageCount, opts.maxPages ?? DEFAULT_MAX_PAGES);
    const deadline = Date.now() + (opts.timeBudgetMs ?? 60_000);
    const pages: PageLine[][] = [];
    const heights: number[] = [];
    const pagesWithoutText: number[] = [];
    let letters = 0;
    for (let n = 1; n <= toRead && Date.now() < deadline; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      const [xMin = 0, yMin = 0, xMax = 0, yMax = 0] = page.view;
      // a /Rotate page is drawn upright in its own space and turned for display: turn the text with it
      const turn = uprightOnDisplay(((page.rotate % 360) + 360) % 360, xMin, yMin, xMax, yMax);
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [a0 = 0, b0 = 0, , , x0 = 0, y0 = 0] = item.transform as number[];
        const { a, b, x, y } = turn(a0, b0, x0, y0);
        const rotated = a <= 0 || Math.abs(b) > 0.05 * Math.abs(a);
        runs.push({ text: cleanRun(item.str), x, y, width: item.width, size: item.height || Math.hypot(a, b), rotated });
      }
      const turnedSideways = page.rotate % 180 !== 0;
      const pageHeight = turnedSideways ? xMax - xMin : yMax - yMin;
      const lines = layoutPage({ runs, height: pageHeight });
      const pageLetters = lines.reduce((sum, line) => sum + (line.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0);
      if (pageLetters < MIN_CHARS_PER_PAGE) pagesWithoutText.push(n);
      letters += pageLetters;
      pages.push(lines);
      heights.push(pageHeight);
      page.cleanup();
      opts.onProgress?.(n, toRead);
    }
    if (letters < MIN_CHARS_PER_PAGE * pages.length) throw new PdfReadError('no-text', PDF_MESSAGES['no-text']);
    const text = pagesToText(dropRunningLines(pages, heights));
    const result: PdfText = { text, pageCount };
    if (pages.length < pageCount) result.truncated = true;
    if (pagesWithoutText.length > 0) result.pagesWithoutText = pagesWithoutText;
    return result;
  } catch (error) {
    throw asPdfError(error);
  } finally {
    await task.destroy();
  }
}

/**
 * Text coordinates as the page is displayed: a page with /Rotate 90 (clockwise) shows what is
 * drawn along +y as a horizontal line. Direction (a, b) and origin (x, y) turn together; y stays up.
 */
function uprightOnDisplay(rotate: number, xMin: number, yMin: number, xMax: number, yMax: number) {
  return (a: number, b: number, x: number, y: number): { a: number; b: number; x: number; y: number } => {
    if (rotate === 90) return { a: b, b: -a, x: y - yMin, y: xMax - x };
    if (rotate === 180) return { a: -a, b: -b, x: xMax - x, y: yMax - y };
    if (rotate === 270) return { a: -b, b: a, x: yMax - y, y: x - xMin };
    return { a, b, x, y };
  };
}

/** Ligatures and control characters some producers leave in the text layer. */
function cleanRun(text: string): string {
  return text
    .replace(/[\ufb00-\ufb06]/g, (lig) => lig.normalize('NFKC'))
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

function asPdfError(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new PdfReadError('encrypted', PDF_MESSAGES.encrypted);
  return new PdfReadError('corrupt', PDF_MESSAGES.corrupt);
}
