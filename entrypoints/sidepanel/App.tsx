import { PageStatus } from '../../components/page-status/page-status';
import type { PageSession } from '../../lib/messaging/page-state';
import { LazyDraftPanel } from '../../components/draft-panel/lazy-draft-panel';
import { panelStorageArea } from '../../components/storage/browser-storage-area';

const storageArea = panelStorageArea();

export function App({ session }: { session: PageSession }) {
  return (
    <div class="paraphe">
      <header class="paraphe-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Paraphe</h1>
      </header>
      <main>
        <PageStatus session={session} />
        {/* ── DRAFT PANEL GOES HERE (panel engineer) ──────────────────────────────────────
            Mount the drafting UI below. It may read session.snapshot (the collected page, null
            when unreadable) and session.recognition, and fill a portal with session.fill(plan). */}
        <LazyDraftPanel area={storageArea} snapshot={session.snapshot} recognition={session.recognition} fill={session.fill} />
      </main>
    </div>
  );
}
