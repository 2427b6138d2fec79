// The reading memory: the quotations of the news articles a reader read, with their speakers and where they
// were read, kept in the reader's browser as an index the matcher reads beside the others. Articles come in
// one at a time, so it grows entry by entry: a quotation joins the entry of the same words by the index
// build's rule (cluster.ts: speakers that agree, or plainly the same words that two articles give to
// different speakers) or starts one, and an entry is made from its sources as the index build makes one
// (build.ts: each source's speaker, the disagreement the card shows, a vague attribution never over a name).
//
// Stored, an entry is its wordings once and its sources without them (their sentences hold the words:
// only what is around them is kept), in chunks of neighbouring entries compressed together (compact/
// chunks.ts). Only the chunks an article touches are written; the entries it changed are filed again in
// small tables of changes beside the stored tables (the matcher's word pairs, the popup search's words),
// which are built again from every entry once a thousand entries have changed; until then each changed
// entry's keys and words are stored apart. A waking worker reads the stored candidate table as it is and the
// keys and words of the entries changed since, no entry (the search table is read at the first search). Its
// size is bounded, the oldest read going first.

import { packRecords, unpackRecords } from '../compact/chunks';
import {
  hashText,
  queryKeys,
  readTable,
  scoredCandidates,
  shapeOf,
  type Table,
  TableBuilder,
  type TableShape,
  tableBytes,
} from '../compact/table';
import { searchWords } from '../compact/words';
import { foldWords, wordsOf } from '../text/words';
import { assemble, entryOf, type Occurrence, type QuoteOccurrence } from './build';
import { NONE, sameEntry } from './cluster';
import { type EntryStore, wordingKeys } from './entries';
import { resolveIdentities } from './identity';
import { type Found, firstReport } from './runtime';
import type { IndexDocument, IndexQuote, IndexSpeaker, QuoteIndex } from './schema';
import { wordSearch } from './word-search';

/** An article the reader read, as the memory keeps it: its metadata, when it was read, what it quotes. */
export interface MemoryArticle {
  n: number;
  url: string;
  host: string;
  publication: string | null;
  headline: string | null;
  author: string | null;
  /** Date published, YYYY-MM-DD. */
  date: string | null;
  language: string | null;
  /** When the reader first read it (ISO time). */
  readAt: string;
  /** How many of its quotations the memory holds (each a source of one of its entries). */
  quotes: number;
  /**
   * Its reported speech as the extractor read it (`doc` is the article's n), packed as chunks are
   * (compact/chunks.ts): StoredReport[].
   */
  reports: Uint8Array;
  /** The entries its quotations are sources of. */
  entries: number[];
}

/** What the reader read, as the page gives it. */
export type ReadArticle = Omit<MemoryArticle, 'n' | 'quotes' | 'reports' | 'entries'>;

/** An article as a memory of the first stored format kept it: with its quotations whole. */
export type LegacyArticle = ReadArticle & { quotes: QuoteOccurrence[]; reports: Occurrence[] };

/**
 * A source as the memory stores it: the occurrence (its `doc` the article's n, with the article's address)
 * without its words, which are the entry's wording `wording`, and with its sentence as the text before and
 * after those words (whole where it does not print them as they are).
 */
export interface StoredSource extends Omit<QuoteOccurrence, 'text' | 'sentence'> {
  url: string;
  wording: number;
  sentence: [before: string, after: string] | string | null;
}

/** Reported speech as stored: its sentence without its words, as a source's. */
export interface StoredReport extends Omit<Occurrence, 'sentence'> {
  sentence: StoredSource['sentence'];
}

/** A remembered quotation as stored: its wordings, each once, and its sources. */
export interface StoredEntry {
  n: number;
  wordings: string[];
  sources: StoredSource[];
}

/** A remembered quotation as the matcher and the card read it: the index entry and the speakers it names. */
export interface MemoryEntry {
  quote: IndexQuote;
  speakers: IndexSpeaker[];
  /** The address of each source's article, in the order of `quote.sources`. */
  urls: string[];
}

export interface MemoryState {
  nextEntry: number;
  nextArticle: number;
  /** Quotations kept (every source of every entry). */
  quotes: number;
  articles: number;
}

/** An entry changed since the tables were built, as it is filed in them: its keys and its words. */
export interface FiledEntry {
  pairs: Uint32Array;
  words: string[];
}

export interface StoredTable {
  bytes: ArrayBuffer;
  shape: TableShape;
}

/** The tables as stored, built from every entry at some point (the entries changed since are filed apart). */
export interface StoredTables {
  /** The matcher's candidate table. */
  pairs: StoredTable;
  /** The search table, and its words, sorted. */
  search: StoredTable;
  words: string[];
}

/** Changes written together, or not at all. */
export interface MemoryCommit {
  state: MemoryState;
  articles: MemoryArticle[];
  deleteArticles: number[];
  /** Chunks of entries (compact/chunks.ts), by number (chunkOf an entry's n). */
  chunks: [number, Uint8Array][];
  deleteChunks: number[];
  /** How the entries changed are filed (null: an entry deleted). */
  changes: [number, FiledEntry | null][];
  /** Tables built again from every entry, when they were: the changes filed before are dropped. */
  tables?: StoredTables;
}

/** Where the memory is kept (IndexedDB in the extension: src/browser/memory-store.ts). */
export interface MemoryBackend {
  state(): Promise<MemoryState | undefined>;
  /** The stored tables: the matcher's, and the search's with its words. */
  pairs(): Promise<StoredTable | undefined>;
  search(): Promise<Pick<StoredTables, 'search' | 'words'> | undefined>;
  /** The entries changed since the tables were built, as they are filed. */
  changes(): Promise<[number, FiledEntry][]>;
  chunks(ids: number[]): Promise<(Uint8Array | undefined)[]>;
  allChunks(): Promise<Uint8Array[]>;
  articles(ns: number[]): Promise<(MemoryArticle | undefined)[]>;
  articleAt(url: string): Promise<MemoryArticle | undefined>;
  /** The articles read first, at most `limit`. */
  oldest(limit: number): Promise<MemoryArticle[]>;
  ofHost(host: string): Promise<MemoryArticle[]>;
  all(): Promise<MemoryArticle[]>;
  commit(change: MemoryCommit): Promise<void>;
  clear(): Promise<void>;
  /** The articles a memory of an older stored format holds, to be read into this one; then dropped. */
  legacy(): Promise<LegacyArticle[]>;
  dropLegacy(): Promise<void>;
}

/** Where the reader read a quotation before. */
export interface ReadBefore {
  publication: string | null;
  headline: string | null;
  /** Date published, else null. */
  date: string | null;
  readAt: string;
  url: string;
}

const EMPTY_STATE: MemoryState = { nextEntry: 0, nextArticle: 0, quotes: 0, articles: 0 };
/**
 * Entries changed since the stored tables were built, past which they are built again from every entry:
 * the tables of changes, rebuilt at each article, stay small, and so does what a wake-up reads apart.
 */
const REBUILD_AFTER = 1024;
/** Chunks of entries kept read in memory (64 entries each). */
const CACHED_CHUNKS = 32;

/**
 * Entries in a chunk of the memory: more than the runtime form's (compact/chunks.ts), since the memory reads
 * a chunk per entry it adds or finds, not per quotation a query aligns, and 64 compress a sixth better.
 */
const ENTRIES_PER_CHUNK = 64;
const chunkOf = (n: number) => Math.floor(n / ENTRIES_PER_CHUNK);
/** Candidates checked for the entry a new quotation joins. */
const CANDIDATES = 8;

const numberOf = (id: string) => Number(id.slice(1));
const docId = (n: number) => `d${n}`;
/** A remembered entry's speakers are numbered within it: s12_0, s12_1… */
const speakerId = (n: number, k: number) => `s${n}_${k}`;

/** A table built from entries' keys, and the keys of the entries changed since, in a table of their own. */
class Filed {
  readonly changed = new Map<number, number[]>();
  private delta: Table;

  /** `cap`: postings a key may have in the table of changes. */
  constructor(
    private base: Table,
    private readonly cap: number,
    changed: Iterable<[number, number[]]> = [],
  ) {
    for (const [n, k] of changed) this.changed.set(n, k);
    this.delta = this.build();
  }

  get tables(): Table[] {
    return [this.base, this.delta];
  }

  /** Files entries again (keys) or leaves them out (null); the base keeps their postings (matching nothing). */
  update(entries: Iterable<[number, number[] | null]>): void {
    for (const [n, k] of entries) {
      if (k) this.changed.set(n, k);
      else this.changed.delete(n);
    }
    this.delta = this.build();
  }

  /** The base table, read after the changes were filed. */
  rebase(base: Table): void {
    this.base = base;
  }

  reset(base: Table): void {
    this.base = base;
    this.changed.clear();
    this.delta = this.build();
  }

  private build(): Table {
    const builder = new TableBuilder(this.cap);
    for (const [n, k] of this.changed) builder.add(n, k);
    return builder.finish();
  }
}

/** The memory as the matcher and the card read it, and as pages' articles are added and forgotten. */
export class ReadingMemory implements EntryStore {
  private state: MemoryState;
  private readonly pairs: Filed;
  private readonly words: Filed;
  private baseWords: string[] = [];
  /** The stored search table read (at the first search), and how many times the tables were built since. */
  private searchRead: Promise<void> | null = null;
  private rebuilt = 0;
  /** The words of the entries changed since the search table was built. */
  private readonly changedWords = new Map<number, string[]>();
  private vocabulary: string[] | null = null;
  /** Chunks read, by number, each its entries by n (the read longest ago first). */
  private readonly chunks = new Map<number, Map<number, StoredEntry>>();
  /** Entries made from chunks read (the index build's entries). */
  private readonly made = new Map<number, MemoryEntry>();
  private readonly docs = new Map<number, IndexDocument & { readAt: string }>();
  private hidden: string | null = null;
  private writing: Promise<unknown> = Promise.resolve();
  private searchScore = new Float32Array(0);

  private constructor(
    private readonly backend: MemoryBackend,
    state: MemoryState,
    pairs: Table | null,
    changed: [number, FiledEntry][],
  ) {
    this.state = state;
    this.pairs = new Filed(
      pairs ?? emptyTable(),
      Number.MAX_SAFE_INTEGER,
      changed.map(([n, f]): [number, number[]] => [n, [...f.pairs]]),
    );
    this.words = new Filed(
      emptyTable(),
      Number.POSITIVE_INFINITY,
      changed.map(([n, f]): [number, number[]] => [n, f.words.map(hashText)]),
    );
    // Without a stored table, every entry is filed as changed: there is no search table to read.
    if (!pairs) this.searchRead = Promise.resolve();
    for (const [n, f] of changed) this.changedWords.set(n, f.words);
  }

  /**
   * Opens the memory: reads its state and its stored tables in place, and how the entries changed since they
   * were built are filed. A memory without stored tables (or of another scheme) files every entry as
   * changed, read from its chunks, until it has changed enough for its tables to be built. A memory of an
   * older stored format is read into this one.
   */
  static async open(backend: MemoryBackend): Promise<ReadingMemory> {
    const [stored, table, changes] = await Promise.all([backend.state(), backend.pairs(), backend.changes()]);
    const state = { ...EMPTY_STATE, ...stored };
    const pairs = table ? readTable(table.bytes, table.shape) : null;
    let memory: ReadingMemory;
    if (pairs === null || typeof pairs === 'string') {
      const all = (await Promise.all((await backend.allChunks()).map((c) => unpackRecords<StoredEntry>(c)))).flat();
      memory = new ReadingMemory(
        backend,
        state,
        null,
        all.map((e) => [e.n, filedOf(e)]),
      );
    } else memory = new ReadingMemory(backend, state, pairs, changes);
    await memory.migrate(await backend.legacy());
    return memory;
  }

  get table(): Table[] {
    return this.pairs.tables;
  }

  get quoteCount(): number {
    return this.state.nextEntry;
  }

  /** Quotations and articles kept. */
  get size(): { quotes: number; articles: number } {
    return { quotes: this.state.quotes, articles: this.state.articles };
  }

  async loadQuotes(numbers: Iterable<number>): Promise<void> {
    await this.loadChunks([...new Set([...numbers].map(chunkOf))]);
  }

  /** Its entries hold their speakers: loadQuotes read them. */
  async loadSpeakers(): Promise<void> {}

  async loadDocuments(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set([...ids].map(numberOf))].filter((n) => !this.docs.has(n));
    if (wanted.length === 0) return;
    for (const a of await this.backend.articles(wanted)) if (a) this.docs.set(a.n, documentOf(a));
  }

  /**
   * A quote that loadQuotes read. One that was forgotten, or that only the hidden page printed (see
   * `hiding`), has no wordings: it matches nothing; so has one no longer kept read (articles read at the
   * same time as a page is matched read entries too).
   */
  quote(n: number): IndexQuote {
    const e = this.entry(n);
    if (e && !(this.hidden !== null && e.urls.every((u) => u === this.hidden))) return e.quote;
    return { id: `q${n}`, text: '', speaker: null, variants: [], sources: [] };
  }

  speaker(id: string): IndexSpeaker | null {
    const [n, k] = id.slice(1).split('_').map(Number);
    return this.entry(n!)?.speakers[k!] ?? null;
  }

  document(id: string): IndexDocument | null {
    return this.docs.get(numberOf(id)) ?? null;
  }

  /**
   * Runs `work` (synchronous: matching) with the quotations that only the page at `url` printed left out, so
   * that a page read again is not told that the reader read its own words before.
   */
  hiding<T>(url: string | null, work: () => T): T {
    this.hidden = url;
    try {
      return work();
    } finally {
      this.hidden = null;
    }
  }

  /** The earliest-read article other than `url` that printed an entry's words (after loadDocuments). */
  readBefore(entry: { sources: readonly { doc: string }[] }, url: string | null): ReadBefore | null {
    let best: ReadBefore | null = null;
    for (const s of entry.sources) {
      const d = this.docs.get(numberOf(s.doc));
      if (!d?.url || d.url === url) continue;
      if (!best || d.readAt < best.readAt)
        best = { publication: d.publication, headline: d.headline, date: d.date, readAt: d.readAt, url: d.url };
    }
    return best;
  }

  /**
   * The remembered quotations that a search by words or by a speaker's name finds, best first, at most
   * `limit`, each with its speaker and its first report (as the indexes' search gives them).
   */
  async search(query: string, limit: number): Promise<Found[]> {
    this.searchRead ??= this.readSearch();
    await this.searchRead;
    if (this.searchScore.length < this.state.nextEntry)
      this.searchScore = new Float32Array(this.state.nextEntry + 1024);
    this.vocabulary ??= [...new Set([...this.baseWords, ...[...this.changedWords.values()].flat()])].sort();
    const ranked = wordSearch(
      query,
      { tables: this.words.tables, vocabulary: this.vocabulary },
      scoredCandidates(this.pairs.tables, queryKeys(wordsOf(query)), this.searchScore, limit),
      limit,
    );
    await this.loadQuotes(ranked.map(([n]) => n));
    const quotes = ranked.map(([n]) => this.quote(n)).filter((q) => q.sources.length > 0);
    await this.loadDocuments(quotes.flatMap((q) => q.sources.map((s) => s.doc)));
    return quotes.map((entry) => ({
      kind: 'quote',
      entry,
      speaker: entry.speaker ? this.speaker(entry.speaker) : null,
      document: firstReport(entry.sources.map((s) => this.document(s.doc))),
    }));
  }

  /** Reads the stored search table, unless the tables were built again meanwhile. */
  private async readSearch(): Promise<void> {
    const rebuilt = this.rebuilt;
    const stored = await this.backend.search();
    const table = stored ? readTable(stored.search.bytes, stored.search.shape) : null;
    if (this.rebuilt !== rebuilt || table === null || typeof table === 'string') return;
    this.words.rebase(table);
    this.baseWords = stored!.words;
    this.vocabulary = null;
  }

  /** Adds what the reader read on a page (again: only what is new), then forgets the oldest past `limit`. */
  remember(article: ReadArticle, quotes: QuoteOccurrence[], reports: Occurrence[], limit: number): Promise<number> {
    return this.queue(async () => {
      const added = await this.add(article, quotes, reports);
      if (this.state.quotes > limit) await this.evict(limit);
      if (this.pairs.changed.size > REBUILD_AFTER) await this.rebuild();
      return added;
    });
  }

  /** Forgets the articles of a site, or (null) everything. */
  forget(host: string | null): Promise<void> {
    return this.queue(async () => {
      if (host === null) {
        await this.backend.clear();
        this.state = { ...EMPTY_STATE };
        this.pairs.reset(emptyTable());
        this.words.reset(emptyTable());
        this.baseWords = [];
        this.rebuilt++;
        this.searchRead = Promise.resolve();
        this.changedWords.clear();
        this.vocabulary = null;
        this.chunks.clear();
        this.made.clear();
        this.docs.clear();
      } else await this.drop(await this.backend.ofHost(host));
    });
  }

  /** The memory as an index file: the index of its articles, built as `whosaid index` builds one. */
  async exportIndex(builtAt = new Date()): Promise<QuoteIndex> {
    const [articles, chunks] = await Promise.all([this.backend.all(), this.backend.allChunks()]);
    const entries = (await Promise.all(chunks.map((c) => unpackRecords<StoredEntry>(c)))).flat();
    return exportIndex(articles, entries.flatMap(occurrencesOf), builtAt);
  }

  private queue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.then(work);
    this.writing = run.catch(() => {});
    return run;
  }

  /** A memory of an older stored format, read into this one article by article (again, if cut short). */
  private async migrate(legacy: LegacyArticle[]): Promise<void> {
    if (legacy.length === 0) return;
    await this.queue(async () => {
      const byRead = [...legacy].sort((a, b) => (a.readAt < b.readAt ? -1 : a.readAt > b.readAt ? 1 : 0));
      for (const { quotes, reports, ...page } of byRead) await this.add(page, quotes, reports);
      await this.rebuild();
      await this.backend.dropLegacy();
    });
  }

  /** The chunks of entries, read where they are not yet (and kept, the read longest ago going first). */
  private async loadChunks(ids: number[]): Promise<Map<number, Map<number, StoredEntry>>> {
    const out = new Map<number, Map<number, StoredEntry>>();
    const wanted: number[] = [];
    for (const id of ids) {
      const c = this.chunks.get(id);
      if (c) out.set(id, c);
      else wanted.push(id);
    }
    if (wanted.length === 0) return out;
    for (const [id, c] of await readChunks(this.backend, wanted)) {
      out.set(id, c);
      if (!this.chunks.has(id)) this.keep(id, c);
    }
    for (const id of this.chunks.keys()) {
      if (this.chunks.size <= Math.max(CACHED_CHUNKS, ids.length)) break;
      this.unkeep(id);
    }
    return out;
  }

  private keep(id: number, chunk: Map<number, StoredEntry>): void {
    this.unkeep(id);
    this.chunks.set(id, chunk);
  }

  private unkeep(id: number): void {
    for (const n of this.chunks.get(id)?.keys() ?? []) this.made.delete(n);
    this.chunks.delete(id);
  }

  private stored(n: number): StoredEntry | undefined {
    return this.chunks.get(chunkOf(n))?.get(n);
  }

  /** An entry read, made as the index build makes one from its sources. */
  private entry(n: number): MemoryEntry | null {
    const made = this.made.get(n);
    if (made) return made;
    const e = this.stored(n);
    if (!e) return null;
    const { quote, speakers } = entryOf(occurrencesOf(e), `q${n}`, (k) => speakerId(n, k));
    const entry = { quote, speakers, urls: e.sources.map((s) => s.url) };
    this.made.set(n, entry);
    return entry;
  }

  private async add(page: ReadArticle, quotes: QuoteOccurrence[], reports: Occurrence[]): Promise<number> {
    const known = await this.backend.articleAt(page.url);
    const state = { ...this.state };
    const article: MemoryArticle = known
      ? { ...known, entries: [...known.entries] }
      : { ...page, n: state.nextArticle++, quotes: 0, reports: await packRecords([]), entries: [] };
    if (!known) state.articles++;
    // What the article printed when it was read before.
    const before = await this.loadChunks([...new Set(article.entries.map(chunkOf))]);
    const seen = new Set<string>();
    for (const n of article.entries)
      for (const s of before.get(chunkOf(n))?.get(n)?.sources ?? [])
        if (s.doc === article.n) seen.add(`${s.start}:${before.get(chunkOf(n))!.get(n)!.wordings[s.wording]}`);
    const fresh = quotes.filter((q) => !seen.has(`${q.start}:${q.text}`));
    const stored = await unpackRecords<StoredReport>(article.reports);
    const seenReports = new Set(stored.map((r) => `${r.start}:${r.text}`));
    const freshReports = reports.filter((r) => !seenReports.has(`${r.start}:${r.text}`));
    if (fresh.length === 0 && freshReports.length === 0) return 0;

    const written = new Map<number, StoredEntry>();
    for (const occurrence of fresh) {
      const o = { ...occurrence, doc: article.n };
      const entry = (await this.entryFor(o, written)) ?? { n: state.nextEntry++, wordings: [], sources: [] };
      const n = entry.n;
      written.set(n, withSource(entry, o, article.url));
      if (!article.entries.includes(n)) article.entries.push(n);
      article.quotes++;
      state.quotes++;
    }
    if (freshReports.length > 0)
      article.reports = await packRecords([
        ...stored,
        ...freshReports.map(({ sentence, ...r }) => ({ ...r, doc: article.n, sentence: around(sentence, r.text) })),
      ]);
    this.docs.set(article.n, documentOf(article));
    await this.write(state, [article], [], written);
    return fresh.length;
  }

  /** The entry a quotation joins: one of the same words, by the index build's rule. */
  private async entryFor(o: QuoteOccurrence, written: Map<number, StoredEntry>): Promise<StoredEntry | null> {
    const score = new Float32Array(this.state.nextEntry + written.size + 1);
    const found = new Set<number>();
    for (const [n] of scoredCandidates(this.pairs.tables, queryKeys(wordsOf(o.text)), score, CANDIDATES)) found.add(n);
    // What this article added moments ago is not filed yet: it is checked too.
    for (const n of written.keys()) found.add(n);
    const read = await this.loadChunks([...new Set([...found].map(chunkOf))]);
    for (const n of [...found].sort((a, b) => a - b)) {
      const e = written.get(n) ?? read.get(chunkOf(n))?.get(n);
      if (e && joins(e, o)) return e;
    }
    return null;
  }

  /** Forgets the oldest-read articles until at most `limit` quotations are kept. */
  private async evict(limit: number): Promise<void> {
    while (this.state.quotes > limit) {
      const oldest = await this.backend.oldest(16);
      if (oldest.length === 0) return;
      let over = this.state.quotes - limit;
      const going: MemoryArticle[] = [];
      for (const a of oldest) {
        if (over <= 0) break;
        going.push(a);
        over -= a.quotes;
      }
      await this.drop(going);
    }
  }

  /** Forgets articles: their sources leave their entries, and entries left without a source go. */
  private async drop(articles: MemoryArticle[]): Promise<void> {
    if (articles.length === 0) return;
    const state = { ...this.state };
    const docs = new Set(articles.map((a) => a.n));
    const touched = [...new Set(articles.flatMap((a) => a.entries))];
    const read = await this.loadChunks([...new Set(touched.map(chunkOf))]);
    const written = new Map<number, StoredEntry | null>();
    for (const n of touched) {
      const e = read.get(chunkOf(n))?.get(n);
      if (!e) continue;
      const rest = withoutSources(e, docs);
      state.quotes -= e.sources.length - (rest?.sources.length ?? 0);
      written.set(n, rest);
    }
    state.articles -= articles.length;
    for (const a of articles) this.docs.delete(a.n);
    await this.write(
      state,
      [],
      articles.map((a) => a.n),
      written,
    );
  }

  /** Writes entries (null: deleted) with their chunks, and files them again in the tables of changes. */
  private async write(
    state: MemoryState,
    articles: MemoryArticle[],
    deleteArticles: number[],
    written: Map<number, StoredEntry | null>,
  ): Promise<void> {
    const read = await this.loadChunks([...new Set([...written.keys()].map(chunkOf))]);
    const next = new Map<number, Map<number, StoredEntry>>();
    for (const [id, chunk] of read) next.set(id, new Map(chunk));
    for (const [n, e] of written) {
      const chunk = next.get(chunkOf(n)) ?? new Map<number, StoredEntry>();
      if (e) chunk.set(n, e);
      else chunk.delete(n);
      next.set(chunkOf(n), chunk);
    }
    const chunks: [number, Uint8Array][] = [];
    const deleteChunks: number[] = [];
    for (const [id, chunk] of next) {
      if (chunk.size === 0) deleteChunks.push(id);
      else chunks.push([id, await packRecords([...chunk.values()].sort((a, b) => a.n - b.n))]);
    }
    const changes = [...written].map(([n, e]): [number, FiledEntry | null] => [n, e ? filedOf(e) : null]);
    await this.backend.commit({ state, articles, deleteArticles, chunks, deleteChunks, changes });
    this.state = state;
    for (const [id, chunk] of next) this.keep(id, chunk);
    this.file(changes);
  }

  private file(changes: [number, FiledEntry | null][]): void {
    this.pairs.update(changes.map(([n, f]) => [n, f ? [...f.pairs] : null]));
    this.words.update(changes.map(([n, f]) => [n, f ? f.words.map(hashText) : null]));
    for (const [n, f] of changes) {
      if (f) this.changedWords.set(n, f.words);
      else this.changedWords.delete(n);
    }
    this.vocabulary = null;
  }

  /** Builds the tables again from every entry, and stores them. */
  private async rebuild(): Promise<void> {
    const pairs = new TableBuilder();
    const search = new TableBuilder(Number.POSITIVE_INFINITY);
    const vocabulary = new Set<string>();
    for (const chunk of await this.backend.allChunks())
      for (const e of await unpackRecords<StoredEntry>(chunk)) {
        pairs.add(e.n, pairKeys(e));
        const words = entryWords(e);
        for (const w of words) vocabulary.add(w);
        search.add(e.n, words.map(hashText));
      }
    const tables = { pairs: pairs.finish(), search: search.finish(), words: [...vocabulary].sort() };
    const state = this.state;
    const stored = (t: Table): StoredTable => ({ bytes: tableBytes(t).buffer as ArrayBuffer, shape: shapeOf(t) });
    await this.backend.commit({
      state,
      articles: [],
      deleteArticles: [],
      chunks: [],
      deleteChunks: [],
      changes: [],
      tables: { pairs: stored(tables.pairs), search: stored(tables.search), words: tables.words },
    });
    this.pairs.reset(tables.pairs);
    this.words.reset(tables.search);
    this.baseWords = tables.words;
    this.rebuilt++;
    this.searchRead = Promise.resolve();
    this.changedWords.clear();
    this.vocabulary = null;
  }
}

/** Chunks read from storage, each its entries by n (a chunk not stored has none). */
async function readChunks(backend: MemoryBackend, ids: number[]): Promise<Map<number, Map<number, StoredEntry>>> {
  const bytes = await backend.chunks(ids);
  const out = new Map<number, Map<number, StoredEntry>>();
  await Promise.all(
    ids.map(async (id, i) => {
      const b = bytes[i];
      const entries = b ? await unpackRecords<StoredEntry>(b) : [];
      out.set(id, new Map(entries.map((e) => [e.n, e])));
    }),
  );
  return out;
}

function emptyTable(): Table {
  return new TableBuilder().finish();
}

/** An entry's keys in the matcher's table. */
function pairKeys(e: StoredEntry): number[] {
  return [...new Set(wordingKeys(e.wordings))];
}

function filedOf(e: StoredEntry): FiledEntry {
  return { pairs: Uint32Array.from(pairKeys(e)), words: entryWords(e) };
}

/** The words a search finds an entry by: its wordings' and the names its sources give its speakers. */
function entryWords(e: StoredEntry): string[] {
  return searchWords(
    e.wordings,
    e.sources.flatMap((s) => (s.named && s.named.kind !== 'description' ? [s.named.name, ...s.named.aliases] : [])),
  );
}

/** An entry's sources as occurrences (the index build's input). */
function occurrencesOf(e: StoredEntry): QuoteOccurrence[] {
  return e.sources.map(({ url: _, wording, sentence, ...s }) => {
    const text = e.wordings[wording]!;
    return { ...s, text, sentence: whole(sentence, text) };
  });
}

/**
 * Whether a quotation joins an entry, by the index build's rule (cluster.ts): its speaker, as the index build
 * resolves the names of it and the entry's sources together, agrees with the one the entry's sources name
 * (either names nobody, or a description, which fits anyone), or it is plainly the same words as one of the
 * entry's wordings, printed by another article that names someone else.
 */
function joins(e: StoredEntry, o: QuoteOccurrence): boolean {
  const members = occurrencesOf(e);
  const { identities, of } = resolveIdentities([...members, o]);
  const named = (i: number) => (of[i]! >= 0 && identities[of[i]!]!.kind !== 'description' ? of[i]! : NONE);
  const mine = named(members.length);
  const theirs = new Set(members.map((_, i) => named(i)).filter((id) => id !== NONE));
  const agree = mine === NONE || theirs.size === 0 || (theirs.size === 1 && theirs.has(mine));
  const words = foldWords(o.text);
  return e.wordings.some((text, w) => {
    const printed = e.sources.flatMap((s, i) => (s.wording === w ? [i] : []));
    const bothAttributed = mine !== NONE && printed.some((i) => named(i) !== NONE);
    const apart = printed.every((i) => members[i]!.doc !== o.doc);
    return sameEntry(words, foldWords(text), { agree, bothAttributed, apart });
  });
}

/** An entry with one more source. */
function withSource(e: StoredEntry, o: QuoteOccurrence, url: string): StoredEntry {
  const wordings = [...e.wordings];
  let wording = wordings.indexOf(o.text);
  if (wording < 0) wording = wordings.push(o.text) - 1;
  const { text, sentence, ...rest } = o;
  return { n: e.n, wordings, sources: [...e.sources, { ...rest, url, wording, sentence: around(sentence, text) }] };
}

/** A sentence as stored: the text before and after the words it prints, else whole. */
function around(sentence: string | null, words: string): StoredSource['sentence'] {
  const at = sentence?.indexOf(words) ?? -1;
  return sentence !== null && at >= 0 ? [sentence.slice(0, at), sentence.slice(at + words.length)] : sentence;
}

/** A stored sentence, whole again. */
function whole(sentence: StoredSource['sentence'], words: string): string | null {
  return Array.isArray(sentence) ? `${sentence[0]}${words}${sentence[1]}` : sentence;
}

/** An entry without the sources of some articles (by n); null when none is left. */
function withoutSources(e: StoredEntry, docs: Set<number>): StoredEntry | null {
  const kept = e.sources.filter((s) => !docs.has(s.doc));
  if (kept.length === 0) return null;
  const wordings: string[] = [];
  const sources = kept.map((s) => {
    const text = e.wordings[s.wording]!;
    let wording = wordings.indexOf(text);
    if (wording < 0) wording = wordings.push(text) - 1;
    return { ...s, wording };
  });
  return { n: e.n, wordings, sources };
}

function documentOf(a: MemoryArticle): IndexDocument & { readAt: string } {
  return {
    id: docId(a.n),
    file: a.url,
    publication: a.publication,
    headline: a.headline,
    author: a.author,
    date: a.date,
    dateline: null,
    url: a.url,
    language: a.language,
    readAt: a.readAt,
  };
}

/**
 * The index of remembered articles and their quotations (each occurrence's `doc` its article's n), as
 * `whosaid index` would build it from them (in the order read).
 */
async function exportIndex(
  articles: MemoryArticle[],
  quotes: QuoteOccurrence[],
  builtAt = new Date(),
): Promise<QuoteIndex> {
  const sorted = [...articles].sort((a, b) => (a.readAt < b.readAt ? -1 : a.readAt > b.readAt ? 1 : a.n - b.n));
  const position = new Map(sorted.map((a, i) => [a.n, i]));
  const documents = sorted.map((a) => {
    const { id: _, readAt: __, ...d } = documentOf(a);
    return d;
  });
  const placed = quotes.flatMap((q) => {
    const doc = position.get(q.doc);
    return doc === undefined ? [] : [{ ...q, doc }];
  });
  const reports = (await Promise.all(sorted.map((a) => unpackRecords<StoredReport>(a.reports)))).flatMap((stored, i) =>
    stored.map(({ sentence, ...r }) => ({ ...r, doc: i, sentence: whole(sentence, r.text) })),
  );
  return assemble(documents, { quotes: placed, reports }, builtAt);
}
