// The reading memory: the quotations of the news articles a reader read, with their speakers and where they
// were read, kept in the reader's browser as an index the matcher reads beside the others. Articles come in
// one at a time, so it grows entry by entry: a quotation joins the entry of the same words (the index
// build's merging: same words, compatible speakers) or starts one, and only the entries it touched are
// written and filed again in a small table of changes beside the stored table, which is built again from
// every entry's keys once a thousand entries have changed. A waking worker reads the stored table as it is
// and the keys of the entries changed since. Its size is bounded, the oldest read going first.

import {
  queryKeys,
  readTable,
  scoredCandidates,
  shapeOf,
  type Table,
  TableBuilder,
  type TableShape,
  tableBytes,
} from '../compact/table';
import { foldName, samePersonName } from '../text/names';
import { foldWords, wordsOf } from '../text/words';
import { assemble, type Occurrence, type QuoteOccurrence } from './build';
import { type EntryStore, quoteKeys } from './entries';
import type { IndexDocument, IndexQuote, IndexSpeaker, NamedSpeaker, QuoteIndex } from './schema';
import { sameWords } from './similar';

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
  /** Its quotations and its reported speech as the extractor read them (`doc` is the article's n). */
  quotes: QuoteOccurrence[];
  reports: Occurrence[];
  /** The entries its quotations are sources of. */
  entries: number[];
}

/** What the reader read, as the page gives it. */
export type ReadArticle = Omit<MemoryArticle, 'n' | 'quotes' | 'reports' | 'entries'>;

/** A remembered quotation: an index entry (sources' documents are articles, `d` and their n), its speaker. */
export interface MemoryEntry {
  quote: IndexQuote;
  speaker: IndexSpeaker | null;
  /** The address of each source's article, in the order of `quote.sources`. */
  urls: string[];
}

export interface MemoryState {
  nextEntry: number;
  nextArticle: number;
  /** Quotations kept (every source of every entry). */
  quotes: number;
  articles: number;
  /** Entries written since the stored table was built: their keys are read apart when the memory opens. */
  since: number[];
}

/** The candidate table as stored, built from every entry's keys at some point (see `since`). */
export interface StoredTable {
  bytes: ArrayBuffer;
  shape: TableShape;
}

/** Changes written together, or not at all. */
export interface MemoryCommit {
  state: MemoryState;
  articles: MemoryArticle[];
  deleteArticles: number[];
  entries: [number, MemoryEntry][];
  deleteEntries: number[];
  /** Each written entry's table keys. */
  keys: [number, Uint32Array][];
  /** A table built again, when it was. */
  table?: StoredTable;
}

/** Where the memory is kept (IndexedDB in the extension: src/browser/memory-store.ts). */
export interface MemoryBackend {
  state(): Promise<MemoryState | undefined>;
  table(): Promise<StoredTable | undefined>;
  /** Every entry's table keys. */
  allKeys(): Promise<[number, Uint32Array][]>;
  keysOf(ns: number[]): Promise<(Uint32Array | undefined)[]>;
  entries(ns: number[]): Promise<(MemoryEntry | undefined)[]>;
  articles(ns: number[]): Promise<(MemoryArticle | undefined)[]>;
  articleAt(url: string): Promise<MemoryArticle | undefined>;
  /** The articles read first, at most `limit`. */
  oldest(limit: number): Promise<MemoryArticle[]>;
  ofHost(host: string): Promise<MemoryArticle[]>;
  all(): Promise<MemoryArticle[]>;
  commit(change: MemoryCommit): Promise<void>;
  clear(): Promise<void>;
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

const EMPTY_STATE: MemoryState = { nextEntry: 0, nextArticle: 0, quotes: 0, articles: 0, since: [] };
/**
 * Entries changed since the stored table was built, past which it is built again from every entry's keys:
 * the table of changes, rebuilt at each article, stays small, and so does what a wake-up reads apart.
 */
const REBUILD_AFTER = 1024;
/** Entries kept read in memory. */
const CACHED = 4096;
/** Candidates checked for the entry a new quotation joins. */
const CANDIDATES = 8;

const numberOf = (id: string) => Number(id.slice(1));
const docId = (n: number) => `d${n}`;

/** The memory as the matcher and the card read it, and as pages' articles are added and forgotten. */
export class ReadingMemory implements EntryStore {
  private state: MemoryState;
  private base: Table;
  /** Keys of the entries written since the base table was built, and their table. */
  private readonly changed = new Map<number, number[]>();
  private delta: Table;
  private readonly cache = new Map<number, MemoryEntry>();
  private readonly gone = new Set<number>();
  private readonly docs = new Map<number, IndexDocument & { readAt: string }>();
  private hidden: string | null = null;
  private writing: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly backend: MemoryBackend,
    state: MemoryState,
    base: Table,
    changed: [number, Uint32Array | undefined][],
  ) {
    this.state = state;
    this.base = base;
    for (const [n, k] of changed) if (k) this.changed.set(n, [...k]);
    this.delta = tableOf(this.changed);
  }

  /**
   * Opens the memory: reads its state and its stored table in place, and the keys of the entries written
   * since that table was built. A memory without a stored table (or one of another scheme) files every
   * entry's keys as changes, and its table is built with the next article.
   */
  static async open(backend: MemoryBackend): Promise<ReadingMemory> {
    const [stored, table] = await Promise.all([backend.state(), backend.table()]);
    const state = { ...EMPTY_STATE, ...stored };
    const base = table ? readTable(table.bytes, table.shape) : null;
    if (base === null || typeof base === 'string') {
      const all = await backend.allKeys();
      return new ReadingMemory(backend, { ...state, since: all.map(([n]) => n) }, emptyTable(), all);
    }
    const keys = await backend.keysOf(state.since);
    return new ReadingMemory(
      backend,
      state,
      base,
      state.since.map((n, i) => [n, keys[i]]),
    );
  }

  get table(): Table[] {
    return [this.base, this.delta];
  }

  get quoteCount(): number {
    return this.state.nextEntry;
  }

  /** Quotations and articles kept. */
  get size(): { quotes: number; articles: number } {
    return { quotes: this.state.quotes, articles: this.state.articles };
  }

  async loadQuotes(numbers: Iterable<number>): Promise<void> {
    const wanted = [...numbers].filter((n) => !this.cache.has(n) && !this.gone.has(n));
    if (wanted.length === 0) return;
    const read = await this.backend.entries(wanted);
    wanted.forEach((n, i) => {
      const e = read[i];
      if (e) this.cache.set(n, e);
      else this.gone.add(n);
    });
    // The entries read longest ago go first: those a match just loaded stay for it.
    for (const n of this.cache.keys()) {
      if (this.cache.size <= Math.max(CACHED, wanted.length)) break;
      this.cache.delete(n);
    }
  }

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
    const e = this.cache.get(n);
    if (e && !(this.hidden !== null && e.urls.every((u) => u === this.hidden))) return e.quote;
    return { id: `q${n}`, text: '', speaker: null, variants: [], sources: [] };
  }

  speaker(id: string): IndexSpeaker | null {
    return this.cache.get(numberOf(id))?.speaker ?? null;
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
  readBefore(quote: IndexQuote, url: string | null): ReadBefore | null {
    let best: ReadBefore | null = null;
    for (const s of quote.sources) {
      const d = this.docs.get(numberOf(s.doc));
      if (!d?.url || d.url === url) continue;
      if (!best || d.readAt < best.readAt)
        best = { publication: d.publication, headline: d.headline, date: d.date, readAt: d.readAt, url: d.url };
    }
    return best;
  }

  /** Adds what the reader read on a page (again: only what is new), then forgets the oldest past `limit`. */
  remember(article: ReadArticle, quotes: QuoteOccurrence[], reports: Occurrence[], limit: number): Promise<number> {
    const run = this.writing.then(async () => {
      const added = await this.add(article, quotes, reports);
      if (this.state.quotes > limit) await this.evict(limit);
      if (this.changed.size > REBUILD_AFTER) await this.rebuild();
      return added;
    });
    this.writing = run.catch(() => {});
    return run;
  }

  /** Forgets the articles of a site, or (null) everything. */
  forget(host: string | null): Promise<void> {
    const run = this.writing.then(async () => {
      if (host === null) {
        await this.backend.clear();
        this.state = { ...EMPTY_STATE };
        this.base = emptyTable();
        this.changed.clear();
        this.delta = this.base;
        this.cache.clear();
        this.gone.clear();
        this.docs.clear();
      } else await this.drop(await this.backend.ofHost(host));
    });
    this.writing = run.catch(() => {});
    return run;
  }

  /** The memory as an index file: the index of its articles, built as `whosaid index` builds one. */
  async exportIndex(builtAt = new Date()): Promise<QuoteIndex> {
    return exportIndex(await this.backend.all(), builtAt);
  }

  private async add(page: ReadArticle, quotes: QuoteOccurrence[], reports: Occurrence[]): Promise<number> {
    const known = await this.backend.articleAt(page.url);
    const state = { ...this.state };
    const article: MemoryArticle = known ?? { ...page, n: state.nextArticle++, quotes: [], reports: [], entries: [] };
    if (!known) state.articles++;
    const seen = new Set(article.quotes.map((q) => `${q.start}:${q.text}`));
    const fresh = quotes.filter((q) => !seen.has(`${q.start}:${q.text}`));
    const seenReports = new Set(article.reports.map((r) => `${r.start}:${r.text}`));
    const freshReports = reports.filter((r) => !seenReports.has(`${r.start}:${r.text}`));
    if (fresh.length === 0 && freshReports.length === 0) return 0;

    const written = new Map<number, MemoryEntry>();
    for (const occurrence of fresh) {
      const o = { ...occurrence, doc: article.n };
      const n = (await this.entryFor(o, written)) ?? state.nextEntry++;
      const entry = written.get(n) ?? this.cache.get(n) ?? null;
      const next = withSource(entry, n, o, article.url);
      written.set(n, next);
      this.cache.set(n, next);
      this.gone.delete(n);
      article.quotes.push(o);
      if (!article.entries.includes(n)) article.entries.push(n);
      state.quotes++;
    }
    for (const r of freshReports) article.reports.push({ ...r, doc: article.n });
    this.docs.set(article.n, documentOf(article));
    await this.write(state, [article], [], [...written], []);
    return fresh.length;
  }

  /** The entry a quotation joins: one of the same words whose speaker may be its speaker. */
  private async entryFor(o: QuoteOccurrence, written: Map<number, MemoryEntry>): Promise<number | null> {
    const words = wordsOf(o.text);
    const score = new Float32Array(this.state.nextEntry + written.size + 1);
    const found = new Set<number>();
    for (const table of this.table)
      for (const [n] of scoredCandidates(table, queryKeys(words), score, CANDIDATES)) found.add(n);
    // What this article added moments ago is not filed yet: it is checked too.
    for (const n of written.keys()) found.add(n);
    await this.loadQuotes(found);
    const folded = foldWords(o.text);
    for (const n of [...found].sort((a, b) => a - b)) {
      const e = written.get(n) ?? this.cache.get(n);
      if (!e || !mayBe(e.speaker, o.named)) continue;
      const both = e.speaker !== null && vague(e.speaker.kind) === false && o.named !== null && !vague(o.named.kind);
      if (e.quote.variants.some((v) => sameWords(folded, foldWords(v.text), both))) return n;
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
        over -= a.quotes.length;
      }
      await this.drop(going);
    }
  }

  /** Forgets articles: their sources leave their entries, and entries left without a source go. */
  private async drop(articles: MemoryArticle[]): Promise<void> {
    if (articles.length === 0) return;
    const state = { ...this.state };
    const docs = new Set(articles.map((a) => docId(a.n)));
    const touched = [...new Set(articles.flatMap((a) => a.entries))];
    await this.loadQuotes(touched);
    const kept: [number, MemoryEntry][] = [];
    const deleted: number[] = [];
    for (const n of touched) {
      const e = this.cache.get(n);
      if (!e) continue;
      const rest = withoutSources(e, n, docs);
      state.quotes -= e.quote.sources.length - (rest?.quote.sources.length ?? 0);
      if (rest) {
        kept.push([n, rest]);
        this.cache.set(n, rest);
      } else {
        deleted.push(n);
        this.cache.delete(n);
        this.gone.add(n);
      }
    }
    state.articles -= articles.length;
    for (const a of articles) this.docs.delete(a.n);
    await this.write(
      state,
      [],
      articles.map((a) => a.n),
      kept,
      deleted,
    );
  }

  private async write(
    state: MemoryState,
    articles: MemoryArticle[],
    deleteArticles: number[],
    entries: [number, MemoryEntry][],
    deleteEntries: number[],
  ): Promise<void> {
    const keys = entries.map(([n, e]): [number, Uint32Array] => [n, Uint32Array.from(new Set(quoteKeys(e.quote)))]);
    // Only what changed is filed again: the base table keeps its postings of an entry that changed or
    // went (a candidate that is no longer there matches nothing), the table of changes is rebuilt.
    const changed = new Map(this.changed);
    for (const [n, k] of keys) changed.set(n, [...k]);
    for (const n of deleteEntries) changed.delete(n);
    state.since = [...changed.keys()];
    await this.backend.commit({ state, articles, deleteArticles, entries, deleteEntries, keys });
    this.state = state;
    this.changed.clear();
    for (const [n, k] of changed) this.changed.set(n, k);
    this.delta = tableOf(this.changed);
  }

  /** Builds the table again from every entry's keys, and stores it. */
  private async rebuild(): Promise<void> {
    const builder = new TableBuilder();
    for (const [n, k] of await this.backend.allKeys()) builder.add(n, [...k]);
    const base = builder.finish();
    const state = { ...this.state, since: [] };
    const table = { bytes: tableBytes(base).buffer as ArrayBuffer, shape: shapeOf(base) };
    await this.backend.commit({
      state,
      articles: [],
      deleteArticles: [],
      entries: [],
      deleteEntries: [],
      keys: [],
      table,
    });
    this.state = state;
    this.base = base;
    this.changed.clear();
    this.delta = emptyTable();
  }
}

function emptyTable(): Table {
  return new TableBuilder().finish();
}

/** The table of changed entries: every pair kept, however common (it holds few entries). */
function tableOf(changed: Map<number, number[]>): Table {
  const builder = new TableBuilder(Number.MAX_SAFE_INTEGER);
  for (const [n, k] of changed) builder.add(n, k);
  return builder.finish();
}

/** A description ("a spokesman", "the report") is a vague attribution; so is none. */
function vague(kind: NamedSpeaker['kind'] | IndexSpeaker['kind']): boolean {
  return kind === 'description';
}

/**
 * Whether an entry's speaker may be the speaker a new quotation's article names. A vague attribution fits
 * any speaker (it names no one another article could contradict); two names fit when they are one name, or
 * two forms of one person's.
 */
function mayBe(speaker: IndexSpeaker | null, named: NamedSpeaker | null): boolean {
  if (!speaker || !named || vague(speaker.kind) || vague(named.kind)) return true;
  const a = foldName(speaker.name);
  const b = foldName(named.name);
  if (a.join(' ') === b.join(' ')) return true;
  return speaker.kind === 'person' && named.kind === 'person' && samePersonName(a, b);
}

/** Of two names for an entry's speaker, the one to show: a name over a description, then the fuller. */
function better(a: NamedSpeaker | null, b: NamedSpeaker | null): NamedSpeaker | null {
  if (!a) return b;
  if (!b) return a;
  if (vague(a.kind) !== vague(b.kind)) return vague(a.kind) ? b : a;
  return foldName(b.name).length > foldName(a.name).length ? b : a;
}

/** The entry's speaker, from what its sources name. */
function speakerOf(n: number, quote: IndexQuote): IndexSpeaker | null {
  let best: NamedSpeaker | null = null;
  for (const s of quote.sources) best = better(best, s.named);
  if (!best) return null;
  const speaker: IndexSpeaker = { id: `s${n}`, name: best.name, kind: best.kind, aliases: [], roles: [], forms: [] };
  for (const s of quote.sources) {
    if (!namesSpeaker(speaker, s)) continue;
    if (s.role && !speaker.roles.includes(s.role)) speaker.roles.push(s.role);
    for (const alias of [s.named!.name, ...s.named!.aliases])
      if (alias !== speaker.name && !speaker.aliases.includes(alias)) speaker.aliases.push(alias);
    // The forms of the name, with the articles that print them.
    const form = speaker.forms.find((f) => f.name === s.named!.name);
    if (!form) speaker.forms.push({ name: s.named!.name, docs: [s.doc] });
    else if (!form.docs.includes(s.doc)) form.docs.push(s.doc);
  }
  return speaker;
}

/** Does a source name the entry's speaker (a name, or a description of the same kind that may be them)? */
function namesSpeaker(speaker: IndexSpeaker, s: IndexQuote['sources'][number]): boolean {
  return !!s.named && vague(s.named.kind) === vague(speaker.kind) && mayBe(speaker, s.named);
}

/** An entry (or a new one, number n) with one more source. */
function withSource(entry: MemoryEntry | null, n: number, o: QuoteOccurrence, url: string): MemoryEntry {
  const doc = docId(o.doc);
  const variants = (entry?.quote.variants ?? []).map((v) => ({ text: v.text, docs: [...v.docs] }));
  let variant = variants.findIndex((v) => v.text === o.text);
  if (variant < 0) variant = variants.push({ text: o.text, docs: [] }) - 1;
  if (!variants[variant]!.docs.includes(doc)) variants[variant]!.docs.push(doc);
  const source = {
    doc,
    start: o.start,
    end: o.end,
    sentence: o.sentence,
    kind: o.kind,
    role: o.role,
    confidence: o.confidence,
    group: o.group,
    variant,
    named: o.named,
    speaker: null,
  };
  const sources = [...(entry?.quote.sources ?? []), source];
  return assembleEntry(n, variants, sources, [...(entry?.urls ?? []), url]);
}

/** An entry without the sources of some articles; null when none is left. */
function withoutSources(e: MemoryEntry, n: number, docs: Set<string>): MemoryEntry | null {
  const keep = e.quote.sources.map((s) => !docs.has(s.doc));
  if (!keep.includes(true)) return null;
  const variants: IndexQuote['variants'] = [];
  const sources = e.quote.sources.flatMap((s, i) => {
    if (!keep[i]) return [];
    const text = e.quote.variants[s.variant]!.text;
    let variant = variants.findIndex((v) => v.text === text);
    if (variant < 0) variant = variants.push({ text, docs: [] }) - 1;
    if (!variants[variant]!.docs.includes(s.doc)) variants[variant]!.docs.push(s.doc);
    return [{ ...s, variant }];
  });
  return assembleEntry(
    n,
    variants,
    sources,
    e.urls.filter((_, i) => keep[i]),
  );
}

function assembleEntry(
  n: number,
  variants: IndexQuote['variants'],
  sources: IndexQuote['sources'],
  urls: string[],
): MemoryEntry {
  // The wording shown: the one printed whole (no ellipsis) by the most articles, then the longest.
  const count = (t: string) => sources.filter((s) => variants[s.variant]!.text === t).length;
  const elided = (t: string) => /\u2026|\.\.\./.test(t);
  const text = [...variants]
    .map((v) => v.text)
    .sort((a, b) => Number(elided(a)) - Number(elided(b)) || count(b) - count(a) || b.length - a.length)[0]!
    .replace(/[\s,;:]+$/u, '');
  const quote: IndexQuote = { id: `q${n}`, text, speaker: null, variants, sources };
  const speaker = speakerOf(n, quote);
  // Each source says whom it names: the entry's speaker, or no one the entry holds.
  const named = sources.map((s) => ({ ...s, speaker: speaker && namesSpeaker(speaker, s) ? speaker.id : null }));
  return { quote: { ...quote, sources: named, speaker: speaker?.id ?? null }, speaker, urls };
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

/** The index of remembered articles, as `whosaid index` would build it from them (in the order read). */
export function exportIndex(articles: MemoryArticle[], builtAt = new Date()): QuoteIndex {
  const sorted = [...articles].sort((a, b) => (a.readAt < b.readAt ? -1 : a.readAt > b.readAt ? 1 : a.n - b.n));
  const documents = sorted.map((a) => {
    const { id: _, readAt: __, ...d } = documentOf(a);
    return d;
  });
  const quotes = sorted.flatMap((a, i) => a.quotes.map((q) => ({ ...q, doc: i })));
  const reports = sorted.flatMap((a, i) => a.reports.map((r) => ({ ...r, doc: i })));
  return assemble(documents, { quotes, reports }, builtAt);
}
