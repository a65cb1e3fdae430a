/**
 * Builds the store variants (what a user installs) and checks the generated manifests: the side
 * panel / sidebar, the toolbar action, no blanket host access, the icons and both locales, and no
 * trace of the e2e mode.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStore, type StoreBuild } from './store-build';

let build: StoreBuild | undefined;
type Manifest = Record<string, unknown> & { permissions?: string[] };
const manifests: Record<'chrome' | 'firefox', Manifest> = { chrome: {}, firefox: {} };
const dirs = { chrome: '', firefox: '' };

beforeAll(() => {
  build = buildStore(['chrome', 'firefox']);
  dirs.chrome = build.chrome;
  dirs.firefox = build.firefox;
  for (const b of ['chrome', 'firefox'] as const) manifests[b] = JSON.parse(readFileSync(join(dirs[b], 'manifest.json'), 'utf8'));
}, 180_000);
afterAll(() => build?.remove());

function builtFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:m?js|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('store manifests', () => {
  it('Chrome: MV3 side panel opened by the toolbar action', () => {
    const m = manifests.chrome;
    expect(m.manifest_version).toBe(3);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.action).toBeDefined();
    expect(m.permissions).toEqual(expect.arrayContaining(['sidePanel', 'activeTab', 'scripting']));
    // The click opens the panel from action.onClicked, the path that also grants activeTab.
    const background = readFileSync(join(dirs.chrome, 'background.js'), 'utf8');
    expect(background).toMatch(/\.action\.onClicked\.addListener/);
    expect(background).toMatch(/\.sidePanel\.open\(/);
    expect(m.action).not.toHaveProperty('default_popup');
  });

  it('Firefox: the same panel as a sidebar, with a gecko id', () => {
    const m = manifests.firefox;
    expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(m.browser_action).toBeDefined();
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: 'paraphe@mairie.example' } });
  });

  it.each(['chrome', 'firefox'] as const)('%s: no site access at install, portals granted one by one', (b) => {
    const m = manifests[b];
    const text = JSON.stringify(m);
    expect(text).not.toContain('<all_urls>');
    expect(m.content_scripts).toBeUndefined();
    expect(m.host_permissions ?? []).toEqual([]);
    expect((m.permissions ?? []).filter((p) => p.includes('://'))).toEqual([]);
    expect(b === 'chrome' ? m.optional_host_permissions : m.optional_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    expect(existsSync(join(dirs[b], 'content-scripts/content.js'))).toBe(true);
    expect(readFileSync(join(dirs[b], 'background.js'), 'utf8')).not.toContain('paraphe-e2e-panel');
    for (const chunk of readdirSync(join(dirs[b], 'chunks'))) {
      expect(readFileSync(join(dirs[b], 'chunks', chunk), 'utf8')).not.toContain('__parapheSession');
    }
  });

  it.each(['chrome', 'firefox'] as const)('%s: real icons and French-first names', (b) => {
    const m = manifests[b];
    const icons = m.icons as Record<string, string>;
    for (const size of ['16', '32', '48', '128']) {
      expect(pngSize(join(dirs[b], icons[size] ?? 'missing'))).toEqual([Number(size), Number(size)]);
    }
    expect(m.default_locale).toBe('fr');
    expect(m.name).toBe('__MSG_extName__');
    for (const locale of ['fr', 'en']) {
      const messages = JSON.parse(readFileSync(join(dirs[b], `_locales/${locale}/messages.json`), 'utf8'));
      expect(messages.extName.message.length).toBeLessThanOrEqual(45);
      // Chrome Web Store truncates descriptions beyond 132 characters.
      expect(messages.extDescription.message.length).toBeLessThanOrEqual(132);
      expect(messages.actionTitle.message).toMatch(/\S/);
    }
  });

  // Store review (Chrome Web Store "remote code" policy, AMO): every line of code ships in the
  // package; the default CSP stays (script-src 'self'), and no page or other extension gets in.
  it.each(['chrome', 'firefox'] as const)('%s: default CSP, no remote code, nothing exposed to pages', (b) => {
    const m = manifests[b];
    // "storage" (drafts in storage.local) shows no install warning; anything else must be argued here.
    const allowed = ['activeTab', 'scripting', 'storage', ...(b === 'chrome' ? ['sidePanel'] : [])];
    expect((m.permissions ?? []).filter((p) => !allowed.includes(p))).toEqual([]);
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    const files = builtFiles(dirs[b]);
    expect(files.length).toBeGreaterThan(2);
    const remote = /(?:\bimport\s*\(|\bimportScripts\s*\(|\bsrc\s*=\s*|\bfetch\s*\()\s*["'`]\s*(?:https?:)?\/\//g;
    const found = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(remote)].map((hit) => `${relative(dirs[b], file)}: ${hit[0]}`));
    expect(found).toEqual([]);
  });
});
