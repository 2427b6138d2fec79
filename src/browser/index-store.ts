// The reader's indexes in the extension's IndexedDB: a catalog of the indexes (each imported one with its
// runtime form's header, and whether it is in use), their candidate tables, and their entries' chunks. It
// can hold far more than extension storage allows, and needs no extra permission.

import { readPack } from '../compact/chunks';
import type { FormFile, FormHeader, FormSink, FormStorage, Section } from '../compact/form';
import { type PagedShape, pageCount, readTable, type TableShape, tablePages } from '../compact/table';
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

/** A copy of a piece of the bundled form, and which build of it it copies. */
interface Copy {
  tag: string;
  bytes: ArrayBuffer;
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
const pageKey = (id: string, n: number) => [id, 'table', n];

/** The pages of a candidate table's file (its pages packed), each as its own buffer. */
function pagesOf(table: Uint8Array, pages: number): ArrayBuffer[] {
  return Array.from({ length: pages }, (_, n) => readPack(table, n).slice().buffer as ArrayBuffer);
}

async function get<T>(store: string, key: IDBValidKey): Promise<T | undefined> {
  return result<T | undefined>((await db()).transaction(store).objectStore(store).get(key));
}

/** Records read in one transaction: a query's pages come in one trip to storage, not one each. */
async function getAll<T>(store: string, keys: IDBValidKey[]): Promise<(T | undefined)[]> {
  const from = (await db()).transaction(store).objectStore(store);
  return Promise.all(keys.map((key) => result<T | undefined>(from.get(key))));
}

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

  /** Stores the form's files besides its chunks: its search table and words, and its table's pages. */
  async putFiles(id: string, header: FormHeader, files: Record<FormFile, Uint8Array>): Promise<void> {
    const tx = (await db()).transaction('tables', 'readwrite');
    const store = tx.objectStore('tables');
    store.put(files.search.slice().buffer, fileKey(id, 'search'));
    store.put(files.words.slice().buffer, fileKey(id, 'words'));
    for (const [n, page] of pagesOf(files.table, pageCount(header.table)).entries()) store.put(page, pageKey(id, n));
    await done(tx);
  },

  /**
   * An index stored in runtime form 2 (its table whole, in one record) with its table stored by pages
   * instead, in one transaction; the table's new shape.
   */
  async pageTable(id: string, shape: TableShape): Promise<PagedShape> {
    const tx = (await db()).transaction('tables', 'readwrite');
    const store = tx.objectStore('tables');
    const bytes = await result<ArrayBuffer | undefined>(store.get(fileKey(id, 'table')));
    if (!bytes) throw new Error('its table is missing from storage');
    const table = readTable(bytes, shape);
    if (typeof table === 'string') throw new Error(table);
    const paged = tablePages(table);
    for (const [n, page] of paged.pages.entries()) store.put(page.buffer, pageKey(id, n));
    store.delete(fileKey(id, 'table'));
    await done(tx);
    return paged.shape;
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
  async copyOf(name: Exclude<FormFile, 'table'>, tag: string): Promise<ArrayBuffer | undefined> {
    const copy = await get<Copy>('tables', fileKey(BUNDLED_ID, name));
    return copy?.tag === tag ? copy.bytes : undefined;
  },

  async keepCopy(name: Exclude<FormFile, 'table'>, tag: string, bytes: ArrayBuffer): Promise<void> {
    const tx = (await db()).transaction('tables', 'readwrite');
    tx.objectStore('tables').put({ tag, bytes } satisfies Copy, fileKey(BUNDLED_ID, name));
    await done(tx);
  },

  /** Pages of the bundled form's table, from its copy; undefined unless the copy holds each of them. */
  async copiedPages(ns: number[], tag: string): Promise<Uint8Array[] | undefined> {
    const copies = await getAll<Copy>(
      'tables',
      ns.map((n) => pageKey(BUNDLED_ID, n)),
    );
    if (!copies.every((c) => c?.tag === tag)) return undefined;
    return copies.map((c) => new Uint8Array(c!.bytes));
  },

  /** Copies the bundled form's table (its file: pages packed), page by page, in one transaction. */
  async keepTableCopy(tag: string, table: Uint8Array, shape: PagedShape): Promise<void> {
    const tx = (await db()).transaction('tables', 'readwrite');
    const store = tx.objectStore('tables');
    // Copies of earlier builds go: their pages, and the whole table an older Whosaid copied.
    store.delete(IDBKeyRange.bound([BUNDLED_ID, 'table'], [BUNDLED_ID, 'table', []]));
    for (const [n, bytes] of pagesOf(table, pageCount(shape)).entries())
      store.put({ tag, bytes } satisfies Copy, pageKey(BUNDLED_ID, n));
    await done(tx);
  },

  /** The stored pieces of an index's runtime form. */
  storage(id: string): FormStorage {
    return {
      async file(name) {
        const bytes = await get<ArrayBuffer>('tables', fileKey(id, name));
        if (!bytes) throw new Error(`its ${name} is missing from storage`);
        return bytes;
      },
      async pages(ns) {
        const pages = await getAll<ArrayBuffer>(
          'tables',
          ns.map((n) => pageKey(id, n)),
        );
        return pages.map((bytes, i) => {
          if (!bytes) throw new Error(`its table page ${ns[i]} is missing from storage`);
          return new Uint8Array(bytes);
        });
      },
      async chunk(section, n) {
        const bytes = await get<ArrayBuffer>('chunks', chunkKey(id, section, n));
        if (!bytes) throw new Error(`its ${section} chunk ${n} is missing from storage`);
        return new Uint8Array(bytes);
      },
    };
  },
};
