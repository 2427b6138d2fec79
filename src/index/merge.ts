// Merging indexes built apart (shards of a corpus indexed on several machines) into the index of all their
// articles: each index gives back its documents and the occurrences it was built from, and the union is
// assembled as `whosaid index` assembles one corpus. Since an index is a function of its documents and the
// set of their occurrences, merging is associative, and merging shards gives what indexing all at once does.

import { assemble, type Occurrence, type Occurrences, type QuoteOccurrence } from './build';
import type { IndexDocument, QuoteIndex } from './schema';

/** The documents and occurrences an index was built from; occurrences point past `first` documents. */
export function occurrencesOfIndex(index: QuoteIndex, first = 0): Occurrences {
  const position = new Map(index.documents.map((d, i) => [d.id, first + i]));
  // What a quotation's and a report's sources share: where the words stand, and who said them.
  type Source = Omit<QuoteIndex['paraphrases'][number]['sources'][number], 'text'>;
  const occurrence = (s: Source, text: string): Occurrence => ({
    doc: position.get(s.doc)!,
    text,
    start: s.start,
    end: s.end,
    sentence: s.sentence,
    role: s.role,
    confidence: s.confidence,
    named: s.named,
  });
  const quotes: QuoteOccurrence[] = index.quotes.flatMap((q) =>
    q.sources.map((s) => ({ ...occurrence(s, q.variants[s.variant]!.text), kind: s.kind, group: s.group })),
  );
  const reports: Occurrence[] = index.paraphrases.flatMap((p) => p.sources.map((s) => occurrence(s, s.text)));
  return { quotes, reports };
}

/** The index of all the indexes' articles (their documents in order; the same document in two is one). */
export function mergeIndexes(indexes: QuoteIndex[], builtAt = new Date()): QuoteIndex {
  const documents: Omit<IndexDocument, 'id'>[] = [];
  const all: Occurrences = { quotes: [], reports: [] };
  for (const index of indexes) {
    const { quotes, reports } = occurrencesOfIndex(index, documents.length);
    for (const q of quotes) all.quotes.push(q);
    for (const r of reports) all.reports.push(r);
    for (const { id: _, ...d } of index.documents) documents.push(d);
  }
  return assemble(documents, all, builtAt);
}
