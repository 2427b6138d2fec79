// Aligns a page's wording of a quotation with an indexed wording, word by word: a local alignment that
// lets the page trim either end, leave words out where it prints an ellipsis, put its own words in
// [brackets], and misspell (or correct) a word here and there.

import { COMMON_WORDS } from '../text/common-words';
import type { Words } from '../text/words';

export type AlignOp =
  /** The same word. */
  | { op: 'same'; page: number; index: number }
  /**
   * A misspelling on one side or the other; or, `compound`, one of two words that the other side writes as
   * one ("multiplanetary", "multi-planetary"): the same letters, counted as the same word.
   */
  | { op: 'typo'; page: number; index: number; compound?: true }
  /** A different word in the same place. */
  | { op: 'changed'; page: number; index: number }
  /** A word of the page's that the index does not have. */
  | { op: 'added'; page: number }
  /** The page's own word in brackets, standing in for the speaker's. */
  | { op: 'bracket'; page: number }
  /**
   * A word of the index's that the page leaves out: trimmed off an end, elided where the page prints an
   * ellipsis (or brackets), or dropped silently from the middle.
   */
  | { op: 'omitted'; index: number; how: 'trimmed' | 'elided' | 'dropped' };

export interface Alignment {
  ops: AlignOp[];
  /** Page words matched to index words (a misspelling counts 0.8; a compound's words, 1 each). */
  matched: number;
  /** Matched words outside the common-words list: the evidence that these are someone's words. */
  content: number;
  /** Matched common words that stand in a run of at least RUN_WORDS words matched in order. */
  inRuns: number;
  /** Page words, brackets left out. */
  pageWords: number;
  indexWords: number;
  /** The index words the alignment spans. */
  indexFrom: number;
  indexTo: number;
}

/** Words matched in order, one after the other, that make a run: a run this long is not chance. */
export const RUN_WORDS = 7;

const SAME = 2;
const TYPO = 1.4;
const CHANGED = -1.2;
const GAP = -1;
/** A compound written as one word on one side and two on the other: two words, each spelt otherwise. */
const COMPOUND = 2 * TYPO;

// Score and move tables, reused from call to call: a query aligns with several candidates.
let H = new Float64Array(1024);
// 0 start, 1 diagonal, 2 page word added, 3 index word omitted, 4 page word for two index words, 5 the reverse
let move = new Uint8Array(1024);

/**
 * Aligns the page's words with an indexed wording. `indexSet` (the wording's words as a set) may be given
 * when the caller already has it.
 */
export function align(
  page: Words,
  index: Words,
  indexSet: ReadonlySet<string> = new Set(index.words),
): Alignment | null {
  const P = page.words;
  const Q = index.words;
  const m = P.length;
  const n = Q.length;
  if (m === 0 || n === 0) return null;
  const W = n + 1;
  if (H.length < (m + 1) * W) {
    H = new Float64Array((m + 1) * W * 2);
    move = new Uint8Array((m + 1) * W * 2);
  }
  H.fill(0, 0, W);
  // Misspellings are looked for only among the words one side has and the other lacks.
  const typos = misspellings(page, index, indexSet);
  const { joins, splits } = compounds(page, index);
  const pairOf = (i: number, j: number): number => (P[i] === Q[j] ? SAME : typos.has(i * n + j) ? TYPO : CHANGED);
  let best = 0;
  let bestAt = 0;
  for (let i = 1; i <= m; i++) {
    const bracket = page.bracket[i - 1]!;
    // Leaving index words out is free across an ellipsis of the page's, or under its bracketed words.
    const freeOmit = (i < m && page.gapBefore[i]!) || bracket;
    H[i * W] = 0;
    for (let j = 1; j <= n; j++) {
      const pair = bracket ? 0 : pairOf(i - 1, j - 1);
      const diag = H[(i - 1) * W + j - 1]! + pair;
      const freeAdd = bracket || (j < n && index.gapBefore[j]!);
      const up = H[(i - 1) * W + j]! + (freeAdd ? 0 : GAP);
      const left = H[i * W + j - 1]! + (freeOmit ? 0 : GAP);
      let h = 0;
      let mv = 0;
      if (diag > h) {
        h = diag;
        mv = 1;
      }
      if (up > h) {
        h = up;
        mv = 2;
      }
      if (left > h) {
        h = left;
        mv = 3;
      }
      // One word on one side written as two on the other ("multiplanetary", "multi-planetary").
      if (j > 1 && joins.has((i - 1) * n + j - 1) && H[(i - 1) * W + j - 2]! + COMPOUND > h) {
        h = H[(i - 1) * W + j - 2]! + COMPOUND;
        mv = 4;
      }
      if (i > 1 && splits.has((i - 1) * n + j - 1) && H[(i - 2) * W + j - 1]! + COMPOUND > h) {
        h = H[(i - 2) * W + j - 1]! + COMPOUND;
        mv = 5;
      }
      H[i * W + j] = h;
      move[i * W + j] = mv;
      if (h > best) {
        best = h;
        bestAt = i * W + j;
      }
    }
  }
  if (best === 0) return null;

  const core: AlignOp[] = [];
  const pageTo = Math.floor(bestAt / W);
  const indexTo = bestAt % W;
  let i = pageTo;
  let j = indexTo;
  while (i > 0 && j > 0 && move[i * W + j] !== 0) {
    const mv = move[i * W + j];
    if (mv === 1) {
      const p = P[i - 1]!;
      const q = Q[j - 1]!;
      if (page.bracket[i - 1]) core.push({ op: 'bracket', page: i - 1 });
      else
        core.push({
          op: p === q ? 'same' : typos.has((i - 1) * n + j - 1) ? 'typo' : 'changed',
          page: i - 1,
          index: j - 1,
        });
      i--;
      j--;
    } else if (mv === 2) {
      core.push(page.bracket[i - 1] ? { op: 'bracket', page: i - 1 } : { op: 'added', page: i - 1 });
      i--;
    } else if (mv === 4) {
      core.push(
        { op: 'typo', page: i - 1, index: j - 1, compound: true },
        { op: 'typo', page: i - 1, index: j - 2, compound: true },
      );
      i--;
      j -= 2;
    } else if (mv === 5) {
      core.push(
        { op: 'typo', page: i - 1, index: j - 1, compound: true },
        { op: 'typo', page: i - 2, index: j - 1, compound: true },
      );
      i -= 2;
      j--;
    } else {
      const elided = (i < m && page.gapBefore[i]!) || !!page.bracket[i - 1];
      core.push({ op: 'omitted', index: j - 1, how: elided ? 'elided' : 'dropped' });
      j--;
    }
  }
  core.reverse();
  // Around the aligned part: what the page trimmed from the index's wording, and what it has besides.
  const ops: AlignOp[] = [];
  for (let k = 0; k < j; k++) ops.push({ op: 'omitted', index: k, how: 'trimmed' });
  for (let k = 0; k < i; k++) ops.push(page.bracket[k] ? { op: 'bracket', page: k } : { op: 'added', page: k });
  ops.push(...core);
  for (let k = pageTo; k < m; k++) ops.push(page.bracket[k] ? { op: 'bracket', page: k } : { op: 'added', page: k });
  for (let k = indexTo; k < n; k++) ops.push({ op: 'omitted', index: k, how: 'trimmed' });
  const indexFrom = j;
  let matched = 0;
  let content = 0;
  let inRuns = 0;
  // Runs of words matched in order, one index word after the other: their length and common words.
  let run = { length: 0, common: 0 };
  const endRun = () => {
    if (run.length >= RUN_WORDS) inRuns += run.common;
    run = { length: 0, common: 0 };
  };
  let last = -2;
  for (const o of ops) {
    if (o.op === 'same' || o.op === 'typo') {
      const weight = o.op === 'same' || (o.op === 'typo' && o.compound) ? 1 : 0.8;
      const common = COMMON_WORDS.has(Q[o.index]!);
      matched += weight;
      if (!common) content += weight;
      if (o.index !== last + 1) endRun();
      run.length++;
      if (common) run.common += weight;
      last = o.index;
    } else if (o.op === 'omitted' && o.how === 'elided') {
      // An ellipsis keeps the run going: the page left words out, and goes on in order.
      last = o.index;
    } else {
      endRun();
      last = -2;
    }
  }
  endRun();
  return {
    ops,
    matched,
    content,
    inRuns,
    pageWords: page.bracket.filter((b) => !b).length,
    indexWords: n,
    indexFrom,
    indexTo,
  };
}

/** Pairs (page word i, index word j), as i·n + j, that are one misspelling apart. */
const NONE: ReadonlySet<number> = new Set();

function misspellings(page: Words, index: Words, inQ: ReadonlySet<string>): ReadonlySet<number> {
  let out: Set<number> | null = null;
  const P = page.words;
  const Q = index.words;
  let inP: Set<string> | null = null;
  for (let i = 0; i < P.length; i++) {
    if (inQ.has(P[i]!) || page.bracket[i]) continue;
    inP ??= new Set(P);
    for (let j = 0; j < Q.length; j++) {
      if (inP.has(Q[j]!) || !similar(P[i]!, Q[j]!)) continue;
      out ??= new Set();
      out.add(i * Q.length + j);
    }
  }
  return out ?? NONE;
}

/**
 * Compounds one side writes as one word and the other as two: `joins` holds i·n + j where page word i is
 * index words j − 1 and j run together, `splits` holds i·n + j where page words i − 1 and i make index word j.
 */
function compounds(page: Words, index: Words): { joins: ReadonlySet<number>; splits: ReadonlySet<number> } {
  const P = page.words;
  const Q = index.words;
  const n = Q.length;
  const pairs = (words: string[]) => {
    const at = new Map<string, number[]>();
    for (let k = 1; k < words.length; k++) {
      const joined = words[k - 1]! + words[k]!;
      at.set(joined, [...(at.get(joined) ?? []), k]);
    }
    return at;
  };
  const joins = new Set<number>();
  const splits = new Set<number>();
  const indexPairs = pairs(Q);
  for (let i = 0; i < P.length; i++) {
    if (page.bracket[i]) continue;
    for (const j of indexPairs.get(P[i]!) ?? []) joins.add(i * n + j);
  }
  const pagePairs = pairs(P);
  for (let j = 0; j < n; j++) {
    for (const i of pagePairs.get(Q[j]!) ?? []) if (!page.bracket[i] && !page.bracket[i - 1]) splits.add(i * n + j);
  }
  return { joins, splits };
}

// Rows for the edit distance, reused; longer words than this are compared exactly.
const MAX_WORD = 48;
let rowA = new Int32Array(MAX_WORD + 1);
let rowB = new Int32Array(MAX_WORD + 1);
let rowC = new Int32Array(MAX_WORD + 1);

/** One misspelling apart: an edit or a swap of neighbours for words of four letters or more, two for long words. */
export function similar(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  const shorter = Math.min(la, lb);
  if (shorter < 4 || la > MAX_WORD || lb > MAX_WORD) return false;
  const limit = shorter >= 8 ? 2 : 1;
  if (Math.abs(la - lb) > limit) return false;
  // Optimal string alignment distance, stopping once a whole row is over the limit.
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return false;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  [rowA, rowB, rowC] = [prev2, prev, cur];
  return prev[lb]! <= limit;
}
