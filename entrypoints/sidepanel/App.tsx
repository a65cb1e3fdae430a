import { PageStatus } from '../../components/page-status/page-status';
import type { PageSession } from '../../lib/messaging/page-state';

export function App({ session }: { session: PageSession }) {
  return (
    <div class="paraphe">
      <header class="paraphe-header">
        <img src="/icon/32.png" alt="" width={24} height={24} />
        <h1>Paraphe</h1>
      </header>
      <PageStatus session={session} />
      {/* DRAFT PANEL GOES HERE (panel engineer): mount the drafting UI below, reading
          session.snapshot (the collected page, null when unreadable) and session.recognition,
          and filling through session.fill(plan). */}
    </div>
  );
}
