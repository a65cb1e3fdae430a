/**
 * `check`: one document (.txt, .html, .pdf) → record and findings, as JSON (the contract of
 * ../shared/spec/record.md) or as a readable French report. Kept apart from the entry file so
 * tests can run it in-process; every failure becomes a French sentence, never a stack trace.
 *
 * Exit codes: 0 read, 1 usage, 2 nothing could be read, 3 read but no known genre, 4 internal.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyRecord } from '../record/empty-record';
import type { Kind } from '../record/schema';
import type { ReadResult } from '../read/read-result';
import type { RenderedFinding } from '../rules/rule';
import { cliMessages, fill, type CliLang } from './cli-messages';
import { InputError, loadInput, MAX_FILE_BYTES, type LoadedInput } from './load-input';
import { formatReport } from './report';

export interface CheckIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

interface CheckArgs { json: boolean; lang: CliLang; file: string | null; help: boolean }

export const EXAMPLE_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/examples/deliberation-convention-ent.txt');

export function parseArgs(argv: string[]): CheckArgs | null {
  const args: CheckArgs = { json: false, lang: 'fr', file: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') args.json = true;
    else if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'fr' && value !== 'en') return null;
      args.lang = value;
    } else if (arg.startsWith('-') && arg !== '-') return null;
    else if (args.file === null) args.file = arg;
    else return null;
  }
  return args;
}

export async function runCheck(argv: string[], io: CheckIo): Promise<number> {
  const args = parseArgs(argv);
  if (!args || args.help) {
    io.stderr(cliMessages[args?.lang ?? 'fr'].errors.usage + '\n');
    return args?.help ? 0 : 1;
  }
  const m = cliMessages[args.lang];
  const file = args.file ?? EXAMPLE_FILE;
  const source = basename(file);
  const notes: string[] = args.file === null ? [fill(m.notes.example, { file: source })] : [];

  const fail = (code: InputError['code'], data: Record<string, string | number>, exitCode: number): number => {
    const message = fill(m.errors[code], { ...data, file });
    io.stderr(`Paraphe : ${message}\n`);
    if (args.json) {
      io.stdout(JSON.stringify({ source, error: { code, message }, kinds: [], record: emptyRecord(), findings: [], notes }, null, 2) + '\n');
    }
    return exitCode;
  };

  let input: LoadedInput;
  try {
    input = await loadInput(await readBytes(file), file);
  } catch (error) {
    if (error instanceof InputError) return fail(error.code, error.data, error.code === 'usage' ? 1 : 2);
    return fail('unreadable', { reason: reasonOf(error) }, 2);
  }
  for (const note of input.notes) notes.push(fill(m.notes[note.key], note.data));

  let read: ReadResult;
  try {
    const { readDocument } = await import('../read/index');
    read = readDocument(input.text, { sourceName: source });
  } catch (error) {
    // A reader bug must not cost the secretary a stack trace; the lead sees the reason.
    io.stderr(`Paraphe : erreur interne de lecture (${reasonOf(error)}).\n`);
    if (args.json) io.stdout(JSON.stringify({ source, error: { code: 'internal', message: reasonOf(error) }, kinds: [], record: emptyRecord(), findings: [] }) + '\n');
    return 4;
  }
  notes.push(...read.notes);
  const findings = await findingsFor(read, args.lang, notes, m);

  const unknownGenre = read.kinds.length === 0;
  const genreMessage = fill(m.errors['unknown-genre'], { file: source });
  if (unknownGenre) io.stderr(`Paraphe : ${genreMessage}\n`);

  if (args.json) {
    const output = {
      source,
      kinds: read.kinds satisfies Kind[],
      record: read.record,
      findings: findings.map((f) => ({
        rule: f.rule, severity: f.severity, field: f.field, message: f.message, evidence: f.evidence ?? null, basis: f.basis,
        messageId: f.messageId, data: f.data,
      })),
      ...(unknownGenre ? { error: { code: 'unknown-genre', message: genreMessage } } : {}),
      input: { type: input.type, characters: input.text.length, ...(input.pageCount ? { pageCount: input.pageCount } : {}) },
      notes,
      sources: read.sources,
    };
    io.stdout(JSON.stringify(output, null, 2) + '\n');
  } else {
    const inputLabel = input.type === 'pdf'
      ? `PDF, ${fill(m.report.pages, { count: input.pageCount ?? 0 })}`
      : input.type === 'html' ? 'HTML' : args.lang === 'fr' ? 'texte' : 'text';
    io.stdout(formatReport({ source, inputLabel, kinds: read.kinds, record: read.record, findings, notes }, args.lang));
  }
  return unknownGenre ? 3 : 0;
}

async function findingsFor(read: ReadResult, lang: CliLang, notes: string[], m: (typeof cliMessages)[CliLang]): Promise<RenderedFinding[]> {
  try {
    const rules = (await import('../rules/index')) as { checkRecord?: (...args: unknown[]) => RenderedFinding[] };
    if (typeof rules.checkRecord !== 'function') return [];
    return rules.checkRecord(read.record, {}, lang);
  } catch (error) {
    notes.push(fill(m.notes.rulesUnavailable, { reason: reasonOf(error) }));
    return [];
  }
}

async function readBytes(file: string): Promise<Uint8Array> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' || error.code === 'ENOTDIR' ? new InputError('missing-file') : error;
  });
  if (!info.isFile()) throw new InputError('not-a-file');
  if (info.size > MAX_FILE_BYTES) {
    throw new InputError('too-large', { size: megabytes(info.size), max: megabytes(MAX_FILE_BYTES) });
  }
  return new Uint8Array(await readFile(file));
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

function reasonOf(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
