// The matcher's candidate table, and the query that reads it. Every word pair (bigram) of every indexed
// wording is hashed into buckets, each bucket listing the entries whose wordings hold a pair that hashes
// there. The table is two typed arrays, built once (with the runtime form) and loaded as they are stored,
// so a worker that wakes up reads two buffers instead of re-reading every quotation.

import { COMMON_WORDS } from '../text/common-words';
import type { Words } from '../text/words';

/** The keys and the layout below; a table of another scheme is rebuilt, never read… */
export const TABLE_SCHEME = 'bigram-fnv1a/5';
/**
 * …except one of these, whose keys are a subset of this scheme's (scheme 4 filed no two uncommon words run
 * together): its queries find what they found before.
 */
const SUBSET_SCHEMES = ['bigram-fnv1a/4'];
/** Entry numbers fit in the low 24 bits of a posting. */
export const MAX_ENTRIES = 1 << 24;
const ENTRY_BITS = 0xffffff;

export interface Table {
  /** A key's bucket is key & mask. */
  mask: number;
  /** offsets[b] .. offsets[b + 1]: bucket b's postings. */
  offsets: Uint32Array;
  /**
   * Each posting holds an entry number (its position in the index's quote list) in the low 24 bits, and in the
   * high 8 bits a fingerprint of the pair, so that pairs sharing a bucket are told apart. Within a bucket,
   * postings are in ascending order.
   */
  postings: Uint32Array;
}

/** FNV-1a, 32 bits. */
export function hashText(s: string): number {
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

/** The entry number of a posting. */
export function entryOf(posting: number): number {
  return posting & ENTRY_BITS;
}

/**
 * Every key a page's wording is looked up by: its word pairs (none across an ellipsis), or its one word, and
 * the pairs it would have with any two neighbours run together, since the index may write "multiplanetary"
 * where the page has "multi planetary"; and each long uncommon word alone, which the index files two
 * uncommon words under when run together, since the page may write "speaksvolumes" for "speaks volumes".
 */
export function queryKeys(q: Words): number[] {
  const joins: number[] = [];
  for (let i = 1; i < q.words.length; i++) joins.push(i);
  const alone = q.words.length > 1 ? q.words.filter((w) => w.length >= 2 * MIN_JOINED && !COMMON_WORDS.has(w)) : [];
  return [...keys(q, false), ...joinedKeys(q, joins), ...alone.map(hashText), ...splitKeys(q)];
}

/**
 * The pairs a page's word makes when it is a common word run together with another ("ourbutts",
 * "surprisethem", "andthe"): parted there, with its neighbours. The list of common words tells where,
 * without knowing the index's words.
 */
function splitKeys({ words, gapBefore }: Words): number[] {
  const out: number[] = [];
  for (const [i, w] of words.entries()) {
    if (w.length < 2 + MIN_JOINED || COMMON_WORDS.has(w)) continue;
    for (let k = 2; k <= w.length - 2; k++) {
      const [a, b] = [w.slice(0, k), w.slice(k)];
      if (!(COMMON_WORDS.has(a) && b.length >= MIN_JOINED) && !(COMMON_WORDS.has(b) && a.length >= MIN_JOINED))
        continue;
      out.push(hashText(`${a} ${b}`));
      if (i > 0 && !gapBefore[i]) out.push(hashText(`${words[i - 1]} ${a}`));
      if (i + 1 < words.length && !gapBefore[i + 1]) out.push(hashText(`${b} ${words[i + 1]}`));
    }
  }
  return out;
}

/** Letters of each word of two run together that the index files as one. */
const MIN_JOINED = 3;

/**
 * The keys an indexed wording is filed under: its pairs that hold an uncommon word ("of the", "we have" say
 * nothing of anyone, and are half the pairs of news English), or all its pairs when every word is common; and
 * for a compound written with a hyphen, the pairs it makes written as one word, which a page may do; and two
 * uncommon words run together, as one word alone.
 */
export function indexKeys(q: Words, text: string): number[] {
  const joins: number[] = [];
  for (let i = 1; i < q.words.length; i++) {
    if (HYPHEN.test(text.slice(q.spans[i - 1]![1], q.spans[i]![0]))) joins.push(i);
  }
  // Two uncommon words run together, as a page may write them (a pair of them is no stock phrase).
  const runTogether: number[] = [];
  for (let i = 1; i < q.words.length; i++) {
    const [a, b] = [q.words[i - 1]!, q.words[i]!];
    if (q.gapBefore[i] || a.length < MIN_JOINED || b.length < MIN_JOINED) continue;
    if (!COMMON_WORDS.has(a) && !COMMON_WORDS.has(b)) runTogether.push(hashText(a + b));
  }
  return [
    ...keys(
      q,
      q.words.some((w) => !COMMON_WORDS.has(w)),
    ),
    ...joinedKeys(q, joins),
    ...runTogether,
  ];
}

const HYPHEN = /^[-\u2010\u2011]$/;

function keys({ words, gapBefore }: Words, skipCommon: boolean): number[] {
  if (words.length === 1) return [hashText(words[0]!)];
  const out: number[] = [];
  for (let i = 1; i < words.length; i++) {
    if (gapBefore[i]) continue;
    if (skipCommon && COMMON_WORDS.has(words[i - 1]!) && COMMON_WORDS.has(words[i]!)) continue;
    out.push(hashText(`${words[i - 1]} ${words[i]}`));
  }
  return out;
}

/** The pairs words i − 1 and i make with their neighbours when run together into one word, for each i given. */
function joinedKeys({ words, gapBefore }: Words, joins: number[]): number[] {
  const out: number[] = [];
  for (const i of joins) {
    if (gapBefore[i]) continue;
    const joined = words[i - 1]! + words[i]!;
    if (i >= 2 && !gapBefore[i - 1]) out.push(hashText(`${words[i - 2]} ${joined}`));
    if (i + 1 < words.length && !gapBefore[i + 1]) out.push(hashText(`${joined} ${words[i + 1]}`));
  }
  return out;
}

/** A pair found in more entries than this says nothing about any one of them. */
export function maxPostings(entryCount: number): number {
  return Math.max(64, Math.ceil(entryCount * 0.01));
}

/**
 * Builds a table entry by entry, in memory proportional to its postings (two 32-bit numbers each while
 * building, one in the table): no map of keys, so a million quotations build as fast as a thousand do.
 */
export class TableBuilder {
  private keys = new Uint32Array(1 << 16);
  private entries = new Uint32Array(1 << 16);
  private length = 0;
  private count = 0;

  /** `cap`: postings of a pair beyond which it is left out (by default, maxPostings of the entries). */
  constructor(private readonly cap?: number) {}

  /** Files entry number `entry` under its keys (each entry once). */
  add(entry: number, keys: number[]): void {
    if (entry >= MAX_ENTRIES) throw new Error(`a table holds at most ${MAX_ENTRIES} entries`);
    this.count = Math.max(this.count, entry + 1);
    for (const key of new Set(keys)) {
      if (this.length === this.keys.length) this.grow();
      this.keys[this.length] = key;
      this.entries[this.length++] = entry;
    }
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const keys = new Uint32Array(size);
    keys.set(this.keys);
    const entries = new Uint32Array(size);
    entries.set(this.entries);
    this.keys = keys;
    this.entries = entries;
  }

  finish(): Table {
    const total = this.length;
    // Enough buckets that a bucket holds a few pairs: a lookup then reads little besides its own postings.
    const buckets = bucketsFor(total);
    const mask = buckets - 1;
    const start = new Uint32Array(buckets + 1);
    for (let i = 0; i < total; i++) start[(this.keys[i]! & mask) + 1]!++;
    for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
    // Counting sort by bucket; within a bucket, sorted by fingerprint and entry.
    const sorted = new Uint32Array(total);
    const fill = start.slice(0, buckets);
    for (let i = 0; i < total; i++) {
      const key = this.keys[i]!;
      sorted[fill[key & mask]!++] = ((fingerprint(key) << 24) | this.entries[i]!) >>> 0;
    }
    const cap = this.cap ?? maxPostings(this.count);
    const offsets = new Uint32Array(buckets + 1);
    let out = 0;
    for (let b = 0; b < buckets; b++) {
      const bucket = sorted.subarray(start[b]!, start[b + 1]!).sort();
      // A pair in more entries than the cap is left out; so is a posting twice over (two pairs of one
      // entry that hash alike).
      for (let i = 0; i < bucket.length; ) {
        let j = i;
        while (j < bucket.length && bucket[j]! >>> 24 === bucket[i]! >>> 24) j++;
        let distinct = 0;
        for (let k = i; k < j; k++) if (k === i || bucket[k] !== bucket[k - 1]) distinct++;
        if (distinct <= cap) {
          for (let k = i; k < j; k++) if (k === i || bucket[k] !== bucket[k - 1]) sorted[out++] = bucket[k]!;
        }
        i = j;
      }
      offsets[b + 1] = out;
    }
    this.keys = new Uint32Array(0);
    this.entries = new Uint32Array(0);
    return rebucket({ mask, offsets, postings: sorted.subarray(0, out) });
  }
}

/** Buckets for a table of this many postings: enough that a bucket holds a few pairs. */
function bucketsFor(postings: number): number {
  let buckets = 256;
  while (buckets < postings / 4) buckets *= 2;
  return buckets;
}

/**
 * The table in as many buckets as its kept postings need (the pairs left out, too common, may have been
 * most of them): buckets that differ only in their high bits are merged, each sorted again.
 */
function rebucket(table: Table): Table {
  const buckets = bucketsFor(table.postings.length);
  if (buckets > table.mask) return { ...table, postings: table.postings.slice() };
  const mask = buckets - 1;
  const offsets = new Uint32Array(buckets + 1);
  for (let b = 0; b <= table.mask; b++) offsets[(b & mask) + 1]! += table.offsets[b + 1]! - table.offsets[b]!;
  for (let b = 0; b < buckets; b++) offsets[b + 1]! += offsets[b]!;
  const postings = new Uint32Array(table.postings.length);
  const fill = offsets.slice(0, buckets);
  for (let b = 0; b <= table.mask; b++)
    for (let k = table.offsets[b]!; k < table.offsets[b + 1]!; k++) postings[fill[b & mask]!++] = table.postings[k]!;
  for (let b = 0; b < buckets; b++) postings.subarray(offsets[b]!, offsets[b + 1]!).sort();
  return { mask, offsets, postings };
}

/** A table of the given entries' keys. */
export function buildTable(keysPerEntry: Iterable<number[]>): Table {
  const builder = new TableBuilder();
  let n = 0;
  for (const keys of keysPerEntry) builder.add(n++, keys);
  return builder.finish();
}

/** The table as stored: offsets then postings, 32-bit little-endian numbers. */
export function tableBytes(table: Table): Uint8Array {
  const out = new Uint32Array(table.offsets.length + table.postings.length);
  out.set(table.offsets);
  out.set(table.postings, table.offsets.length);
  return new Uint8Array(out.buffer);
}

/** The stored shape of a table, kept in the runtime form's header. */
export interface TableShape {
  scheme: string;
  buckets: number;
  postings: number;
}

export function shapeOf(table: Table): TableShape {
  return { scheme: TABLE_SCHEME, buckets: table.mask + 1, postings: table.postings.length };
}

/**
 * A stored table, read in place (no copy, no pass over its postings): only its size is checked against the
 * shape its header gives, since the runtime form that holds it was checked when it was built. A string says
 * what is wrong.
 */
export function readTable(bytes: ArrayBuffer, shape: TableShape): Table | string {
  if (shape.scheme !== TABLE_SCHEME) return `the candidate table's scheme is "${shape.scheme}", not "${TABLE_SCHEME}"`;
  const { buckets, postings } = shape;
  if (!Number.isInteger(buckets) || buckets < 1 || (buckets & (buckets - 1)) !== 0)
    return 'the candidate table has a bucket count that is not a power of two';
  if (bytes.byteLength !== 4 * (buckets + 1 + postings))
    return `the candidate table has ${bytes.byteLength} bytes, expected ${4 * (buckets + 1 + postings)}`;
  const offsets = new Uint32Array(bytes, 0, buckets + 1);
  if (offsets[buckets] !== postings) return 'the candidate table’s offsets do not end at its postings';
  return { mask: buckets - 1, offsets, postings: new Uint32Array(bytes, 4 * (buckets + 1), postings) };
}

/**
 * A table kept in pages of consecutive buckets, so that a large one is read a few pages at a time, those
 * of the keys a query looks up, rather than whole at each wake-up. A page is stored as its buckets' offsets
 * (from the page's first posting, PAGE_BUCKETS + 1 numbers) then its postings, 32-bit little-endian.
 */
export const PAGE_BUCKETS = 1024;

/** The stored shape of a paged table: a table's, and how many buckets a page holds. */
export interface PagedShape extends TableShape {
  pageBuckets: number;
}

/** A table's pages, as stored. */
export function tablePages(table: Table): { shape: PagedShape; pages: Uint8Array[] } {
  const buckets = table.mask + 1;
  const pageBuckets = Math.min(PAGE_BUCKETS, buckets);
  const pages: Uint8Array[] = [];
  for (let first = 0; first < buckets; first += pageBuckets) {
    const start = table.offsets[first]!;
    const end = table.offsets[first + pageBuckets]!;
    const page = new Uint32Array(pageBuckets + 1 + end - start);
    for (let b = 0; b <= pageBuckets; b++) page[b] = table.offsets[first + b]! - start;
    page.set(table.postings.subarray(start, end), pageBuckets + 1);
    pages.push(new Uint8Array(page.buffer));
  }
  return { shape: { ...shapeOf(table), pageBuckets }, pages };
}

export function pageCount(shape: PagedShape): number {
  return shape.buckets / shape.pageBuckets;
}

/** Why a paged table's shape cannot be read, if it cannot. */
export function pagedShapeProblem(shape: PagedShape): string | null {
  if (shape.scheme !== TABLE_SCHEME && !SUBSET_SCHEMES.includes(shape.scheme))
    return `the candidate table's scheme is "${shape.scheme}", not "${TABLE_SCHEME}"`;
  const powerOfTwo = (n: number) => Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;
  if (!powerOfTwo(shape.buckets)) return 'the candidate table has a bucket count that is not a power of two';
  if (!powerOfTwo(shape.pageBuckets) || shape.pageBuckets > shape.buckets)
    return 'the candidate table has pages that do not divide its buckets';
  return null;
}

/** A stored page read in place; a string says what is wrong with it. */
export function readPage(bytes: Uint8Array, pageBuckets: number): Table | string {
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const head = 4 * (pageBuckets + 1);
  if (bytes.byteLength < head || bytes.byteLength % 4 !== 0)
    return `a candidate table page has ${bytes.byteLength} bytes`;
  const offsets = new Uint32Array(bytes.buffer, bytes.byteOffset, pageBuckets + 1);
  if (offsets[0] !== 0 || head + 4 * offsets[pageBuckets]! !== bytes.byteLength)
    return 'a candidate table page’s offsets do not end at its postings';
  const postings = new Uint32Array(bytes.buffer, bytes.byteOffset + head, offsets[pageBuckets]!);
  return { mask: pageBuckets - 1, offsets, postings };
}

/**
 * A paged table being read: `load` reads the pages of the keys a query will look up (a few, kept in a small
 * cache beside those), then `bucket` reads them without waiting.
 */
export class PagedTable {
  readonly mask: number;
  private readonly pages = new Map<number, Table>();

  constructor(
    readonly shape: PagedShape,
    /** Reads pages, together. */
    private readonly read: (pages: number[]) => Promise<Uint8Array[]>,
    /** Pages kept beyond those the latest load needed. */
    private readonly keep = 256,
  ) {
    const problem = pagedShapeProblem(shape);
    if (problem) throw new Error(problem);
    this.mask = shape.buckets - 1;
  }

  private pageOf(key: number): number {
    return Math.floor((key & this.mask) / this.shape.pageBuckets);
  }

  async load(keys: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    for (const key of keys) wanted.add(this.pageOf(key));
    const missing: number[] = [];
    for (const p of wanted) {
      const cached = this.pages.get(p);
      if (!cached) missing.push(p);
      else {
        this.pages.delete(p);
        this.pages.set(p, cached);
      }
    }
    if (missing.length > 0) {
      const read = await this.read(missing);
      for (const [i, p] of missing.entries()) {
        const page = readPage(read[i]!, this.shape.pageBuckets);
        if (typeof page === 'string') throw new Error(page);
        this.pages.set(p, page);
      }
    }
    for (const p of this.pages.keys()) {
      if (this.pages.size <= Math.max(this.keep, wanted.size)) break;
      if (!wanted.has(p)) this.pages.delete(p);
    }
  }

  /** The postings of a key's bucket; its page must have been loaded. */
  bucket(key: number): Uint32Array {
    const page = this.pages.get(this.pageOf(key));
    if (!page) throw new Error('a candidate table page was not loaded');
    const b = key & page.mask;
    return page.postings.subarray(page.offsets[b]!, page.offsets[b + 1]!);
  }
}

/** A table the candidate query reads: whole in memory, or paged. */
export type CandidateTable = Table | PagedTable;

/** The postings of a key's bucket in a table. */
export function bucketOf(table: CandidateTable, key: number): Uint32Array {
  if (table instanceof PagedTable) return table.bucket(key);
  const b = key & table.mask;
  return table.postings.subarray(table.offsets[b]!, table.offsets[b + 1]!);
}

/** Reads the pages of paged tables that these keys' lookups need. */
export async function loadKeys(table: CandidateTable | readonly CandidateTable[], keys: number[]): Promise<void> {
  const tables = Array.isArray(table) ? table : [table as CandidateTable];
  await Promise.all(tables.map((t) => (t instanceof PagedTable ? t.load(keys) : undefined)));
}

/**
 * A bucket with more postings than this (or than an eighth of the most a pair may have, in a large index)
 * holds common pairs only…
 */
const COMMON_BUCKET = 64;
/** …and is read only while fewer than this of the page's rarer pairs were found. */
const MIN_KEYS = 3;
/** Candidates scoring under this share of the best one's shared pairs are left out. */
const RIVAL_SHARE = 0.4;

/**
 * Entry numbers sharing the most telling word pairs with a page's wording, best first, at most `limit`: each
 * pair counts by how rare it is, so "private tuition" outweighs "drain the". `score` is scratch space, one
 * number per entry, all zero before and after.
 */
export function candidates(
  table: CandidateTable | readonly CandidateTable[],
  keys: number[],
  score: Float32Array,
  limit: number,
): number[] {
  return scoredCandidates(table, keys, score, limit).map(([q]) => q);
}

/**
 * The candidates, each with its score: the weight of the pairs it shares with the page. Several tables are
 * read as one (an index that grows keeps a table of its changes beside its main one).
 */
export function scoredCandidates(
  table: CandidateTable | readonly CandidateTable[],
  keys: number[],
  score: Float32Array,
  limit: number,
): [entry: number, score: number][] {
  const tables = Array.isArray(table) ? table : [table as CandidateTable];
  const touched: number[] = [];
  // Common pairs cost the most to read and say the least: read the rarer pairs, and common ones only
  // when the page has too few of the others.
  const unique = [...new Set(keys)];
  const buckets = unique.map((key) => tables.map((t) => bucketOf(t, key)));
  const sizes = buckets.map((bs) => bs.reduce((n, b) => n + b.length, 0));
  const order = unique.map((_, n) => n).sort((a, b) => sizes[a]! - sizes[b]!);
  const found: number[] = [];
  const common = Math.max(COMMON_BUCKET, maxPostings(score.length) / 8);
  let read = 0;
  for (let n = 0; n < order.length; n++) {
    const key = unique[order[n]!]!;
    if (sizes[order[n]!]! > common && read >= MIN_KEYS) break;
    const fp = fingerprint(key);
    found.length = 0;
    for (const postings of buckets[order[n]!]!) {
      for (let k = 0; k < postings.length; k++) if (postings[k]! >>> 24 === fp) found.push(entryOf(postings[k]!));
    }
    if (tables.length > 1) {
      const distinct = [...new Set(found)];
      found.length = 0;
      found.push(...distinct);
    }
    if (found.length > 0) read++;
    const weight = 1 / Math.log2(2 + found.length);
    for (const q of found) {
      if (q >= score.length) continue;
      if (score[q] === 0) touched.push(q);
      score[q]! += weight;
    }
  }
  // Only candidates that share about as much as the best one can be the match, or its rival.
  let top = 0;
  for (const q of touched) if (score[q]! > top) top = score[q]!;
  const out = touched.filter((q) => score[q]! >= RIVAL_SHARE * top);
  out.sort((a, b) => score[b]! - score[a]! || a - b);
  const scored = out.slice(0, limit).map((q): [number, number] => [q, score[q]!]);
  for (const q of touched) score[q] = 0;
  return scored;
}
