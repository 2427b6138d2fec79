// The reader's own index (imported on the options page), kept in the extension's IndexedDB: it can be far
// larger than extension storage allows, and needs no extra permission.

import { del, get, set } from 'idb-keyval';

const KEY = 'imported-index';

export interface StoredIndex {
  /** The index file's text, validated when imported and again whenever it is read. */
  text: string;
  fileName: string;
  importedAt: string;
}

export const importedIndex = {
  get: (): Promise<StoredIndex | undefined> => get<StoredIndex>(KEY),
  set: (value: StoredIndex): Promise<void> => set(KEY, value),
  clear: (): Promise<void> => del(KEY),
};
