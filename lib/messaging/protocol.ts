/**
 * Every message that crosses extension contexts (panel ↔ content script, background → panel),
 * as zod/mini schemas. Receivers parse with these on arrival: a page can be hostile and another
 * extension can post to us, so nothing is trusted for its shape alone.
 */
import * as z from 'zod/mini';
import { fillPlanSchema, fillReportSchema, pageSnapshotSchema } from '../sites/snapshot';

/** panel → content script */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paraphe/collect') }),
  z.object({ type: z.literal('paraphe/fill'), plan: fillPlanSchema }),
]);

/** content script → panel, answer to paraphe/collect */
export const collectResponseSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    snapshot: pageSnapshotSchema,
    /** document.contentType: "application/pdf" means the browser's PDF viewer, not a page */
    contentType: z.string(),
  }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** content script → panel, answer to paraphe/fill */
export const fillResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), report: fillReportSchema }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/** background → panel: the user clicked Paraphe's toolbar button, activeTab now covers this tab */
export const panelNoticeSchema = z.object({
  type: z.literal('paraphe/tab-access-granted'),
  tabId: z.int(),
});

/** What executeScript returns for the content script once it listens (its main()'s value). */
export const contentReadySchema = z.literal('paraphe/content-ready');
// Defined beside the content script's zod-free guard so the injected script never imports zod.
export { CONTENT_READY } from './content-request';

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type CollectResponse = z.infer<typeof collectResponseSchema>;
export type FillResponse = z.infer<typeof fillResponseSchema>;
export type PanelNotice = z.infer<typeof panelNoticeSchema>;

/**
 * The tab a panel opened in a tab works on (`sidepanel.html?tabId=12`): the e2e build opens the
 * panel like that because Firefox's sidebar is out of WebDriver's reach. Null for the real panel,
 * which follows the active tab.
 */
export function boundTabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}
