/**
 * The few storage operations Paraphe needs, so lib stays free of browser APIs: the panel passes
 * `browser.storage.local` (components/storage/), tests an in-memory area.
 */
export interface StorageArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Keys Paraphe writes; "Effacer mes données" removes exactly these. */
export const storageKeys = {
  drafts: 'paraphe.drafts',
  roster: 'paraphe.roster',
} as const;

/** An in-memory area that copies values in and out, as the real storage serialises them. */
export function createMemoryStorage(initial: Record<string, unknown> = {}): StorageArea & { dump(): Record<string, unknown> } {
  const data = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    async get(key) {
      const text = data.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    async set(key, value) {
      data.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      for (const key of keys) data.delete(key);
    },
    dump() {
      return Object.fromEntries([...data].map(([k, v]) => [k, JSON.parse(v)]));
    },
  };
}
