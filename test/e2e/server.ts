/**
 * A tiny static server for test/fixtures/ on loopback, random port. It listens on 127.0.0.1
 * (covered by the e2e build's host permission) and on 127.0.0.2 (not covered: a page there
 * behaves like any site the user has not yet allowed).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A one-page PDF made on request, so a scenario can show the browser's PDF viewer. */
export const E2E_PDF_PATH = '/__e2e/deliberation.pdf';

async function samplePdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL', { x: 50, y: 780, size: 12, font });
  page.drawText('Seance du 3 avril 2025 - Deliberation 2025-041', { x: 50, y: 760, size: 11, font });
  return Buffer.from(await pdf.save());
}

export interface FixtureServer {
  /** "http://127.0.0.1:PORT/" — readable by the e2e build */
  url: string;
  /** "http://127.0.0.2:PORT/" — same files, an origin the extension has no access to */
  foreignUrl: string;
  close(): Promise<void>;
}

export async function startFixtureServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const handler = async (pathname: string): Promise<{ status: number; type: string; body: Buffer | string }> => {
    if (pathname === E2E_PDF_PATH) return { status: 200, type: 'application/pdf', body: await samplePdf() };
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return { status: 403, type: 'text/plain', body: 'forbidden' };
    try {
      const info = await stat(file);
      if (!info.isFile()) return { status: 404, type: 'text/plain', body: 'not found' };
      return { status: 200, type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body: await readFile(file) };
    } catch {
      return { status: 404, type: 'text/html; charset=utf-8', body: '<!doctype html><title>Introuvable</title><p>Introuvable</p>' };
    }
  };
  const make = (): Server =>
    createServer((req, res) => {
      const { pathname } = new URL(req.url ?? '/', 'http://x');
      handler(pathname).then(
        ({ status, type, body }) => {
          res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
          res.end(body);
        },
        () => {
          res.writeHead(500);
          res.end();
        },
      );
    });
  const main = make();
  await new Promise<void>((resolve) => main.listen(0, '127.0.0.1', resolve));
  const address = main.address();
  if (address === null || typeof address === 'string') throw new Error('fixture server: no port');
  const foreign = make();
  await new Promise<void>((resolve, reject) => {
    foreign.once('error', reject);
    foreign.listen(address.port, '127.0.0.2', resolve);
  });
  return {
    url: `http://127.0.0.1:${address.port}/`,
    foreignUrl: `http://127.0.0.2:${address.port}/`,
    close: async () => {
      await Promise.all([main, foreign].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}
