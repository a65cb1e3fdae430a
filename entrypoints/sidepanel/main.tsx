import { render } from 'preact';
import { App } from './App';
import { createPageSession } from './page-session';
import { boundTabIdFromSearch } from '../../lib/messaging/protocol';
import './style.css';

const session = createPageSession(boundTabIdFromSearch(location.search));
// E2E build only: scenarios drive the same session the panel uses (e.g. a fill into an iframe).
if (import.meta.env.PARAPHE_E2E === '1') Object.assign(globalThis, { __parapheSession: session });
const root = document.getElementById('app');
if (root) render(<App session={session} />, root);
void session.refresh();
