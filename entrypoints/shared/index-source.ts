// The indexes pages are matched against: the one the extension bundles (its runtime form among the
// extension's files, built at build time) and those the reader imported (in IndexedDB), each opened by
// reading its header and its candidate table only. An index that cannot be opened is left out, saying why.

import { browser, type PublicPath } from 'wxt/browser';
import { canRebuild, migrateLegacyImport, upgradeStored } from '../../src/browser/index-import';
import { BUNDLED_ID, type CatalogEntry, indexStore } from '../../src/browser/index-store';
import { readPack } from '../../src/compact/chunks';
import { type FormHeader, type FormStorage, headerProblem, packStorage } from '../../src/compact/form';
import { RuntimeStore } from '../../src/index/runtime';
import type { IndexSummary } from './messages';

export interface OpenIndex {
  summary: IndexSummary;
  store: RuntimeStore;
}

export interface Indexes {
  /** Every index the reader has, in use or not. */
  summaries: IndexSummary[];
  /** Those in use, opened. */
  open: OpenIndex[];
  /** Why an index could not be used. */
  problems: string[];
}

const bundledFile = async (name: string): Promise<Uint8Array> => {
  const response = await fetch(browser.runtime.getURL(`/index/${name}` as PublicPath));
  if (!response.ok) throw new Error(`the extension has no index file ${name}`);
  return new Uint8Array(await response.arrayBuffer());
};

const bundledHeader = async () => JSON.parse(new TextDecoder().decode(await bundledFile('header.json'))) as FormHeader;

/** Which build of the bundled index a copy is of. */
const tagOf = (header: FormHeader) => `${header.builtAt} ${header.bytes} ${header.table.postings}`;

/**
 * The bundled form's storage: its chunks read from the extension's files, its table's pages, search table
 * and words from a copy in IndexedDB once made (a service worker reads the extension's own large files at a
 * few megabytes a second, its storage many times faster), so that waking up takes as long with a large
 * bundled index as with a small one. The table is copied when the extension is installed (copyBundled), or
 * else by the first query that reads it.
 */
function bundledStorage(header: FormHeader): FormStorage {
  const files = packStorage(bundledFile);
  const tag = tagOf(header);
  let table: Promise<Uint8Array> | undefined;
  return {
    chunk: files.chunk,
    async pages(ns) {
      const copy = await indexStore.copiedPages(ns, tag).catch(() => undefined);
      if (copy) return copy;
      // Until the copy is made: the whole file, read once, copied, then let go of (its pages are copied out).
      if (!table) {
        const reading = bundledFile('table.bin');
        table = reading;
        void reading
          .then((bytes) => indexStore.keepTableCopy(tag, bytes, header.table))
          .catch(() => {})
          .finally(() => {
            table = undefined;
          });
      }
      const bytes = await table;
      return ns.map((n) => readPack(bytes, n).slice());
    },
    async file(name) {
      const copy = await indexStore.copyOf(name, tag).catch(() => undefined);
      if (copy) return copy;
      const bytes = await files.file(name);
      void indexStore.keepCopy(name, tag, bytes).catch(() => {});
      return bytes;
    },
  };
}

const EMPTY_HEADER = {
  builtAt: '',
  bytes: 0,
  counts: { documents: 0, speakers: 0, quotes: 0, paraphrases: 0 },
} as FormHeader;

function summaryOf(entry: CatalogEntry, header: FormHeader, origin: IndexSummary['origin']): IndexSummary {
  return {
    id: entry.id,
    origin,
    name: origin === 'bundled' ? 'Bundled index' : entry.name,
    addedAt: origin === 'bundled' ? null : entry.addedAt,
    builtAt: header.builtAt,
    quotes: header.counts.quotes,
    paraphrases: header.counts.paraphrases,
    speakers: header.counts.speakers,
    documents: header.counts.documents,
    bytes: header.bytes,
    enabled: entry.enabled,
  };
}

/** What installing (or updating) the extension found wrong, told until the worker stops. */
const installProblems: string[] = [];

/**
 * Once the extension is installed or updated, not at each wake-up: an index kept by an older Whosaid, as
 * text, is imported, and the bundled form's table is copied where it is read fast.
 */
export async function onInstall(): Promise<void> {
  const legacy = await migrateLegacyImport().catch((e) => ({ problem: (e as Error).message }));
  if (legacy?.problem) installProblems.push(`${legacy.problem}; that index was dropped`);
  try {
    const header = await bundledHeader();
    if (!headerProblem(header) && !(await indexStore.copiedPages([0], tagOf(header)))) {
      await indexStore.keepTableCopy(tagOf(header), await bundledFile('table.bin'), header.table);
    }
  } catch {
    // The bundled index's own problem is told when it is opened.
  }
}

/** Lists the reader's indexes and opens those in use. */
export async function openIndexes(): Promise<Indexes> {
  const problems: string[] = [...installProblems];
  const catalog = await indexStore.catalog().catch((e) => {
    problems.push(`your imported indexes could not be read: ${(e as Error).message}`);
    return [] as CatalogEntry[];
  });
  const bundled = catalog.find((e) => e.id === BUNDLED_ID) ?? {
    id: BUNDLED_ID,
    name: 'Bundled index',
    addedAt: '',
    enabled: true,
    header: null,
  };
  const entries: { entry: CatalogEntry; origin: IndexSummary['origin'] }[] = [
    { entry: bundled, origin: 'bundled' },
    ...catalog.filter((e) => e.id !== BUNDLED_ID).map((entry) => ({ entry, origin: 'imported' as const })),
  ];
  const opened = await Promise.all(
    entries.map(async ({ entry, origin }) => {
      try {
        let current = entry;
        if (origin === 'imported' && canRebuild(entry.header)) current = await upgradeStored(entry);
        const header = origin === 'bundled' ? await bundledHeader() : current.header;
        const problem = headerProblem(header);
        if (problem || !header) throw new Error(problem ?? 'it has no header');
        const summary = summaryOf(current, header, origin);
        if (!current.enabled) return { summary };
        const storage = origin === 'bundled' ? bundledStorage(header) : indexStore.storage(current.id);
        return { summary, store: await RuntimeStore.open(header, storage) };
      } catch (e) {
        problems.push(`${origin === 'bundled' ? 'the bundled index' : entry.name}: ${(e as Error).message}`);
        // An imported index that cannot be used is still listed, out of use, so that it can be removed.
        if (origin === 'bundled') return null;
        const broken = entry.header && !headerProblem(entry.header) ? entry.header : null;
        return {
          summary: {
            ...(broken
              ? summaryOf(entry, broken, origin)
              : { ...summaryOf(entry, EMPTY_HEADER, origin), builtAt: entry.addedAt }),
            enabled: false,
          },
        };
      }
    }),
  );
  return {
    summaries: opened.flatMap((o) => (o ? [o.summary] : [])),
    open: opened.flatMap((o) => (o?.store ? [{ summary: o.summary, store: o.store }] : [])),
    problems,
  };
}
