import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accessFromInjectionError, accessFromUrl } from '../../lib/messaging/page-access';

describe('accessFromUrl', () => {
  it.each([
    ['chrome://settings/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['edge://extensions', 'browser-page'],
    ['view-source:https://mairie.example/', 'browser-page'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['https://chromewebstore.google.com/detail/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/fr/firefox/addon/x/', 'web-store'],
  ])('%s cannot be read (%s)', (url, reason) => {
    expect(accessFromUrl(url)).toEqual({ kind: 'unreadable', reason });
  });

  it.each(['https://www.s2low.org/modules/actes/actes_transac_add.php', 'http://intranet.mairie-valmont.fr/deliberations/2025-041', 'https://chrome.google.com/search', undefined, ''])(
    'leaves %s to the injection attempt',
    (url) => {
      expect(accessFromUrl(url)).toBeNull();
    },
  );
});

describe('accessFromInjectionError', () => {
  it('asks for the click when the browser refuses a page whose URL it hides', () => {
    expect(accessFromInjectionError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', undefined)).toEqual({ kind: 'needs-permission' });
    expect(accessFromInjectionError('Missing host permission for the tab', undefined)).toEqual({ kind: 'needs-permission' });
  });

  it('recognises the browser pages, error pages and stores Chromium names', () => {
    expect(accessFromInjectionError('Cannot access a chrome:// URL', undefined)).toEqual({ kind: 'unreadable', reason: 'browser-page' });
    expect(accessFromInjectionError('Frame with ID 0 is showing error page', 'https://mairie.example/')).toEqual({ kind: 'unreadable', reason: 'error-page' });
    expect(accessFromInjectionError('The extensions gallery cannot be scripted.', undefined)).toEqual({ kind: 'unreadable', reason: 'web-store' });
    expect(accessFromInjectionError('No tab with id: 42.', undefined)).toEqual({ kind: 'unreadable', reason: 'closed' });
  });

  it('treats a refusal on a visible web URL as the browser showing its own document (Firefox)', () => {
    expect(accessFromInjectionError('Missing host permission for the tab', 'https://mairie.example/PV/2025-041.PDF')).toEqual({ kind: 'unreadable', reason: 'pdf-viewer' });
    expect(accessFromInjectionError('Missing host permission for the tab', 'https://mairie.example/')).toEqual({ kind: 'unreadable', reason: 'error-page' });
    expect(accessFromInjectionError('Missing host permission for the tab', 'file:///home/secretaire/deliberation.html')).toEqual({ kind: 'unreadable', reason: 'local-file' });
  });

  it('never reads a page it was refused, whatever the browser says', () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.webUrl(), { nil: undefined }), (message, url) => {
        expect(['unreadable', 'needs-permission']).toContain(accessFromInjectionError(message, url).kind);
      }),
    );
  });
});
