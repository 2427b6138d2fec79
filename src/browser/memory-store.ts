// The reading memory (src/index/memory.ts) in the extension's IndexedDB, database `whosaid-memory`: the
// articles read (by number, with their address, site and time read indexed), the entries by number, each
// entry's table keys apart, the memory's counts and its candidate table as last built (a waking worker reads
// it, and the keys of the entries written since; the entries only when a match needs them). A commit is one
// transaction.

import type { MemoryArticle, MemoryBackend, MemoryEntry, MemoryState, StoredTable } from '../index/memory';
import { database, done, result } from './idb';

const DB_NAME = 'whosaid-memory';
const DB_VERSION = 1;
const STORES = ['articles', 'entries', 'keys', 'meta'] as const;

const db = database(DB_NAME, DB_VERSION, (d) => {
  const articles = d.createObjectStore('articles', { keyPath: 'n' });
  articles.createIndex('url', 'url', { unique: true });
  articles.createIndex('host', 'host');
  articles.createIndex('readAt', 'readAt');
  d.createObjectStore('entries');
  d.createObjectStore('keys');
  d.createObjectStore('meta');
});

async function store(name: (typeof STORES)[number]): Promise<IDBObjectStore> {
  return (await db()).transaction(name).objectStore(name);
}

export const memoryStore: MemoryBackend = {
  async state() {
    return result<MemoryState | undefined>((await store('meta')).get('state'));
  },

  async table() {
    return result<StoredTable | undefined>((await store('meta')).get('table'));
  },

  async keysOf(ns) {
    const s = await store('keys');
    const read = await Promise.all(ns.map((n) => result<ArrayBuffer | undefined>(s.get(n))));
    return read.map((b) => (b ? new Uint32Array(b) : undefined));
  },

  async allKeys() {
    const s = await store('keys');
    const [keys, values] = await Promise.all([result<number[]>(s.getAllKeys()), result<ArrayBuffer[]>(s.getAll())]);
    return keys.map((n, i): [number, Uint32Array] => [n, new Uint32Array(values[i]!)]);
  },

  async entries(ns) {
    const s = await store('entries');
    return Promise.all(ns.map((n) => result<MemoryEntry | undefined>(s.get(n))));
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
    const entries = tx.objectStore('entries');
    const keys = tx.objectStore('keys');
    for (const n of c.deleteArticles) articles.delete(n);
    for (const a of c.articles) articles.put(a);
    for (const n of c.deleteEntries) {
      entries.delete(n);
      keys.delete(n);
    }
    for (const [n, e] of c.entries) entries.put(e, n);
    for (const [n, k] of c.keys) keys.put(k.slice().buffer, n);
    tx.objectStore('meta').put(c.state, 'state');
    if (c.table) tx.objectStore('meta').put(c.table, 'table');
    await done(tx);
  },

  async clear() {
    const tx = (await db()).transaction(STORES, 'readwrite');
    for (const name of STORES) tx.objectStore(name).clear();
    await done(tx);
  },
};
