/**
 * Builds the e2e variant of the extension (PARAPHE_E2E=1) for the given browsers. Each run builds
 * into its own temporary folder: several people running the tests in one working tree must not
 * swap a manifest under a browser that is loading it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserName } from './scenario';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Where `--no-build` looks: `PARAPHE_E2E=1 npx wxt build [-b firefox]` writes there. */
export const DEFAULT_E2E_OUT_DIR = join(ROOT, '.output/e2e');

export type ExtensionDirs = Record<BrowserName, string>;

export function extensionDirs(outDir: string): ExtensionDirs {
  return { chromium: join(outDir, 'chrome-mv3'), firefox: join(outDir, 'firefox-mv2') };
}

export function buildE2eExtension(browsers: readonly BrowserName[]): { outDir: string; dirs: ExtensionDirs } {
  const outDir = mkdtempSync(join(tmpdir(), 'paraphe-e2e-build-'));
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  for (const name of browsers) {
    const args = name === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
    execFileSync(wxt, args, { cwd: ROOT, env: { ...process.env, PARAPHE_E2E: '1', PARAPHE_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return { outDir, dirs: extensionDirs(outDir) };
}
