// The reader's indexes in the extension's IndexedDB: a catalog of the indexes (each imported one with its
// runtime form's header, and whether it is in use), their candidate tables, and their entries' chunks. It
// can hold far more than extension storage allows, and needs no extra permission.

import type { FormFile, FormHeader, FormSink, FormStorage, Section } from '../compact/form';
import { database, done, result } from './idb';

const DB_NAME = 'whosaid-indexes';
const DB_VERSION = 1;

/** An index the reader has, as the catalog lists it. */
export interface CatalogEntry {
  id: string;
  /** The file it was imported from. */
  name: string;
  /** When it was imported. */
  addedAt: string;
  /** Pages are matched against it. */
  enabled: boolean;
  /** The runtime form's header; null for the bundled index, whose form ships with the extension. */
  header: FormHeader | null;
}

/** The bundled index's catalog entry holds only whether it is in use. */
export const BUNDLED_ID = 'bundled';

const db = database(DB_NAME, DB_VERSION, (d) => {
  d.createObjectStore('catalog', { keyPath: 'id' });
  d.createObjectStore('tables');
  d.createObjectStore('chunks');
});

const chunkKey = (id: string, section: Section, n: number) => [id, section, n];
const fileKey = (id: string, name: FormFile) => [id, name];

export const indexStore = {
  async catalog(): Promise<CatalogEntry[]> {
    const tx = (await db()).transaction('catalog');
    const entries = await result<CatalogEntry[]>(tx.objectStore('catalog').getAll());
    return entries.sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : 0));
  },

  async get(id: string): Promise<CatalogEntry | undefined> {
    return result<CatalogEntry | undefined>((await db()).transaction('catalog').objectStore('catalog').get(id));
  },

  /** Lists an index whose table and chunks are stored (the last step of an import). */
  async add(entry: CatalogEntry): Promise<void> {
    const tx = (await db()).transaction('catalog', 'readwrite');
    tx.objectStore('catalog').put(entry);
    await done(tx);
  },

  async setEnabled(id: string, enabled: boolean): Promise<void> {
    const tx = (await db()).transaction('catalog', 'readwrite');
    const store = tx.objectStore('catalog');
    const entry = await result<CatalogEntry | undefined>(store.get(id));
    store.put(
      entry ? { ...entry, enabled } : { id, name: id, addedAt: new Date(0).toISOString(), enabled, header: null },
    );
    await done(tx);
  },

  /** Removes an index: its catalog entry, table and chunks (also what a failed import left). */
  async remove(id: string): Promise<void> {
    const tx = (await db()).transaction(['catalog', 'tables', 'chunks'], 'readwrite');
    tx.objectStore('catalog').delete(id);
    tx.objectStore('tables').delete(IDBKeyRange.bound([id], [id, []]));
    tx.objectStore('chunks').delete(IDBKeyRange.bound([id], [id, []]));
    await done(tx);
  },

  /** Stores the form's files besides its chunks: its tables and words. */
  async putFiles(id: string, files: Record<FormFile, Uint8Array>): Promise<void> {
    const tx = (await db()).transaction('tables', 'readwrite');
    for (const [name, bytes] of Object.entries(files) as [FormFile, Uint8Array][])
      tx.objectStore('tables').put(bytes.slice().buffer, fileKey(id, name));
    await done(tx);
  },

  /** Where an import puts an index's chunks, a batch of chunks to a transaction. */
  sink(id: string): FormSink & { flush(): Promise<void> } {
    let batch: [IDBValidKey, ArrayBuffer][] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const tx = (await db()).transaction('chunks', 'readwrite');
      const store = tx.objectStore('chunks');
      for (const [key, value] of batch) store.put(value, key);
      batch = [];
      await done(tx);
    };
    return {
      async chunk(section, n, bytes) {
        batch.push([chunkKey(id, section, n), bytes.slice().buffer]);
        if (batch.length >= 64) await flush();
      },
      flush,
    };
  },

  /**
   * A copy of one of the bundled form's files, kept to be read fast (an extension reads its own large files
   * slower than its storage); `tag` tells which build of the bundled index it copies.
   */
  async copyOf(name: FormFile, tag: string): Promise<ArrayBuffer | undefined> {
    const tx = (await db()).transaction('tables');
    const copy = await result<{ tag: string; bytes: ArrayBuffer } | undefined>(
      tx.objectStore('tables').get(fileKey(BUNDLED_ID, name)),
    );
    return copy?.tag === tag ? copy.bytes : undefined;
  },

  async keepCopy(name: FormFile, tag: string, bytes: ArrayBuffer): Promise<void> {
    const tx = (await db()).transaction('tables', 'readwrite');
    tx.objectStore('tables').put({ tag, bytes }, fileKey(BUNDLED_ID, name));
    await done(tx);
  },

  /** The stored pieces of an index's runtime form. */
  storage(id: string): FormStorage {
    return {
      async file(name) {
        const bytes = await result<ArrayBuffer | undefined>(
          (await db()).transaction('tables').objectStore('tables').get(fileKey(id, name)),
        );
        if (!bytes) throw new Error(`its ${name} is missing from storage`);
        return bytes;
      },
      async chunk(section, n) {
        const bytes = await result<ArrayBuffer | undefined>(
          (await db())
            .transaction('chunks')
            .objectStore('chunks')
            .get(chunkKey(id, section, n)),
        );
        if (!bytes) throw new Error(`its ${section} chunk ${n} is missing from storage`);
        return new Uint8Array(bytes);
      },
    };
  },
};
