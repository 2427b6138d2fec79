// The index's runtime form (compact/form.ts), built from an index and read back. Its records are the
// index file's entries as they are (the stored JSON), with ids by position (d0, s0, q0, p0…) so that an
// entry's speaker and documents are found by number; its table files the quotes under their word pairs.

import {
  type FormFile,
  type FormHeader,
  type FormSink,
  type FormStorage,
  FormWriter,
  RecordReader,
  tableFile,
  wordsBytes,
} from '../compact/form';
import {
  loadKeys,
  type PagedTable,
  queryKeys,
  scoredCandidates,
  type Table,
  TableBuilder,
  tableBytes,
} from '../compact/table';
import { entriesOf, searchWords, WordTableBuilder } from '../compact/words';
import { foldWords, wordsOf } from '../text/words';
import { type EntryStore, quoteKeys } from './entries';
import {
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexDocument,
  type IndexParaphrase,
  type IndexQuote,
  type IndexSpeaker,
  type QuoteIndex,
  upgradeEntry,
} from './schema';
import { wordSearch } from './word-search';

export interface Compiled {
  header: FormHeader;
  /** The form's files besides its chunks, as stored. */
  files: Record<FormFile, Uint8Array>;
}

/**
 * Builds a runtime form entry by entry, as an index is read (documents and speakers before the quotes and
 * paraphrases that name them): ids are renumbered by position, and each quote is filed in the table.
 */
export class FormCompiler {
  private readonly writer: FormWriter;
  private readonly table = new TableBuilder();
  private readonly search = new WordTableBuilder();
  private readonly docIds = new Map<string, string>();
  private readonly speakerIds = new Map<string, string>();
  /** Each speaker's names (by the form's id), which a search for the speaker finds their entries by. */
  private readonly speakerNames = new Map<string, string[]>();

  constructor(sink: FormSink) {
    this.writer = new FormWriter(sink);
  }

  addDocument(d: IndexDocument): Promise<void> {
    const id = `d${this.writer.count('documents')}`;
    if (id !== d.id) this.docIds.set(d.id, id);
    return this.writer.add('documents', { ...d, id });
  }

  addSpeaker(s: IndexSpeaker): Promise<void> {
    const id = `s${this.writer.count('speakers')}`;
    if (id !== s.id) this.speakerIds.set(s.id, id);
    this.speakerNames.set(id, [s.name, ...s.aliases]);
    const forms = s.forms.map((f) => ({ ...f, docs: f.docs.map((d) => this.doc(d)) }));
    return this.writer.add('speakers', { ...s, id, forms } satisfies IndexSpeaker);
  }

  addQuote(q: IndexQuote): Promise<void> {
    const n = this.writer.count('quotes');
    this.table.add(n, quoteKeys(q));
    const speaker = q.speaker === null ? null : this.speaker(q.speaker);
    const texts = [q.text, ...q.variants.map((v) => v.text)];
    this.search.add(searchEntry('quotes', n), searchWords(texts, this.speakerNames.get(speaker ?? '') ?? []));
    return this.writer.add('quotes', {
      ...q,
      id: `q${n}`,
      speaker,
      variants: q.variants.map((v) => ({ ...v, docs: v.docs.map((d) => this.doc(d)) })),
      sources: q.sources.map((s) => ({
        ...s,
        doc: this.doc(s.doc),
        speaker: s.speaker === null ? null : this.speaker(s.speaker),
      })),
    } satisfies IndexQuote);
  }

  addParaphrase(p: IndexParaphrase): Promise<void> {
    const n = this.writer.count('paraphrases');
    const speaker = this.speaker(p.speaker);
    this.search.add(searchEntry('paraphrases', n), searchWords([p.text], this.speakerNames.get(speaker) ?? []));
    return this.writer.add('paraphrases', {
      ...p,
      id: `p${n}`,
      speaker,
      sources: p.sources.map((s) => ({ ...s, doc: this.doc(s.doc) })),
    } satisfies IndexParaphrase);
  }

  private doc(id: string): string {
    return this.docIds.get(id) ?? id;
  }

  private speaker(id: string): string {
    return this.speakerIds.get(id) ?? id;
  }

  async finish(builtAt: string): Promise<Compiled> {
    const table = tableFile(this.table.finish());
    const search = this.search.finish();
    const files = { table: table.bytes, search: tableBytes(search.table), words: await wordsBytes(search.words) };
    const header = await this.writer.finish(
      { table: table.shape, search: search.table },
      Object.values(files),
      builtAt,
    );
    return { header, files };
  }
}

/** The runtime form of an index held in memory. */
export async function compileIndex(index: QuoteIndex, sink: FormSink): Promise<Compiled> {
  const compiler = new FormCompiler(sink);
  for (const d of index.documents) await compiler.addDocument(d);
  for (const s of index.speakers) await compiler.addSpeaker(s);
  for (const q of index.quotes) await compiler.addQuote(q);
  for (const p of index.paraphrases) await compiler.addParaphrase(p);
  return compiler.finish(index.builtAt);
}

const numberOf = (id: string) => Number(id.slice(1));

/** Quotes and paraphrases share the search table: quote n is entry 2n, paraphrase n is entry 2n + 1. */
function searchEntry(section: 'quotes' | 'paraphrases', n: number): number {
  return 2 * n + (section === 'paraphrases' ? 1 : 0);
}

/** A runtime form as an entry store: its table read by pages, its entries a chunk at a time. */
export class RuntimeStore implements EntryStore {
  readonly quoteCount: number;

  private constructor(
    readonly header: FormHeader,
    readonly table: PagedTable,
    readonly records: RecordReader,
  ) {
    this.quoteCount = header.counts.quotes;
  }

  /** Opens a stored form: reads one page of its table (so a form whose table is not stored is refused). */
  static async open(header: FormHeader, storage: FormStorage): Promise<RuntimeStore> {
    const records = new RecordReader(header, storage);
    const table = records.candidateTable();
    await table.load([0]);
    return new RuntimeStore(header, table, records);
  }

  async loadQuotes(numbers: Iterable<number>): Promise<void> {
    await this.records.load('quotes', numbers);
  }

  async loadSpeakers(ids: Iterable<string>): Promise<void> {
    await this.records.load('speakers', [...ids].map(numberOf));
  }

  async loadDocuments(ids: Iterable<string>): Promise<void> {
    await this.records.load('documents', [...ids].map(numberOf));
  }

  quote(n: number): IndexQuote {
    const q = this.records.get<IndexQuote>('quotes', n);
    if (!q) throw new Error(`quote ${n} was not loaded`);
    return q;
  }

  /** A speaker that loadSpeakers read (null for an id the form has not); throws when it was not read. */
  speaker(id: string): IndexSpeaker | null {
    const n = numberOf(id);
    const speaker = this.records.get<IndexSpeaker>('speakers', n);
    if (!speaker && n >= 0 && n < this.header.counts.speakers) throw new Error(`speaker ${id} was not loaded`);
    return speaker ?? null;
  }

  document(id: string): IndexDocument | null {
    return this.records.get<IndexDocument>('documents', numberOf(id)) ?? null;
  }

  private searching?: Promise<{ table: Table; words: string[]; score: Float32Array }>;

  /**
   * The quotations and reported speech that a search by words or by a speaker's name finds, best first, at
   * most `limit`, each with its speaker and its first report. Entries holding more of the
   * searched words come first, and those holding them as a phrase (by the matcher's table of word pairs)
   * before those; a word also finds the words it begins and those a typo or two away.
   */
  async search(query: string, limit: number): Promise<Found[]> {
    this.searching ??= Promise.all([this.records.searchTable(), this.records.words()]).then(([table, words]) => ({
      table,
      words,
      score: new Float32Array(this.quoteCount),
    }));
    const { table, words, score } = await this.searching;
    const keys = queryKeys(wordsOf(query));
    await loadKeys(this.table, keys);
    // The search table files quotation q as entry 2q, paraphrase p as 2p + 1.
    const phrase = scoredCandidates(this.table, keys, score, limit).map(([q, shared]): [number, number] => [
      2 * q,
      shared,
    ]);
    const ranked = wordSearch(query, { tables: [table], vocabulary: words }, phrase, limit);
    const quotes = ranked.filter(([e]) => e % 2 === 0).map(([e]) => e / 2);
    const paraphrases = ranked.filter(([e]) => e % 2 === 1).map(([e]) => (e - 1) / 2);
    await this.loadQuotes(quotes);
    await this.records.load('paraphrases', paraphrases);
    const found = ranked.map(([e]) =>
      e % 2 === 0
        ? { kind: 'quote' as const, entry: this.quote(e / 2) as IndexQuote | IndexParaphrase }
        : { kind: 'paraphrase' as const, entry: this.records.get<IndexParaphrase>('paraphrases', (e - 1) / 2)! },
    );
    return this.withDocuments(found);
  }

  /**
   * Every quotation and report of speech of a speaker (at most `limit`), newest first: the entries filed
   * in the search table under the rarest word of the speaker's name, that are the speaker's.
   */
  async speakerEntries(id: string, limit: number): Promise<{ speaker: IndexSpeaker | null; found: Found[] }> {
    const n = numberOf(id);
    await this.records.load('speakers', [n]);
    const speaker = this.speaker(id);
    if (!speaker) return { speaker: null, found: [] };
    const table = await this.records.searchTable();
    const lists = foldWords(speaker.name).map((w) => entriesOf(table, w));
    const filed = lists.sort((a, b) => a.length - b.length)[0] ?? [];
    const quotes = filed.filter((e) => e % 2 === 0).map((e) => e / 2);
    const paraphrases = filed.filter((e) => e % 2 === 1).map((e) => (e - 1) / 2);
    await this.records.load('quotes', quotes);
    await this.records.load('paraphrases', paraphrases);
    const found = [
      ...quotes.map((q) => ({ kind: 'quote' as const, entry: this.quote(q) as IndexQuote | IndexParaphrase })),
      ...paraphrases.map((p) => ({
        kind: 'paraphrase' as const,
        entry: this.records.get<IndexParaphrase>('paraphrases', p)!,
      })),
    ].filter((f) => f.entry.speaker === id);
    const dated = await this.withDocuments(found);
    const date = (f: Found) => f.document?.date ?? '';
    return {
      speaker,
      found: dated.sort((a, b) => (date(a) < date(b) ? 1 : date(a) > date(b) ? -1 : 0)).slice(0, limit),
    };
  }

  /** Entries with their speakers and their first report: the earliest dated source, else the first. */
  private async withDocuments(found: Omit<Found, 'speaker' | 'document'>[]): Promise<Found[]> {
    await this.loadSpeakers(found.flatMap((f) => (f.entry.speaker ? [f.entry.speaker] : [])));
    await this.loadDocuments(found.flatMap((f) => f.entry.sources.map((s) => s.doc)));
    return found.map((f) => ({
      ...f,
      speaker: f.entry.speaker ? this.speaker(f.entry.speaker) : null,
      document: firstReport(f.entry.sources.map((s) => this.document(s.doc))),
    }));
  }
}

/** The document that reported an entry first: the earliest dated, else the first listed. */
export function firstReport(docs: (IndexDocument | null)[]): IndexDocument | null {
  let first: IndexDocument | null = docs[0] ?? null;
  for (const d of docs) if (d?.date && (!first?.date || d.date < first.date)) first = d;
  return first;
}

/** An entry a search found. */
export interface Found {
  kind: 'quote' | 'paraphrase';
  entry: IndexQuote | IndexParaphrase;
  speaker: IndexSpeaker | null;
  /** Its first report (see firstReport). */
  document: IndexDocument | null;
}

/** The index version of the entries that a form of each version stores. */
const ENTRY_VERSION: Record<number, number> = { 1: 3, 2: 4, 3: INDEX_VERSION };

/**
 * The whole index a form holds, read back entry by entry, as the current version has it: to rebuild a form
 * of another version, or export.
 */
export async function indexOf(records: RecordReader): Promise<QuoteIndex> {
  const version = ENTRY_VERSION[records.header.version] ?? INDEX_VERSION;
  const all = async <T>(section: Parameters<RecordReader['all']>[0]) => {
    const out: T[] = [];
    // Forms store entries of version 3 or later, which upgrade without their speakers' names.
    for await (const r of records.all<T>(section)) out.push(upgradeEntry(section, r, version, new Map()) as T);
    return out;
  };
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    builtAt: records.header.builtAt,
    documents: await all<IndexDocument>('documents'),
    speakers: await all<IndexSpeaker>('speakers'),
    quotes: await all<IndexQuote>('quotes'),
    paraphrases: await all<IndexParaphrase>('paraphrases'),
  };
}
