// The matcher's candidate stage: every word pair (bigram) of every indexed wording, hashed into buckets,
// each bucket listing the quotes whose wordings hold a pair that hashes there. Built once with the index
// and stored in it, so a worker that wakes up decodes two arrays instead of re-reading every quotation.

import { decodeBase64, encodeBase64 } from './base64';
import type { QueryWords } from './query';

export const TABLE_SCHEME = 'bigram-fnv1a/1';

export interface StoredTable {
  scheme: string;
  /** Number of buckets, a power of two. */
  buckets: number;
  /** Uint16 count of postings in each bucket, little-endian, base64. */
  counts: string;
  /** Uint32 quote numbers (positions in the index's quote list), bucket after bucket, little-endian, base64. */
  postings: string;
}

export interface Table {
  mask: number;
  /** offsets[b] .. offsets[b + 1]: bucket b's postings. */
  offsets: Uint32Array;
  postings: Uint32Array;
}

/** FNV-1a, 32 bits. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The keys of a wording: its word pairs (none across an ellipsis), or its one word. */
export function keysOf(q: QueryWords): number[] {
  const { words, gapBefore } = q;
  if (words.length === 1) return [hash(words[0]!)];
  const keys: number[] = [];
  for (let i = 1; i < words.length; i++) if (!gapBefore[i]) keys.push(hash(`${words[i - 1]} ${words[i]}`));
  return keys;
}

/** A pair found in more quotes than this says nothing about any one of them ("of the", "we have"). */
export function maxPostings(quoteCount: number): number {
  return Math.max(64, Math.ceil(quoteCount * 0.01));
}

export function buildTable(keysPerQuote: number[][]): StoredTable {
  const df = new Map<number, number[]>();
  keysPerQuote.forEach((keys, q) => {
    for (const k of new Set(keys)) {
      const list = df.get(k);
      if (list) list.push(q);
      else df.set(k, [q]);
    }
  });
  const cap = maxPostings(keysPerQuote.length);
  const kept = [...df].filter(([, quotes]) => quotes.length <= cap);
  let buckets = 256;
  while (buckets < kept.length / 2) buckets *= 2;
  const lists: number[][] = Array.from({ length: buckets }, () => []);
  for (const [k, quotes] of kept) lists[k & (buckets - 1)]!.push(...quotes);
  const counts = new Uint16Array(buckets);
  let total = 0;
  lists.forEach((l, b) => {
    l.sort((x, y) => x - y);
    counts[b] = Math.min(l.length, 0xffff);
    total += counts[b]!;
  });
  const postings = new Uint32Array(total);
  let o = 0;
  lists.forEach((l, b) => {
    for (let i = 0; i < counts[b]!; i++) postings[o++] = l[i]!;
  });
  return {
    scheme: TABLE_SCHEME,
    buckets,
    counts: encodeBase64(new Uint8Array(counts.buffer)),
    postings: encodeBase64(new Uint8Array(postings.buffer)),
  };
}

/** Decodes and checks a stored table against the number of quotes; a string says what is wrong. */
export function decodeTable(stored: StoredTable, quoteCount: number): Table | string {
  if (stored.scheme !== TABLE_SCHEME) return `search.scheme: "${stored.scheme}" is not "${TABLE_SCHEME}"`;
  const { buckets } = stored;
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0) return 'search.buckets: must be a power of two';
  const countBytes = decodeBase64(stored.counts);
  const postingBytes = decodeBase64(stored.postings);
  if (!countBytes || countBytes.length !== buckets * 2) return `search.counts: expected ${buckets} counts in base64`;
  if (!postingBytes || postingBytes.length % 4 !== 0) return 'search.postings: not base64 of 32-bit numbers';
  const counts = new Uint16Array(countBytes.buffer, countBytes.byteOffset, buckets);
  const postings = new Uint32Array(postingBytes.buffer, postingBytes.byteOffset, postingBytes.length / 4);
  const offsets = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) offsets[b + 1] = offsets[b]! + counts[b]!;
  if (offsets[buckets] !== postings.length) return `search.postings: expected ${offsets[buckets]} postings, found ${postings.length}`;
  for (let i = 0; i < postings.length; i++) {
    if (postings[i]! >= quoteCount) return `search.postings: quote number ${postings[i]} is beyond the ${quoteCount} quotes`;
  }
  return { mask: buckets - 1, offsets, postings };
}
