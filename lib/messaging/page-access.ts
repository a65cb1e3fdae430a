/**
 * Why a tab can or cannot be read, from what the browser tells us (its URL when we may see it,
 * the error of scripting.executeScript otherwise). The panel's wording lives in
 * components/page-status/page-status-text.ts.
 * Without the "tabs" permission the URL is only visible after a click on Paraphe (activeTab) or
 * on a granted origin, so "no permission yet" and "forbidden page" must both be told apart here.
 */

export type UnreadableReason =
  | 'browser-page' // chrome://, about:, edge://, view-source:, moz-extension pages of others…
  | 'web-store' // Chrome Web Store / addons.mozilla.org: browsers forbid every extension there
  | 'pdf-viewer' // the browser's own PDF viewer
  | 'error-page' // network or HTTP error page shown by the browser
  | 'local-file' // file:// without "allow access to file URLs"
  | 'closed'; // the tab went away

export type PageAccess =
  | { kind: 'readable' }
  | { kind: 'needs-permission' }
  | { kind: 'unreadable'; reason: UnreadableReason };

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
// The Chrome PDF viewer is itself an extension with this fixed id.
const CHROME_PDF_VIEWER = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/';

/** Decides from the URL alone; null when only an injection attempt can tell. */
export function accessFromUrl(url: string | undefined): PageAccess | null {
  if (url === undefined || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unreadable', reason: 'browser-page' };
  }
  if (url.startsWith(CHROME_PDF_VIEWER)) return { kind: 'unreadable', reason: 'pdf-viewer' };
  if (parsed.protocol === 'file:') return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'unreadable', reason: 'browser-page' };
  const host = parsed.hostname;
  if (STORE_HOSTS.includes(host) && (host !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return { kind: 'unreadable', reason: 'web-store' };
  }
  return null;
}

/** Classifies the message of a failed scripting.executeScript (Chromium and Firefox wordings). */
export function accessFromInjectionError(message: string, url: string | undefined): PageAccess {
  const m = message.toLowerCase();
  if (m.includes('no tab with id') || m.includes('invalid tab id')) return { kind: 'unreadable', reason: 'closed' };
  if (m.includes('error page')) return { kind: 'unreadable', reason: 'error-page' };
  if (m.includes('gallery cannot be scripted')) return { kind: 'unreadable', reason: 'web-store' };
  if (m.includes('chrome://') || m.includes('chrome-extension://') || m.includes('edge://') || m.includes('about:') || m.includes('cannot be scripted')) {
    return { kind: 'unreadable', reason: 'browser-page' };
  }
  if (url?.startsWith('file:')) return { kind: 'unreadable', reason: 'local-file' };
  const fromUrl = accessFromUrl(url);
  if (fromUrl) return fromUrl;
  // The URL is only visible to us when we hold access to the tab (activeTab or a granted origin):
  // a refusal then means the browser shows its own document there. Firefox says "Missing host
  // permission" for both its PDF viewer and its network error page.
  if (url !== undefined && /^https?:/i.test(url)) {
    return { kind: 'unreadable', reason: looksLikePdf(url) ? 'pdf-viewer' : 'error-page' };
  }
  // Chromium: "Cannot access contents of the page. Extension manifest must request permission…";
  // Firefox: "Missing host permission for the tab". Both mean: no gesture, no granted origin yet.
  return { kind: 'needs-permission' };
}

function looksLikePdf(url: string): boolean {
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}
