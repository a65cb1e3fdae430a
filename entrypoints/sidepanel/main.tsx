import { render } from 'preact';
import { App } from './App';
import { createPageSession } from './page-session';
import { boundTabIdFromSearch } from '../../lib/messaging/protocol';
import './style.css';

const session = createPageSession(boundTabIdFromSearch(location.search));
const root = document.getElementById('app');
if (root) render(<App session={session} />, root);
void session.refresh();
