/**
 * Where the panel keeps drafts: `browser.storage.local` (survives the panel closing, never
 * synced), or the panel page's own localStorage when the manifest lacks the "storage"
 * permission — both stay on this computer.
 */
import { browser } from 'wxt/browser';
import type { StorageArea } from '../../lib/storage/storage-area';

interface ExtensionStorageLocal {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

function extensionArea(local: ExtensionStorageLocal): StorageArea {
  return {
    async get(key) {
      const found = await local.get(key);
      return found[key];
    },
    async set(key, value) {
      await local.set({ [key]: value });
    },
    async remove(keys) {
      await local.remove(keys);
    },
  };
}

function pageArea(store: Storage): StorageArea {
  return {
    async get(key) {
      const text = store.getItem(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        // lib/storage reports it and keeps it aside: hand over the text as found
        return text;
      }
    },
    async set(key, value) {
      store.setItem(key, JSON.stringify(value));
    },
    async remove(keys) {
      for (const key of keys) store.removeItem(key);
    },
  };
}

export function panelStorageArea(): StorageArea {
  const local = (browser as { storage?: { local?: ExtensionStorageLocal } } | undefined)?.storage?.local;
  return local ? extensionArea(local) : pageArea(globalThis.localStorage);
}
