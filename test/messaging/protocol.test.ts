import { describe, expect, it } from 'vitest';
import { boundTabIdFromSearch, collectResponseSchema, contentRequestSchema, fillResponseSchema, panelNoticeSchema } from '../../lib/messaging/protocol';
import { displayHost, originPattern } from '../../lib/messaging/page-state';

const snapshot = {
  url: 'https://mairie.example/d/2025-041',
  title: 'Délibération 2025-041',
  lang: 'fr',
  text: 'EXTRAIT DU REGISTRE',
  textTruncated: false,
  fields: [],
  forms: [],
  frameCount: 0,
};

describe('message protocol', () => {
  it('accepts the requests the panel sends and nothing else', () => {
    expect(contentRequestSchema.safeParse({ type: 'paraphe/collect' }).success).toBe(true);
    expect(contentRequestSchema.safeParse({ type: 'paraphe/fill', plan: { url: 'https://x/', actions: [] } }).success).toBe(true);
    expect(contentRequestSchema.safeParse({ type: 'paraphe/fill' }).success).toBe(false);
    expect(contentRequestSchema.safeParse({ type: 'paraphe/eval', code: 'alert(1)' }).success).toBe(false);
    expect(contentRequestSchema.safeParse('paraphe/collect').success).toBe(false);
  });

  it('rejects a snapshot of the wrong shape coming back from a page', () => {
    expect(collectResponseSchema.safeParse({ ok: true, snapshot, contentType: 'text/html' }).success).toBe(true);
    expect(collectResponseSchema.safeParse({ ok: true, snapshot: { ...snapshot, fields: 'x' }, contentType: 'text/html' }).success).toBe(false);
    expect(collectResponseSchema.safeParse({ ok: false, error: 'boom' }).success).toBe(true);
    expect(fillResponseSchema.safeParse({ ok: true, report: { filled: [], skipped: [] } }).success).toBe(true);
    expect(fillResponseSchema.safeParse({ ok: true }).success).toBe(false);
  });

  it('parses the background notice with an integer tab id only', () => {
    expect(panelNoticeSchema.safeParse({ type: 'paraphe/tab-access-granted', tabId: 3 }).success).toBe(true);
    expect(panelNoticeSchema.safeParse({ type: 'paraphe/tab-access-granted', tabId: '3' }).success).toBe(false);
  });

  it('reads the bound tab of a panel opened in a tab', () => {
    expect(boundTabIdFromSearch('?tabId=17')).toBe(17);
    expect(boundTabIdFromSearch('')).toBeNull();
    expect(boundTabIdFromSearch('?tabId=17x')).toBeNull();
    expect(boundTabIdFromSearch('?opener=1')).toBeNull();
  });
});

describe('page-state helpers', () => {
  it('shows the host and asks for the whole host, any port', () => {
    expect(displayHost('https://www.s2low.org/modules/actes/')).toBe('www.s2low.org');
    expect(originPattern('https://www.s2low.org:8443/modules/actes/')).toBe('https://www.s2low.org/*');
    expect(originPattern('chrome://version')).toBeNull();
    expect(originPattern('pas une adresse')).toBeNull();
  });
});
