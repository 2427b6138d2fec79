// The reading memory (src/index/memory.ts) in the extension's IndexedDB, database `whosaid-memory`: the
// articles read (by number, with their address, site and time read indexed), the entries in compressed
// chunks by number, how each entry changed since the tables were built is filed (`changes`), and the
// memory's counts and its tables as last built, the candidate table and the search table apart (a waking
// worker reads the counts, the candidate table and the changes; the search table at the first search, and
// chunks when a match needs them). A commit is one transaction.
//
// Version 1 kept each entry whole, its table keys apart, and each article with its quotations whole: on
// the upgrade, those articles are kept apart (`v1-articles`), and the memory reads them in again (legacy()).

import type {
  FiledEntry,
  LegacyArticle,
  MemoryArticle,
  MemoryBackend,
  MemoryState,
  StoredTables,
} from '../index/memory';
import { database, done, result } from './idb';

const DB_NAME = 'whosaid-memory';
const DB_VERSION = 2;
const STORES = ['articles', 'chunks', 'changes', 'meta'] as const;
const LEGACY = 'v1-articles';

function articleStore(d: IDBDatabase): void {
  const articles = d.createObjectStore('articles', { keyPath: 'n' });
  articles.createIndex('url', 'url', { unique: true });
  articles.createIndex('host', 'host');
  articles.createIndex('readAt', 'readAt');
}

const db = database(DB_NAME, DB_VERSION, (d, old, tx) => {
  if (old === 1) {
    tx.objectStore('articles').name = LEGACY;
    d.deleteObjectStore('entries');
    d.deleteObjectStore('keys');
    tx.objectStore('meta').clear();
  } else d.createObjectStore('meta');
  articleStore(d);
  d.createObjectStore('chunks');
  d.createObjectStore('changes');
});

async function store(name: (typeof STORES)[number]): Promise<IDBObjectStore> {
  return (await db()).transaction(name).objectStore(name);
}

/** An article as version 1 kept it. */
type LegacyRecord = LegacyArticle & { n: number; entries: number[] };

export const memoryStore: MemoryBackend = {
  async state() {
    return result<MemoryState | undefined>((await store('meta')).get('state'));
  },

  async pairs() {
    return result<StoredTables['pairs'] | undefined>((await store('meta')).get('pairs'));
  },

  async search() {
    return result<Pick<StoredTables, 'search' | 'words'> | undefined>((await store('meta')).get('search'));
  },

  async changes() {
    const s = await store('changes');
    const [keys, values] = await Promise.all([
      result<number[]>(s.getAllKeys()),
      result<{ pairs: ArrayBuffer; words: string[] }[]>(s.getAll()),
    ]);
    return keys.map((n, i): [number, FiledEntry] => [
      n,
      { pairs: new Uint32Array(values[i]!.pairs), words: values[i]!.words },
    ]);
  },

  async chunks(ids) {
    const s = await store('chunks');
    const read = await Promise.all(ids.map((id) => result<ArrayBuffer | undefined>(s.get(id))));
    return read.map((b) => (b ? new Uint8Array(b) : undefined));
  },

  async allChunks() {
    const all = await result<ArrayBuffer[]>((await store('chunks')).getAll());
    return all.map((b) => new Uint8Array(b));
  },

  async articles(ns) {
    const s = await store('articles');
    return Promise.all(ns.map((n) => result<MemoryArticle | undefined>(s.get(n))));
  },

  async articleAt(url) {
    return result<MemoryArticle | undefined>((await store('articles')).index('url').get(url));
  },

  async oldest(limit) {
    return result<MemoryArticle[]>((await store('articles')).index('readAt').getAll(null, limit));
  },

  async ofHost(host) {
    return result<MemoryArticle[]>((await store('articles')).index('host').getAll(host));
  },

  async all() {
    return result<MemoryArticle[]>((await store('articles')).getAll());
  },

  async commit(c) {
    const tx = (await db()).transaction(STORES, 'readwrite');
    const articles = tx.objectStore('articles');
    const chunks = tx.objectStore('chunks');
    for (const n of c.deleteArticles) articles.delete(n);
    for (const a of c.articles) articles.put(a);
    for (const id of c.deleteChunks) chunks.delete(id);
    for (const [id, bytes] of c.chunks) chunks.put(bytes.slice().buffer, id);
    const changes = tx.objectStore('changes');
    if (c.tables) changes.clear();
    for (const [n, f] of c.changes) {
      if (f) changes.put({ pairs: f.pairs.slice().buffer, words: f.words }, n);
      else changes.delete(n);
    }
    tx.objectStore('meta').put(c.state, 'state');
    if (c.tables) {
      tx.objectStore('meta').put(c.tables.pairs, 'pairs');
      tx.objectStore('meta').put({ search: c.tables.search, words: c.tables.words }, 'search');
    }
    await done(tx);
  },

  async clear() {
    const d = await db();
    const names = [...STORES, ...(d.objectStoreNames.contains(LEGACY) ? [LEGACY] : [])];
    const tx = d.transaction(names, 'readwrite');
    for (const name of names) tx.objectStore(name).clear();
    await done(tx);
  },

  async legacy() {
    const d = await db();
    if (!d.objectStoreNames.contains(LEGACY)) return [];
    const all = await result<LegacyRecord[]>(d.transaction(LEGACY).objectStore(LEGACY).getAll());
    return all.map(({ n: _, entries: __, ...article }) => article);
  },

  async dropLegacy() {
    const d = await db();
    if (!d.objectStoreNames.contains(LEGACY)) return;
    const tx = d.transaction(LEGACY, 'readwrite');
    tx.objectStore(LEGACY).clear();
    await done(tx);
  },
};
