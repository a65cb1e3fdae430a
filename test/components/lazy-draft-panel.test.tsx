// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { LazyDraftPanel } from '../../components/draft-panel/lazy-draft-panel';
import { createMemoryStorage } from '../../lib/storage/storage-area';
import { mount, settle, unmount } from './render-panel';

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) await unmount(container);
});

it('says it is loading, then shows the drafting panel', async () => {
  container = await mount(<LazyDraftPanel area={createMemoryStorage()} />);
  for (let i = 0; i < 50 && !container.querySelector('[role="tablist"]'); i++) await settle(20);
  expect(container.querySelector('[role="tablist"]')).not.toBeNull();
  expect(container.textContent).not.toContain('Chargement du panneau');
});
