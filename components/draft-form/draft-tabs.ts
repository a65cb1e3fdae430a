/** The panel's tabs: the five form screens, then the generated texts. */
import { draftTabs, type DraftTab } from '../../lib/draft/draft-fields';

export type PanelTab = DraftTab | 'textes';
export const panelTabs: readonly PanelTab[] = [...draftTabs, 'textes'];

export const tabId = (tab: PanelTab) => `tab-${tab}`;
export const tabPanelId = (tab: PanelTab) => `panel-${tab}`;
