// The search table: each uncommon word of every entry (its wordings, its speaker's names) filed under the
// entry, and the sorted list of those words, so that a search by words or by a speaker's name reads a few
// posting lists instead of every entry, and a misspelt or half-typed word finds the words it stands for.

import { COMMON_WORDS } from '../text/common-words';
import { foldWords } from '../text/words';
import { entryOf, fingerprint, hashText, type Table, TableBuilder } from './table';

/** The words an entry is found by: the uncommon words of its texts, and every word of its speaker's names. */
export function searchWords(texts: string[], names: string[]): string[] {
  const out = new Set<string>();
  for (const t of texts) for (const w of foldWords(t)) if (!COMMON_WORDS.has(w)) out.add(w);
  for (const n of names) for (const w of foldWords(n)) out.add(w);
  return [...out];
}

/** Builds the search table and its vocabulary, entry by entry. */
export class WordTableBuilder {
  private readonly table = new TableBuilder(Number.POSITIVE_INFINITY);
  private readonly vocabulary = new Set<string>();

  add(entry: number, words: string[]): void {
    for (const w of words) this.vocabulary.add(w);
    this.table.add(entry, words.map(hashText));
  }

  finish(): { table: Table; words: string[] } {
    return { table: this.table.finish(), words: [...this.vocabulary].sort() };
  }
}

/** The entries filed under a word. */
export function entriesOf(table: Table, word: string): number[] {
  const key = hashText(word);
  const { mask, offsets, postings } = table;
  const b = key & mask;
  const fp = fingerprint(key);
  const out: number[] = [];
  for (let k = offsets[b]!; k < offsets[b + 1]!; k++) if (postings[k]! >>> 24 === fp) out.push(entryOf(postings[k]!));
  return out;
}

/** The edits allowed between a searched word and a word of the index: none for short words. */
function allowedEdits(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * The words of a sorted vocabulary that a searched word may stand for, each with how surely: itself (1),
 * a word it begins (0.8, for a word being typed), a word within a typo or two (0.6).
 */
export function expansions(vocabulary: string[], word: string, limit = 40): [string, number][] {
  const out: [string, number][] = [];
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  if (vocabulary[lo] === word) out.push([word, 1]);
  if (word.length >= 3)
    for (let i = lo; i < vocabulary.length && out.length < limit && vocabulary[i]!.startsWith(word); i++)
      if (vocabulary[i] !== word) out.push([vocabulary[i]!, 0.8]);
  const edits = allowedEdits(word);
  if (edits > 0 && out.length < limit) {
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > edits || candidate[0] !== word[0] || candidate === word) continue;
      if (editDistance(word, candidate, edits) <= edits && !out.some(([w]) => w === candidate))
        out.push([candidate, 0.6]);
      if (out.length >= limit) break;
    }
  }
  return out;
}

/** Optimal string alignment distance (a swap of two neighbours is one edit), or more than `max`. */
function editDistance(a: string, b: string, max: number): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = i === 0 ? j : Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
