/**
 * `npm run test:e2e`: builds the e2e variant, serves test/fixtures/ on 127.0.0.1 and runs every
 * scenario of test/e2e/scenarios/ in real Chromium and real Firefox, one fresh browser each.
 * Options: --browser chromium|firefox, --only <text in the scenario name>, --no-build.
 * Ends with "N passed, M failed"; exits 1 on any failure.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildE2eExtension, DEFAULT_E2E_OUT_DIR, extensionDirs, type ExtensionDirs } from './build';
import type { BrowserName, Scenario } from './scenario';
import { startFixtureServer } from './server';
import { EXECUTABLES, openSession } from './session';

const SCENARIO_TIMEOUT_MS = 45_000;

const strayErrors: string[] = [];
process.on('unhandledRejection', (error: unknown) => {
  strayErrors.push(error instanceof Error ? error.message : String(error));
});

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

export async function loadScenarios(): Promise<Scenario[]> {
  const dir = fileURLToPath(new URL('./scenarios/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(dir + file).href)) as { default?: Scenario };
    if (!module.default?.run) throw new Error(`test/e2e/scenarios/${file} must default-export defineScenario({...})`);
    scenarios.push(module.default);
  }
  return scenarios;
}

async function main(): Promise<number> {
  const wanted = option('--browser');
  const only = option('--only');
  const browsers = (['chromium', 'firefox'] as const).filter((b) => !wanted || b === wanted);
  let passed = 0;
  let failed = 0;
  for (const name of browsers) {
    if (!existsSync(EXECUTABLES[name])) {
      console.error(`✘ ${name}: ${EXECUTABLES[name]} is missing (apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'})`);
      failed++;
    }
  }
  const available = browsers.filter((b) => existsSync(EXECUTABLES[b]));
  let dirs = extensionDirs(DEFAULT_E2E_OUT_DIR);
  let builtIn: string | null = null;
  if (!process.argv.includes('--no-build')) {
    const started = Date.now();
    const built = buildE2eExtension(available);
    dirs = built.dirs;
    builtIn = built.outDir;
    console.log(`e2e build (${available.join(', ')}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  const scenarios = (await loadScenarios()).filter((s) => !only || s.name.includes(only));
  const server = await startFixtureServer();
  try {
    for (const browserName of available) {
      for (const scenario of scenarios.filter((s) => s.browsers.includes(browserName))) {
        const ok = await runOne(browserName, dirs, scenario, server);
        if (ok) passed++;
        else failed++;
      }
    }
  } finally {
    await server.close();
    if (builtIn) rmSync(builtIn, { recursive: true, force: true });
  }
  // A rejection nobody awaited (puppeteer event handlers…) is a failure, not a crash.
  failed += strayErrors.length;
  for (const error of strayErrors) console.log(`✘ unhandled: ${error}`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

async function runOne(browserName: BrowserName, dirs: ExtensionDirs, scenario: Scenario, server: Awaited<ReturnType<typeof startFixtureServer>>): Promise<boolean> {
  const started = Date.now();
  const lines: string[] = [];
  let error: unknown = null;
  let session: Awaited<ReturnType<typeof openSession>> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new Error(`timed out after ${SCENARIO_TIMEOUT_MS / 1000} s`));
      }, SCENARIO_TIMEOUT_MS);
    });
    const opening = openSession(browserName, dirs, server, scenario.name, (line) => lines.push(line));
    // A browser that starts after the timeout must still be closed.
    opening.then((late) => {
      if (timedOut) void late.close();
    }, () => undefined);
    session = await Promise.race([opening, timeout]);
    const current = session;
    await Promise.race([scenario.run(current.ctx), timeout]);
    if (current.problems.length > 0) error = new Error(current.problems.join('\n'));
  } catch (caught) {
    error = caught;
  } finally {
    clearTimeout(timer);
    await session?.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (error === null) {
    console.log(`✔ [${browserName}] ${scenario.name} (${seconds} s)`);
  } else {
    console.log(`✘ [${browserName}] ${scenario.name} (${seconds} s)\n    ${(error instanceof Error ? error.message : String(error)).replace(/\n/g, '\n    ')}`);
  }
  for (const line of lines) console.log(`    ${line}`);
  return error === null;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
