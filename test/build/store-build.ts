/**
 * Builds the store variant (what a user installs, never the e2e one) into a temporary folder.
 * Test files run in parallel workers and every `wxt build` rewrites the shared `.wxt/` folder,
 * so builds take turns behind a lock file when `flock` exists (Linux, CI).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
const FLOCK = ['/usr/bin/flock', '/bin/flock'].find((path) => existsSync(path));

export interface StoreBuild {
  chrome: string;
  firefox: string;
  remove(): void;
}

export function buildStore(browsers: readonly ('chrome' | 'firefox')[]): StoreBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'paraphe-store-build-'));
  const env = { ...process.env, PARAPHE_OUT_DIR: outDir, PARAPHE_E2E: '' };
  const wxt = join(root, 'node_modules/.bin/wxt');
  for (const browser of browsers) {
    const args = ['build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
    if (FLOCK) execFileSync(FLOCK, [join(tmpdir(), 'paraphe-wxt-build.lock'), wxt, ...args], { cwd: root, env, stdio: 'ignore' });
    else execFileSync(wxt, args, { cwd: root, env, stdio: 'ignore' });
  }
  return {
    chrome: join(outDir, 'chrome-mv3'),
    firefox: join(outDir, 'firefox-mv2'),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
