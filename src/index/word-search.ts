// How well the entries of a search table (compact/words.ts) answer a search by words or by a speaker's
// name, as a reader types into the popup: each telling word typed counts for the entries filed under it, or
// under a word it begins or is a typo or two away from (less); holding the words as a phrase, by the
// matcher's table of word pairs, counts most. The reading memory ranks its entries so for the popup.

import type { Table } from '../compact/table';
import { entriesOf, expansions } from '../compact/words';
import { COMMON_WORDS } from '../text/common-words';
import { foldWords } from '../text/words';

/**
 * Entry numbers and their scores, best first, at most `limit`: `words` are the search tables (read as one)
 * with their sorted vocabulary; `phrase` the entries holding the searched words as a phrase, with the word
 * pairs they share, best first, as the matcher's tables score them (scoredCandidates of the query's keys).
 */
export function wordSearch(
  query: string,
  words: { tables: readonly Table[]; vocabulary: string[] },
  phrase: [entry: number, shared: number][],
  limit: number,
): [entry: number, score: number][] {
  const folded = foldWords(query);
  const telling = folded.filter((w) => !COMMON_WORDS.has(w));
  const total = new Map<number, number>();
  for (const word of telling.length > 0 ? telling : folded) {
    const best = new Map<number, number>();
    for (const [w, weight] of expansions(words.vocabulary, word))
      for (const table of words.tables)
        for (const e of entriesOf(table, w)) best.set(e, Math.max(best.get(e) ?? 0, weight));
    for (const [e, weight] of best) total.set(e, (total.get(e) ?? 0) + weight);
  }
  // Holding the searched words as a phrase counts most: up to two words' worth for the whole phrase.
  for (const [e, shared] of phrase) total.set(e, (total.get(e) ?? 0) + (2 * shared) / phrase[0]![1]);
  return [...total].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
}
