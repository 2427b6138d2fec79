// The matcher's candidate stage: every word pair (bigram) of every indexed wording, hashed into buckets,
// each bucket listing the quotes whose wordings hold a pair that hashes there. Built once with the index
// and stored in it, so a worker that wakes up decodes two arrays instead of re-reading every quotation.

import type { Words } from '../text/words';
import { decodeBase64, encodeBase64 } from './base64';

export const TABLE_SCHEME = 'bigram-fnv1a/2';
/** Quote numbers fit in the low 24 bits of a posting. */
export const MAX_QUOTES = 1 << 24;
const QUOTE_BITS = 0xffffff;

export interface StoredTable {
  scheme: string;
  /** Number of buckets, a power of two. */
  buckets: number;
  /** Uint16 count of postings in each bucket, little-endian, base64. */
  counts: string;
  /**
   * Uint32 postings, bucket after bucket, little-endian, base64: the quote number (its position in the
   * index's quote list) in the low 24 bits, and in the high 8 bits a fingerprint of the pair, so that pairs
   * sharing a bucket are told apart.
   */
  postings: string;
}

export interface Table {
  /** A key's bucket is key & mask. */
  mask: number;
  /** offsets[b] .. offsets[b + 1]: bucket b's postings. */
  offsets: Uint32Array;
  /** Each posting's quote number is quoteOf(posting), the pair's fingerprint posting >>> 24. */
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

/** The pair's fingerprint: bits of its hash that the bucket number does not use. */
export function fingerprint(key: number): number {
  return key >>> 24;
}

/** The quote number of a posting. */
export function quoteOf(posting: number): number {
  return posting & QUOTE_BITS;
}

/** The keys of a wording: its word pairs (none across an ellipsis), or its one word. */
export function keysOf(q: Words): number[] {
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
  // Enough buckets that most hold one pair: a lookup then reads little besides its own postings.
  const total = kept.reduce((n, [, quotes]) => n + quotes.length, 0);
  let buckets = 256;
  while (buckets < Math.max(kept.length, total / 4)) buckets *= 2;
  const counts = new Uint16Array(buckets);
  for (const [k, quotes] of kept) counts[k & (buckets - 1)] = counts[k & (buckets - 1)]! + quotes.length;
  const offsets = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) offsets[b + 1] = offsets[b]! + counts[b]!;
  const postings = new Uint32Array(total);
  const fill = offsets.slice(0, buckets);
  for (const [k, quotes] of kept) {
    const b = k & (buckets - 1);
    for (const q of quotes) postings[fill[b]!++] = ((fingerprint(k) << 24) | q) >>> 0;
  }
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
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0)
    return 'search.buckets: must be a power of two';
  const countBytes = decodeBase64(stored.counts);
  const postingBytes = decodeBase64(stored.postings);
  if (!countBytes || countBytes.length !== buckets * 2) return `search.counts: expected ${buckets} counts in base64`;
  if (!postingBytes || postingBytes.length % 4 !== 0) return 'search.postings: not base64 of 32-bit numbers';
  const counts = new Uint16Array(countBytes.buffer, countBytes.byteOffset, buckets);
  const postings = new Uint32Array(postingBytes.buffer, postingBytes.byteOffset, postingBytes.length / 4);
  const offsets = new Uint32Array(buckets + 1);
  for (let b = 0; b < buckets; b++) offsets[b + 1] = offsets[b]! + counts[b]!;
  if (offsets[buckets] !== postings.length)
    return `search.postings: expected ${offsets[buckets]} postings, found ${postings.length}`;
  for (let i = 0; i < postings.length; i++) {
    const q = quoteOf(postings[i]!);
    if (q >= quoteCount) return `search.postings: quote number ${q} is beyond the ${quoteCount} quotes`;
  }
  return { mask: buckets - 1, offsets, postings };
}
