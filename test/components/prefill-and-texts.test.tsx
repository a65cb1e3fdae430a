// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import { DraftPanel } from '../../components/draft-panel/draft-panel';
import { createMemoryStorage } from '../../lib/storage/storage-area';
import { emptyRecord } from '../../lib/record/empty-record';
import type { ReadResult } from '../../lib/read/read-result';
import type { PageSnapshot } from '../../lib/sites/snapshot';
import { byButton, byLabel, click, mount, settle, type, unmount } from './render-panel';

const page: PageSnapshot = {
  url: 'https://mairie.example.fr/deliberations/2025-12', title: 'Délibération 2025-12', lang: 'fr',
  text: 'Séance du 28 mai 2025. Membres en exercice : 19. Présents : 12.', textTruncated: false,
  fields: [], forms: [], frameCount: 0,
};

function fakeReader(text: string): ReadResult {
  const record = emptyRecord();
  const inOffice = /exercice : (\d+)/.exec(text);
  const present = /Présents : (\d+)/.exec(text);
  record.attendance.inOffice = inOffice ? Number(inOffice[1]) : null;
  record.attendance.present = present ? Number(present[1]) : null;
  record.session.date = '2025-05-28';
  return {
    kinds: ['deliberation'], record, notes: [],
    sources: { 'attendance.present': { start: 48, end: 61, text: 'Présents : 12' } },
  };
}

let containers: HTMLElement[] = [];
const realClipboard = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'clipboard');
function fakeClipboard(clipboard: object): void {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}
afterEach(async () => {
  for (const c of containers) await unmount(c);
  containers = [];
  delete (navigator as { clipboard?: unknown }).clipboard;
  expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(navigator), 'clipboard')).toEqual(realClipboard);
});

describe('pre-fill from the page', () => {
  it('marks values pre-filled with their source until confirmed or edited', async () => {
    const c = await mount(<DraftPanel area={createMemoryStorage()} snapshot={signal(page)} reader={fakeReader} saveDelayMs={20} />);
    containers.push(c);
    await click(byButton(c, 'Pré-remplir depuis la page'));
    await settle();
    expect(c.textContent).toContain('3 champ(s) pré-rempli(s) depuis la page');
    expect(byLabel(c, 'Date de la séance').value).toBe('28/05/2025');
    await click(byButton(c, /^Présence/));
    const present = byLabel(c, 'Présents');
    expect(present.value).toBe('12');
    const field = present.closest('.draft-field')!;
    const badge = field.querySelector<HTMLButtonElement>('.provenance-badge')!;
    expect(badge.textContent).toBe('pré-rempli depuis la page');
    expect(badge.title).toContain('Présents : 12');
    const source = field.querySelector<HTMLElement>('.provenance-source')!;
    expect(source.textContent).toBe('Présents : 12');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    await click(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(source.classList).toContain('provenance-source-pinned');

    await click(byButton(c, 'Confirmer la valeur pré-remplie de « Présents »'));
    expect(field.querySelector('.provenance-badge')).toBeNull();
    // Edited values lose the mark too, and a second pre-fill leaves them alone.
    const inOffice = byLabel(c, 'Membres en exercice');
    await type(inOffice, '21');
    expect(inOffice.closest('.draft-field')?.querySelector('.provenance-badge')).toBeNull();
    await click(byButton(c, 'Pré-remplir depuis la page'));
    await settle();
    expect(byLabel(c, 'Membres en exercice').value).toBe('21');
  });

  it('refuses a file that is not a PDF, in French', async () => {
    const c = await mount(<DraftPanel area={createMemoryStorage()} saveDelayMs={20} />);
    containers.push(c);
    const input = byLabel(c, 'Déposez un PDF ici ou choisissez un fichier');
    const file = new File(['bonjour'], 'note.pdf', { type: 'application/pdf' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(20);
    expect(c.querySelector('.prefill-notice')?.textContent).toBe("Ce fichier n'est pas un PDF.");
  });
});

describe('generated texts', () => {
  it('shows the sanitised deliberation and copies it as text and HTML, saying "Copié"', async () => {
    const written: ClipboardItem[][] = [];
    fakeClipboard({ write: vi.fn(async (items: ClipboardItem[]) => void written.push(items)), writeText: vi.fn() });
    const c = await mount(<DraftPanel area={createMemoryStorage()} saveDelayMs={20} />);
    containers.push(c);
    await click(byButton(c, /^Acte/));
    await type(byLabel(c, 'Objet'), 'Tarifs <img src=x onerror=alert(1)> de la cantine');
    await click(byButton(c, /^Textes/));
    for (let i = 0; i < 50 && !c.querySelector('.deliberation-preview'); i++) await settle(20);
    const preview = c.querySelector('.deliberation-preview')!;
    expect(preview.textContent).toContain('Tarifs');
    expect(preview.querySelector('[onerror]')).toBeNull();
    await click(byButton(c, 'Copier tout le texte'));
    await settle();
    expect(written).toHaveLength(1);
    const item = written[0]![0]!;
    expect(item.types).toEqual(expect.arrayContaining(['text/plain', 'text/html']));
    expect(await (await item.getType('text/plain')).text()).toContain('cantine');
    expect(c.textContent).toContain('✓ Copié');
  });

  it('falls back to writeText when the rich copy is refused', async () => {
    const writeText = vi.fn(async () => undefined);
    fakeClipboard({ write: vi.fn(async () => { throw new Error('NotAllowedError'); }), writeText });
    const c = await mount(<DraftPanel area={createMemoryStorage()} saveDelayMs={20} />);
    containers.push(c);
    await click(byButton(c, /^Textes/));
    for (let i = 0; i < 50 && !c.querySelector('.deliberation-preview'); i++) await settle(20);
    await click(byButton(c, 'Copier tout le texte'));
    await settle();
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(c.textContent).toContain('✓ Copié');
  });
});
