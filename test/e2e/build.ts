/** Builds the e2e variant of the extension (PARAPHE_E2E=1) for both browsers into .output/e2e/. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { BrowserName } from './scenario';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const E2E_BUILD_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/e2e/chrome-mv3'),
  firefox: join(ROOT, '.output/e2e/firefox-mv2'),
};

export function buildE2eExtension(browsers: BrowserName[]): void {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  for (const name of browsers) {
    const args = name === 'firefox' ? ['build', '-b', 'firefox'] : ['build'];
    execFileSync(wxt, args, { cwd: ROOT, env: { ...process.env, PARAPHE_E2E: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
