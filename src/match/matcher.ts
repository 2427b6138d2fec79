// The matcher: which indexed quotation a page's quotation is, if any. One API for the content script's
// background, the CLI and the tests. Candidates come from the bigram table; each is then aligned word by
// word, and the match is accepted only on enough uncommon words: a wrong speaker is the worst outcome.

import type { IndexQuote, IndexSpeaker, QuoteIndex } from '../index/schema';
import { tableOf } from '../index/schema';
import { align, type AlignOp, type Alignment } from './align';
import { queryWords, type QueryWords } from './query';
import { keysOf, type Table } from './table';

export type Strictness = 'strict' | 'balanced' | 'loose';

/** The lowest confidence shown at each strictness; "balanced" is the default. */
export const THRESHOLDS: Record<Strictness, number> = { strict: 0.8, balanced: 0.68, loose: 0.55 };

/** A page quotation shorter than this is too common to tell anyone's words apart. */
export const MIN_QUERY_WORDS = 4;
/** Candidates aligned per query, best first by shared word pairs. */
const CANDIDATES = 8;

export interface Match {
  quote: IndexQuote;
  speaker: IndexSpeaker | null;
  /** 0 to 1. */
  confidence: number;
  /** The indexed wording the page's was aligned with (the canonical one or a variant). */
  wording: string;
  alignment: Alignment;
}

export class Matcher {
  private readonly table: Table;
  private readonly speakers: Map<string, IndexSpeaker>;
  private readonly wordings: (QueryWords[] | undefined)[];
  private readonly hits: Uint16Array;

  constructor(readonly index: QuoteIndex) {
    this.table = tableOf(index);
    this.speakers = new Map(index.speakers.map((s) => [s.id, s]));
    this.wordings = new Array(index.quotes.length);
    this.hits = new Uint16Array(index.quotes.length);
  }

  /** The best match above the threshold, or null. */
  match(text: string, threshold = THRESHOLDS.balanced): Match | null {
    return this.search(text, 1, threshold)[0] ?? null;
  }

  /** Up to `limit` matches at or above `threshold`, best first. */
  search(text: string, limit = 5, threshold = 0): Match[] {
    const page = queryWords(text);
    if (page.bracket.filter((b) => !b).length < MIN_QUERY_WORDS) return [];
    const found: Match[] = [];
    for (const q of this.candidates(page)) {
      const m = this.compare(page, q);
      if (m) found.push(m);
    }
    found.sort((a, b) => b.confidence - a.confidence);
    // The same words under two different speakers: neither can be shown with confidence.
    const [first, second] = found;
    if (first && second && second.quote.speaker !== first.quote.speaker && second.confidence > 0.9 * first.confidence) {
      first.confidence = round(first.confidence * 0.8);
    }
    return found.filter((m) => m.confidence >= threshold).slice(0, limit);
  }

  /** Quote numbers sharing the most word pairs with the page's wording. */
  private candidates(page: QueryWords): number[] {
    const { mask, offsets, postings } = this.table;
    const hits = this.hits;
    const touched: number[] = [];
    for (const key of new Set(keysOf(page))) {
      const b = key & mask;
      for (let k = offsets[b]!; k < offsets[b + 1]!; k++) {
        const q = postings[k]!;
        if (hits[q] === 0) touched.push(q);
        hits[q]!++;
      }
    }
    touched.sort((a, b) => hits[b]! - hits[a]! || a - b);
    const out = touched.slice(0, CANDIDATES);
    for (const q of touched) hits[q] = 0;
    return out;
  }

  private compare(page: QueryWords, q: number): Match | null {
    const quote = this.index.quotes[q]!;
    const wordings = (this.wordings[q] ??= [quote.text, ...quote.variants.map((v) => v.text)].map((t) => queryWords(t, true)));
    let best: { alignment: Alignment; confidence: number; k: number } | null = null;
    wordings.forEach((w, k) => {
      const alignment = align(page, w);
      if (!alignment) return;
      const confidence = confidenceOf(alignment);
      if (!best || confidence > best.confidence) best = { alignment, confidence, k };
    });
    if (!best) return null;
    const { alignment, confidence, k } = best;
    return {
      quote,
      speaker: quote.speaker ? (this.speakers.get(quote.speaker) ?? null) : null,
      confidence,
      wording: k === 0 ? quote.text : quote.variants[k - 1]!.text,
      alignment,
    };
  }
}

/**
 * How sure a match is: how much of the shorter wording the alignment covers, times the weight of its
 * uncommon words (one such word is weak evidence, four are strong).
 */
export function confidenceOf(a: Alignment): number {
  if (a.matched < MIN_QUERY_WORDS) return 0;
  const pageCoverage = a.matched / a.pageWords;
  const indexCoverage = a.matched / a.indexWords;
  const coverage = Math.max(pageCoverage, indexCoverage);
  const evidence = 1 - Math.pow(0.55, a.content);
  return round(Math.pow(coverage, 1.5) * evidence);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { AlignOp };
