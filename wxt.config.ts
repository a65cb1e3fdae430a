import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// PARAPHE_E2E=1 builds the test variant into .output/e2e/: host access to 127.0.0.1 (no user
// gesture can grant activeTab under automation) and a background that opens the panel in a tab
// (Firefox's sidebar is unreachable from WebDriver BiDi). Store builds never carry either.
const e2e = process.env.PARAPHE_E2E === '1';

// Manifest and build settings; see README for loading the unpacked builds.
export default defineConfig({
  // PARAPHE_OUT_DIR lets the manifest test build into a temporary folder.
  outDir: process.env.PARAPHE_OUT_DIR ?? (e2e ? '.output/e2e' : '.output'),
  // AMO reviewers get the sources, not the screenshots the e2e run leaves behind.
  zip: { excludeSources: ['test/e2e/artifacts/**', 'coverage/**'] },
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.PARAPHE_E2E': JSON.stringify(e2e ? '1' : '') },
  }),
  manifest: ({ browser, manifestVersion }) => {
    // Portals (S²LOW, Pastell, Stela, académies' ENT pages) are many and change: the user grants
    // one origin at a time from the panel instead of Paraphe asking for every site at install.
    const portalOrigins = ['https://*/*', 'http://*/*'];
    const testHosts = e2e ? ['http://127.0.0.1/*'] : [];
    const firefoxMv2 = browser === 'firefox' && manifestVersion === 2;
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
      // No <all_urls>, no "tabs": the page is read only after a click on Paraphe (activeTab) or on
      // an origin the user granted; scripting injects the content script on demand. "storage" keeps
      // drafts and the council roster in storage.local, on this workstation only.
      permissions: ['activeTab', 'scripting', 'storage', ...(firefoxMv2 ? testHosts : [])],
      ...(firefoxMv2
        ? { optional_permissions: portalOrigins }
        : { ...(e2e ? { host_permissions: testHosts } : {}), optional_host_permissions: portalOrigins }),
      action: { default_title: '__MSG_actionTitle__' },
      // Keyboard users open Paraphe (and grant activeTab) exactly as with a click on the button.
      commands: {
        [firefoxMv2 ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+P' },
          description: '__MSG_actionTitle__',
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'paraphe@mairie.example',
                strict_min_version: '140.0',
                // Nothing leaves the workstation: no telemetry, no remote service.
                data_collection_permissions: { required: ['none'] },
              },
            },
          }
        : {}),
    };
  },
});
