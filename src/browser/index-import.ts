// Importing an index file into the reader's storage: read as a stream, every entry checked, its runtime
// form built as it is read and stored under a new id; listed in the catalog only once whole, so a failure
// or a cancel leaves the indexes in use as they were (and what was stored of the new one is removed).

import { FORM_FORMAT, FORM_VERSION, type FormHeader, RecordReader } from '../compact/form';
import { compileIndex, FormCompiler, indexOf } from '../index/runtime';
import { INDEX_FORMAT } from '../index/schema';
import { type ReadOptions, readIndexStream } from '../index/stream';
import { type CatalogEntry, indexStore } from './index-store';

export interface ImportOptions extends ReadOptions {
  /** Called once the import has an id, before anything is stored under it. */
  onStart?: (id: string) => void;
}

const newId = () => `imported-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Imports an index file (given as a way to open its stream); throws with the reason when it is refused. */
export async function importIndex(
  open: () => ReadableStream<Uint8Array>,
  name: string,
  options: ImportOptions = {},
): Promise<CatalogEntry> {
  const id = newId();
  options.onStart?.(id);
  const sink = indexStore.sink(id);
  try {
    const compiler = new FormCompiler(sink);
    const summary = await readIndexStream(
      open,
      (part, entry) => {
        if (part === 'documents') return compiler.addDocument(entry as never);
        if (part === 'speakers') return compiler.addSpeaker(entry as never);
        if (part === 'quotes') return compiler.addQuote(entry as never);
        return compiler.addParaphrase(entry as never);
      },
      options,
    );
    if (summary.counts.quotes === 0 && summary.counts.paraphrases === 0)
      throw new Error('it holds no quotation and no reported speech');
    const { header, files } = await compiler.finish(summary.builtAt);
    await sink.flush();
    await indexStore.putFiles(id, header, files);
    const entry: CatalogEntry = { id, name, addedAt: new Date().toISOString(), enabled: true, header };
    await indexStore.add(entry);
    return entry;
  } catch (e) {
    await indexStore.remove(id).catch(() => {});
    throw e;
  }
}

/** Imports an index held as text (an index file read whole, or one kept by an older Whosaid). */
export function importIndexText(text: string, name: string): Promise<CatalogEntry> {
  const bytes = new TextEncoder().encode(text);
  const open = () =>
    new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 1 << 16) c.enqueue(bytes.subarray(i, i + (1 << 16)));
        c.close();
      },
    });
  return importIndex(open, name);
}

/**
 * A stored index whose runtime form is of another version, rebuilt from the entries it stores (the index
 * file's JSON, entry by entry) under a new id, and listed in place of the old one.
 */
export async function rebuildStored(entry: CatalogEntry): Promise<CatalogEntry> {
  const old = entry.header as FormHeader;
  const index = await indexOf(new RecordReader(old, indexStore.storage(entry.id)));
  const id = newId();
  const sink = indexStore.sink(id);
  try {
    const { header, files } = await compileIndex(index, sink);
    await sink.flush();
    await indexStore.putFiles(id, header, files);
    const rebuilt: CatalogEntry = { ...entry, id, header };
    await indexStore.add(rebuilt);
    await indexStore.remove(entry.id);
    return rebuilt;
  } catch (e) {
    await indexStore.remove(id).catch(() => {});
    throw e;
  }
}

/**
 * Whether a stored form is to be rebuilt: one of ours, of an older version (its records are index entries
 * in every version; a newer one is read by a newer Whosaid only).
 */
export function canRebuild(header: FormHeader | null): boolean {
  return header !== null && header.format === FORM_FORMAT && header.version < FORM_VERSION;
}

/**
 * A stored form brought to this version: form 2 differs only in keeping its table whole, which is paged in
 * place (seconds for a million quotations, where a rebuild takes minutes); older ones are rebuilt.
 */
export async function upgradeStored(entry: CatalogEntry): Promise<CatalogEntry> {
  const old = entry.header as FormHeader;
  if (old.version !== 2) return rebuildStored(entry);
  const table = await indexStore.pageTable(entry.id, old.table);
  // The table's file packs its pages behind a count and their ends.
  const bytes = old.bytes + 4 * (table.buckets / table.pageBuckets + 1);
  const upgraded: CatalogEntry = { ...entry, header: { ...old, version: FORM_VERSION, table, bytes } };
  await indexStore.add(upgraded);
  return upgraded;
}

/** Where Whosaid 0.1 kept the one index the reader imported: the index file's text, in idb-keyval's store. */
const LEGACY = { db: 'keyval-store', store: 'keyval', key: 'imported-index' };

/**
 * The index an older Whosaid kept as JSON text, imported into the catalog once (then its old store is
 * deleted); undefined when there is none. A text that no longer validates is dropped, saying why.
 */
export async function migrateLegacyImport(): Promise<{ entry?: CatalogEntry; problem?: string } | undefined> {
  const names = await indexedDB.databases?.().catch(() => []);
  if (!names?.some((d) => d.name === LEGACY.db)) return undefined;
  const legacy = await new Promise<{ text: string; fileName: string } | undefined>((resolve, reject) => {
    const request = indexedDB.open(LEGACY.db);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const d = request.result;
      if (!d.objectStoreNames.contains(LEGACY.store)) {
        d.close();
        return resolve(undefined);
      }
      const get = d.transaction(LEGACY.store).objectStore(LEGACY.store).get(LEGACY.key);
      get.onsuccess = () => {
        d.close();
        resolve(get.result);
      };
      get.onerror = () => reject(get.error);
    };
  });
  let outcome: { entry?: CatalogEntry; problem?: string } | undefined;
  if (legacy && typeof legacy.text === 'string' && legacy.text.includes(INDEX_FORMAT)) {
    outcome = await importIndexText(legacy.text, legacy.fileName).then(
      (entry) => ({ entry }),
      (e) => ({ problem: `${legacy.fileName}: ${(e as Error).message}` }),
    );
  }
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(LEGACY.db);
    request.onsuccess = request.onerror = request.onblocked = resolve;
  });
  return outcome;
}
