// Where the matcher and the card read an index's entries: an index file held in memory, or the runtime
// form, whose entries are read from storage when a match needs them (runtime.ts). Either way a match first
// loads what it may read, then reads it without waiting.

import { buildTable, type CandidateTable, indexKeys, type Table } from '../compact/table';
import { wordsOf } from '../text/words';
import type { IndexDocument, IndexQuote, IndexSpeaker, QuoteIndex } from './schema';

export interface EntryStore {
  /**
   * The matcher's candidate table over the quotes, by position (or tables read as one); a paged one has the
   * pages a query reads loaded first (loadKeys).
   */
  readonly table: CandidateTable | readonly CandidateTable[];
  readonly quoteCount: number;
  /** Reads quotes by position, for quote(). */
  loadQuotes(numbers: Iterable<number>): Promise<void>;
  /** Reads speakers by id, for speaker(). */
  loadSpeakers(ids: Iterable<string>): Promise<void>;
  /** Reads documents by id, for document(). */
  loadDocuments(ids: Iterable<string>): Promise<void>;
  /** A quote that loadQuotes read; throws when it was not read. */
  quote(n: number): IndexQuote;
  speaker(id: string): IndexSpeaker | null;
  document(id: string): IndexDocument | null;
}

/** The table keys of a quote: those of its canonical wording and of each variant. */
export function quoteKeys(q: IndexQuote): number[] {
  return wordingKeys([q.text, ...q.variants.map((v) => v.text)]);
}

/** The table keys of wordings. */
export function wordingKeys(texts: string[]): number[] {
  return texts.flatMap((t) => indexKeys(wordsOf(t, true), t));
}

const stores = new WeakMap<QuoteIndex, EntryStore & { readonly table: Table }>();

/** An index held in memory as an entry store; its table is built on first use. */
export function memoryStore(index: QuoteIndex): EntryStore & { readonly table: Table } {
  const cached = stores.get(index);
  if (cached) return cached;
  const speakers = new Map(index.speakers.map((s) => [s.id, s]));
  const documents = new Map(index.documents.map((d) => [d.id, d]));
  let table: Table | undefined;
  const store: EntryStore & { readonly table: Table } = {
    get table() {
      table ??= buildTable(index.quotes.map(quoteKeys));
      return table;
    },
    quoteCount: index.quotes.length,
    loadQuotes: async () => {},
    loadSpeakers: async () => {},
    loadDocuments: async () => {},
    quote: (n) => {
      const q = index.quotes[n];
      if (!q) throw new Error(`the index has no quote ${n}`);
      return q;
    },
    speaker: (id) => speakers.get(id) ?? null,
    document: (id) => documents.get(id) ?? null,
  };
  stores.set(index, store);
  return store;
}
