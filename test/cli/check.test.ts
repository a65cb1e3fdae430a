import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/cli/load-input';
import { runCheck } from '../../lib/cli/run-check';

const root = join(import.meta.dirname, '../..');
const pdfDir = join(root, 'test/fixtures/documents/pdf');
const work = mkdtempSync(join(tmpdir(), 'paraphe-check-'));
const ceretText = readFileSync(join(pdfDir, 'ceret-2026-ent.txt'), 'utf8');

function file(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

async function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(args, { stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  return { code, stdout, stderr };
}

const CONTRACT_FINDING_KEYS = ['rule', 'severity', 'field', 'message', 'evidence', 'basis'];

describe('check --json on what it can read', () => {
  it('prints the contract object for a text file', async () => {
    const { code, stdout } = await check('--json', file('003.txt', ceretText));
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ source: '003.txt', kinds: ['deliberation', 'convention'], input: { type: 'text' } });
    expect(Object.keys(out.record)).toEqual(expect.arrayContaining(['commune', 'session', 'attendance', 'vote', 'deliberation', 'convention']));
    for (const finding of out.findings) expect(Object.keys(finding)).toEqual(expect.arrayContaining(CONTRACT_FINDING_KEYS));
  });

  it('detects HTML and PDF by content, whatever the extension says', async () => {
    const html = await check('--json', file('page.txt', '<html><body><h1>Délibération du conseil municipal</h1><p>Convention entre la commune et l’académie</p></body></html>'));
    expect(JSON.parse(html.stdout).input.type).toBe('html');
    const renamed = join(work, 'ceret.bin');
    copyFileSync(join(pdfDir, 'ceret-2026-ent.pdf'), renamed);
    const pdf = JSON.parse((await check('--json', renamed)).stdout);
    expect(pdf.input).toEqual({ type: 'pdf', pageCount: 8, characters: expect.any(Number) });
    expect(pdf.kinds).toEqual(['deliberation', 'convention']);
  });

  it('reads a Windows-1252 export and says it converted it', async () => {
    const latin1 = Buffer.from('Délibération du conseil municipal. Convention entre la commune et l\'académie.', 'latin1');
    const out = JSON.parse((await check('--json', file('ancien.txt', latin1))).stdout);
    expect(out.notes.join(' ')).toMatch(/Windows-1252/);
    expect(decodeText(latin1)).toEqual({ text: latin1.toString('latin1'), legacy: true });
    expect(decodeText(Buffer.from('\ufeffDélibération', 'utf8'))).toEqual({ text: 'Délibération', legacy: false });
  });

  it('reads the first megabyte of a 5 MB text quickly and says so', async () => {
    const started = performance.now();
    const { code, stdout } = await check('--json', file('enorme.txt', ceretText.repeat(300).slice(0, 5_000_000)));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).notes.join(' ')).toMatch(/seuls les 1\s000\s000 premiers caractères/);
  });
});

describe('check on what it cannot read', () => {
  it.each([
    ['an empty file', () => file('vide.txt', ''), 'empty', /est vide/],
    ['binary junk', () => file('junk.txt', Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251)), 'binary', /fichier binaire/],
    ['a Word document', () => file('acte.docx', Buffer.from('PK\u0003\u0004 word/document.xml', 'latin1')), 'office-document', /enregistrez-le en PDF/],
    ['a scanned PDF', () => join(pdfDir, 'scanned-no-text.pdf'), 'pdf-no-text', /ne contient pas de texte \(document scanné \?\)/],
    ['a corrupt PDF', () => join(pdfDir, 'corrupt.pdf'), 'pdf-corrupt', /endommagé/],
    ['a password-protected PDF', () => join(pdfDir, 'encrypted.pdf'), 'pdf-encrypted', /mot de passe/],
    ['a missing file', () => join(work, 'absent.pdf'), 'missing-file', /Fichier introuvable/],
    ['a directory', () => work, 'not-a-file', /pas un fichier/],
  ])('%s → exit 2, French message on stderr, JSON with "error" on stdout', async (_name, path, code, message) => {
    const result = await check('--json', path());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(result.stdout);
    expect(out.error).toEqual({ code, message: expect.stringMatching(message) });
    expect(out.findings).toEqual([]);
  });

  it('an unknown genre → exit 3 and an "error", the record still printed', async () => {
    const result = await check('--json', file('recette.txt', 'Tarte aux pommes : trois pommes, une pâte brisée, du sucre.'));
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Aucune délibération ni convention reconnue/);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ kinds: [], error: { code: 'unknown-genre' } });
    expect(out.record.commune).toBeDefined();
  });

  it('bad arguments → usage on stderr, exit 1', async () => {
    expect(await check('--lang', 'de', 'x.txt')).toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^Usage : npm run check/) });
    expect((await check('a.txt', 'b.txt')).code).toBe(1);
    expect((await check('--frobnicate')).code).toBe(1);
  });
});

describe('check, readable report', () => {
  it('shows the sections and the findings headline in French, in English on request', async () => {
    const fr = await check(file('003-report.txt', ceretText));
    for (const heading of ['Commune', 'Séance', 'Présences', 'Vote', 'Délibération', 'Convention', 'Constats']) {
      expect(fr.stdout).toMatch(new RegExp(`^${heading}`, 'm'));
    }
    const en = await check('--lang', 'en', file('003-report-en.txt', ceretText));
    expect(en.stdout).toMatch(/^Findings \(\d+\)/m);
    expect(en.stdout).toMatch(/^Attendance$/m);
  });
});

describe('the real command (spawned as `npm run check` runs it)', () => {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const run = (...args: string[]) => spawnSync(tsx, ['lib/cli/check.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });

  it('--json on the Céret PDF prints one JSON object and exits 0', () => {
    const result = run('--json', join(pdfDir, 'ceret-2026-ent.pdf'));
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({ source: 'ceret-2026-ent.pdf', kinds: ['deliberation', 'convention'] });
    expect(Array.isArray(out.findings)).toBe(true);
  });

  it('with no file, reports on the bundled example', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Paraphe — vérification de « deliberation-convention-ent\.txt » \(texte\)/);
    expect(result.stdout).toMatch(/exemple intégré/);
  });

  it('a missing file: French message, exit 2, no stack trace', () => {
    const result = run('--json', 'introuvable.pdf');
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('Paraphe : Fichier introuvable : introuvable.pdf');
    expect(JSON.parse(result.stdout).error.code).toBe('missing-file');
  });
});
