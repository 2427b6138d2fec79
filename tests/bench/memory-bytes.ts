// What the reading memory stores a quotation in, on real news text: `npm run bench:memory-bytes -- DIR…`
// (folders or .txt files of articles, e.g. /work/data/polnear/data/dev/text). Each article is remembered as
// a page would send it, into the memory over an in-process IndexedDB (fake-indexeddb); then every stored
// record is measured as Chromium's IndexedDB keeps a value, in V8's serialization (what the browser's
// storage adds on disk, its log and compaction, is `npm run bench:memory`'s to measure), by store.

import 'fake-indexeddb/auto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serialize } from 'node:v8';
import { memoryStore } from '../../src/browser/memory-store';
import { occurrencesOf } from '../../src/index/build';
import { ReadingMemory } from '../../src/index/memory';

const files = process.argv.slice(2).flatMap((p) =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(p, f))
    : [p],
);
if (files.length === 0) {
  console.error('usage: npm run bench:memory-bytes -- DIR|FILE.txt…');
  process.exit(1);
}

const memory = await ReadingMemory.open(memoryStore);
for (const [k, file] of files.entries()) {
  const { quotes, reports } = occurrencesOf({ text: readFileSync(file, 'utf8') }, 0);
  const host = `site${k % 7}.example`;
  await memory.remember(
    {
      url: `https://${host}/${k}`,
      host,
      publication: `Outlet ${k % 7}`,
      headline: file,
      author: null,
      date: '2016-10-12',
      language: 'en',
      readAt: new Date(Date.UTC(2026, 0, 1, 0, 0, k)).toISOString(),
    },
    quotes,
    reports,
    Number.MAX_SAFE_INTEGER,
  );
}

/** Every record of a store, in V8's serialization, in bytes. */
function storeBytes(name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('whosaid-memory');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction(name).objectStore(name).getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        resolve((all.result as unknown[]).reduce<number>((n, v) => n + serialize(v).length, 0));
        open.result.close();
      };
    };
  });
}

const { quotes, articles } = memory.size;
console.log(`${quotes} quotations from ${articles} articles (${files.length} files)`);
let total = 0;
for (const name of ['chunks', 'articles', 'changes', 'meta']) {
  const bytes = await storeBytes(name);
  total += bytes;
  console.log(
    `${name.padEnd(9)} ${(bytes / 1e3).toFixed(1).padStart(9)} kB  ${(bytes / quotes).toFixed(0).padStart(5)} B a quotation`,
  );
}
console.log(
  `${'all'.padEnd(9)} ${(total / 1e3).toFixed(1).padStart(9)} kB  ${(total / quotes).toFixed(0).padStart(5)} B a quotation`,
);
