// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../lib/draft/rules-loader';
import { DraftPanel } from '../../components/draft-panel/draft-panel';
import { createMemoryStorage, storageKeys } from '../../lib/storage/storage-area';
import { byButton, byLabel, click, describedBy, mount, settle, type, unmount } from './render-panel';

const today = () => '2025-06-30';
beforeAll(async () => {
  await loadRules(); // a returned function would be taken for a teardown
});
let mounted: HTMLElement[] = [];
async function panel(area = createMemoryStorage()) {
  const container = await mount(<DraftPanel area={area} saveDelayMs={20} draftOptions={{ today }} />);
  mounted.push(container);
  return container;
}
afterEach(async () => {
  for (const c of mounted) await unmount(c);
  mounted = [];
});

describe('live checks in the form', () => {
  it('shows the quorum error next to "Présents" as soon as it is one short, and removes it when fixed', async () => {
    const c = await panel();
    await click(byButton(c, /^Présence/));
    await type(byLabel(c, 'Membres en exercice'), '18');
    const present = byLabel(c, 'Présents');
    await type(present, '9');
    expect(present.getAttribute('aria-invalid')).toBe('true');
    const messages = describedBy(c, present);
    const quorum = messages.find((m) => m.dataset.rule === 'quorum');
    expect(quorum?.textContent).toMatch(/Erreur/);
    expect(quorum?.textContent).toMatch(/L2121-17/);
    // and in the list, grouped under errors, with what would be enough
    expect(c.querySelector('.findings-group-error [data-rule="quorum"]')).not.toBeNull();
    expect(c.querySelector('.derived-hints')?.textContent).toContain('Quorum : au moins 10 présents sur 18 en exercice');

    await type(present, '10');
    expect(present.getAttribute('aria-invalid')).toBeNull();
    expect(describedBy(c, present).some((m) => m.dataset.rule === 'quorum')).toBe(false);
  });

  it('keeps letters typed in a count and says what to type, in French', async () => {
    const c = await panel();
    await click(byButton(c, /^Vote/));
    const against = byLabel(c, 'Contre');
    await type(against, 'zéro');
    expect(against.value).toBe('zéro');
    expect(against.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(c, against).map((m) => m.textContent).join(' ')).toMatch(/nombre entier, en chiffres/);
  });

  it('refuses 31/02/2024 without losing it', async () => {
    const c = await panel();
    const date = byLabel(c, 'Date de la séance');
    await type(date, '31/02/2024');
    expect(date.value).toBe('31/02/2024');
    expect(describedBy(c, date).map((m) => m.textContent).join(' ')).toMatch(/n'existe pas/);
  });

  it('takes the secretary from a finding in the list to its field, switching tab', async () => {
    const c = await panel();
    await click(byButton(c, /^Présence/));
    await type(byLabel(c, 'Membres en exercice'), '18');
    await type(byLabel(c, 'Présents'), '3');
    await click(byButton(c, /^Séance/));
    expect(c.querySelector('#draft-attendance-present')).toBeNull();
    await click(byButton(c, 'Aller au champ « Présents »'));
    await settle(20);
    expect(c.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toMatch(/^Présence/);
    expect(document.activeElement?.id).toBe('draft-attendance-present');
  });

  it('labels every field the brief names', async () => {
    const c = await panel();
    const labels = new Set<string>();
    for (const tab of ['Séance', 'Présence', 'Vote', 'Acte', 'Convention']) {
      await click(byButton(c, new RegExp(`^${tab}`)));
      for (const label of c.querySelectorAll('label')) {
        labels.add(label.textContent?.trim() ?? '');
        byLabel(c, label.textContent?.trim() ?? ''); // every label points at a control
      }
    }
    for (const name of ['Membres en exercice', 'Présents', 'Représentés', 'Votants', 'Pour', 'Contre', 'Abstentions',
      'Date de la séance', 'Date de convocation', 'Date de fin de la convention', 'Tarif par école', "Nombre d'écoles", 'Montant total']) {
      expect(labels, name).toContain(name);
    }
  });
});

describe('the @CTES number', () => {
  it('offers the deliberation number cleaned for the portals, and the rule then passes', async () => {
    const c = await panel();
    await click(byButton(c, /^Acte/));
    await type(byLabel(c, 'Numéro @CTES'), '2024/36');
    const number = byLabel(c, 'Numéro @CTES');
    expect(describedBy(c, number).some((m) => m.dataset.rule === 'actes-number-format')).toBe(true);
    await type(byLabel(c, 'Numéro de la délibération'), '2024/36');
    await click(byButton(c, 'Utiliser « 202436 » comme numéro @CTES'));
    expect(byLabel(c, 'Numéro @CTES').value).toBe('202436');
    expect(describedBy(c, byLabel(c, 'Numéro @CTES')).some((m) => m.dataset.rule === 'actes-number-format')).toBe(false);
    expect(c.querySelector('.actes-number-suggestion')).toBeNull();
  });
});

describe('drafts are kept', () => {
  it('autosaves and finds the draft again after the panel is closed and reopened', async () => {
    const area = createMemoryStorage();
    const c = await panel(area);
    await click(byButton(c, /^Acte/));
    await type(byLabel(c, 'Objet'), 'Adhésion à l’ENT-École');
    await settle(60);
    expect(JSON.stringify(area.dump()[storageKeys.drafts])).toContain('Adhésion à l’ENT-École');
    await unmount(c);
    mounted = mounted.filter((m) => m !== c);

    const again = await panel(area);
    await settle(10);
    await click(byButton(again, /^Acte/));
    expect(byLabel(again, 'Objet').value).toBe('Adhésion à l’ENT-École');
    expect(again.querySelector('.drafts-list')?.textContent).toContain('Adhésion à l’ENT-École');
  });

  it('lists several drafts, reopens one and deletes one after confirmation', async () => {
    const c = await panel();
    await click(byButton(c, /^Acte/));
    await type(byLabel(c, 'Objet'), 'Premier acte');
    await click(byButton(c, 'Nouveau brouillon'));
    await click(byButton(c, /^Acte/));
    expect(byLabel(c, 'Objet').value).toBe('');
    await type(byLabel(c, 'Objet'), 'Second acte');
    expect(c.querySelectorAll('.drafts-item')).toHaveLength(2);
    await click(byButton(c, 'Ouvrir « Premier acte »'));
    await settle();
    await click(byButton(c, /^Acte/));
    expect(byLabel(c, 'Objet').value).toBe('Premier acte');

    await click(byButton(c, 'Supprimer « Second acte »'));
    expect(c.textContent).toContain('Supprimer définitivement le brouillon « Second acte » ?');
    expect(c.querySelectorAll('.drafts-item')).toHaveLength(2);
    await click(byButton(c, 'Confirmer'));
    expect([...c.querySelectorAll('.drafts-title')].map((e) => e.textContent)).toEqual(['Premier acte']);
  });

  it('"Effacer mes données" wipes everything only once confirmed', async () => {
    const area = createMemoryStorage();
    const c = await panel(area);
    await click(byButton(c, /^Acte/));
    await type(byLabel(c, 'Objet'), 'Données à effacer');
    await settle(60);
    await click(byButton(c, 'Effacer mes données'));
    await click(byButton(c, 'Annuler'));
    await settle(60);
    expect(JSON.stringify(area.dump())).toContain('Données à effacer');
    await click(byButton(c, 'Effacer mes données'));
    await click(byButton(c, 'Confirmer'));
    await settle(60);
    expect(JSON.stringify(area.dump())).not.toContain('Données à effacer');
    expect(c.textContent).toContain('Toutes vos données ont été effacées.');
  });

  it('reports a damaged stored draft in French instead of dropping it', async () => {
    const area = createMemoryStorage({ [storageKeys.drafts]: { version: 2, drafts: [{ id: 'x' }] } });
    const c = await panel(area);
    expect(c.querySelector('[role="alert"]')?.textContent).toMatch(/illisible.*mis de côté, pas effacé/);
    await settle(60);
    expect((area.dump()[storageKeys.drafts] as { quarantine: unknown[] }).quarantine).toEqual([{ id: 'x' }]);
  });
});

describe('roster', () => {
  it('fills the attendance counts from a pasted list and a proxy', async () => {
    const c = await panel();
    await click(byButton(c, /^Présence/));
    await type(byLabel(c, 'Coller une liste (un nom par ligne, ou « nom ; fonction »)'), 'DURAND Anne;Maire\nMARTIN Paul\nROUX Léa');
    await click(byButton(c, 'Ajouter ces élus'));
    expect(byLabel(c, 'Membres en exercice').value).toBe('3');
    const status = c.querySelector<HTMLSelectElement>('select[id$="-status"]:not([id$="holder"])')!;
    const roux = [...c.querySelectorAll<HTMLSelectElement>('select')].find((s) => s.id.includes('roux'))!;
    expect(status).not.toBeNull();
    await (await import('preact/test-utils')).act(() => {
      roux.value = 'proxy';
      roux.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byLabel(c, 'Présents').value).toBe('2');
    expect(byLabel(c, 'Représentés').value).toBe('1');
    expect(byLabel(c, 'Votants').value).toBe('3');
    expect(c.textContent).toContain('calculé depuis la liste des élus');

    const name = byLabel(c, 'Nom de l’élu MARTIN Paul');
    await (await import('preact/test-utils')).act(() => {
      name.value = 'MARTIN Paul-Henri';
      name.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(byLabel(c, 'Nom de l’élu MARTIN Paul-Henri').value).toBe('MARTIN Paul-Henri');
    expect(byLabel(c, 'Présents').value).toBe('2');
  });
});
