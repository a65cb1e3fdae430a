// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../lib/draft/rules-loader';
import axe from 'axe-core';
import { DraftPanel } from '../../components/draft-panel/draft-panel';
import { createMemoryStorage } from '../../lib/storage/storage-area';
import { byButton, byLabel, click, mount, settle, type, unmount } from './render-panel';

// Layout-dependent rules need a real browser (the e2e run checks them in Chromium):
// happy-dom computes no colours nor boxes.
const layoutRules = { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } };

async function violations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: layoutRules, resultTypes: ['violations'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  await loadRules(); // a returned function would be taken for a teardown
});
let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) await unmount(container);
  container = null;
});

describe('accessibility (axe-core)', () => {
  it('reports no violation on any tab, with findings, input errors and a roster shown', async () => {
    document.documentElement.lang = 'fr';
    // The shell (entrypoints/sidepanel/App.tsx) puts the panel inside its <main>.
    container = await mount(<main><DraftPanel area={createMemoryStorage()} saveDelayMs={20} draftOptions={{ today: () => '2025-06-30' }} /></main>);
    const c = container;
    await type(byLabel(c, 'Date de la séance'), '31/02/2024');
    await click(byButton(c, /^Présence/));
    await type(byLabel(c, 'Membres en exercice'), '18');
    await type(byLabel(c, 'Présents'), '9');
    await type(byLabel(c, 'Coller une liste (un nom par ligne, ou « nom ; fonction »)'), 'DURAND Anne;Maire\nMARTIN Paul');
    await click(byButton(c, 'Ajouter ces élus'));
    const found: string[] = [];
    for (const tab of ['Séance', 'Présence', 'Vote', 'Acte', 'Convention', 'Textes']) {
      await click(byButton(c, new RegExp(`^${tab}`)));
      if (tab === 'Convention') await click(byButton(c, 'Ajouter une école'));
      if (tab === 'Textes') for (let i = 0; i < 50 && !c.querySelector('.deliberation-preview'); i++) await settle(20);
      found.push(...(await violations(c)).map((v) => `${tab} → ${v}`));
    }
    await click(byButton(c, 'Effacer mes données'));
    found.push(...(await violations(c)).map((v) => `confirmation → ${v}`));
    expect(found).toEqual([]);
  });
});
