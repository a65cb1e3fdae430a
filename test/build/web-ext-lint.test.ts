/**
 * Store readiness for addons.mozilla.org: `web-ext lint` (Mozilla's addons-linter, the check AMO
 * runs on upload) on a fresh production Firefox build. No error allowed; each warning AMO's
 * reviewers would see is either explained below or fails the test so someone looks at it.
 */
import webExt from 'web-ext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStore, type StoreBuild } from './store-build';

interface LintMessage { code: string; message: string; description?: string; file?: string; line?: number; column?: number }
interface LintResult { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }

/** Warnings accepted, with why, and how many of each. */
const ACCEPTED_WARNINGS: Record<string, { max: number; why: string }> = {
  // data_collection_permissions is required by AMO since 2025 and honoured from Firefox 140
  // desktop (our minimum); Firefox for Android 140–141 merely ignores the key.
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: { max: 1, why: 'data_collection_permissions on Android < 142' },
  // Preact's own `dangerouslySetInnerHTML` branch (`n.innerHTML = f.__html`) in the panel bundle;
  // Paraphe's code never sets innerHTML (page text reaches the panel as text nodes only).
  UNSAFE_VAR_ASSIGNMENT: { max: 1, why: 'Preact runtime innerHTML branch' },
};

let build: StoreBuild | undefined;
let result: LintResult;

beforeAll(async () => {
  build = buildStore(['firefox']);
  result = (await webExt.cmd.lint({ sourceDir: build.firefox, output: 'none' }, { shouldExitProgram: false })) as LintResult;
  const show = (m: LintMessage) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} — ${m.message}`;
  console.log(`web-ext lint: ${result.errors.length} error(s), ${result.warnings.length} warning(s), ${result.notices.length} notice(s)`);
  for (const m of [...result.errors, ...result.warnings, ...result.notices]) console.log(show(m));
}, 180_000);
afterAll(() => build?.remove());

describe('web-ext lint (Firefox store build)', () => {
  it('reports no error', () => {
    expect(result.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });

  it('reports only the warnings explained here', () => {
    const counts = new Map<string, number>();
    for (const m of result.warnings) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    const unexplained = [...counts].filter(([code, n]) => n > (ACCEPTED_WARNINGS[code]?.max ?? 0));
    expect(unexplained, JSON.stringify(result.warnings.filter((m) => unexplained.some(([c]) => c === m.code)), null, 1)).toEqual([]);
  });

  it('flags no remote code, eval or unsafe manifest content', () => {
    const risky = [...result.errors, ...result.warnings].filter((m) => /EVAL|REMOTE|CSP|DANGEROUS|UNSAFE_VAR_ASSIGNMENT/.test(m.code) && !m.file?.startsWith('chunks/'));
    expect(risky).toEqual([]);
  });
});
