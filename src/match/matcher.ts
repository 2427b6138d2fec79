// The matcher: which indexed quotation a page's quotation is, if any. One API for the content script's
// background, the CLI and the tests, over one index or several at once. Candidates come from each index's
// bigram table (compact/table.ts); each is then aligned word by word, and the match is accepted only on
// enough uncommon words: a wrong speaker is the worst outcome.

import { candidates, loadKeys, queryKeys } from '../compact/table';
import { type EntryStore, memoryStore } from '../index/entries';
import type { IndexQuote, IndexSpeaker, QuoteIndex } from '../index/schema';
import { type Words, wordsOf } from '../text/words';
import { type Alignment, type AlignOp, align } from './align';
import { sameSpeaker } from './speakers';

export type Strictness = 'strict' | 'balanced' | 'loose';

/** The lowest confidence shown at each strictness; "balanced" is the default. */
export const THRESHOLDS: Record<Strictness, number> = { strict: 0.8, balanced: 0.68, loose: 0.55 };

/** A page quotation giving fewer of an indexed quotation's words than this is too common to tell anyone's. */
export const MIN_QUERY_WORDS = 4;
/** A page that gives less of an indexed quotation than the whole must give this many of its words… */
const MIN_FRAGMENT_WORDS = 6;
/** …or one less, this many of them uncommon. */
const MIN_SHORT_CONTENT = 3;
/** A page that covers this share of an indexed quotation gives the whole of it… */
const WHOLE_QUOTE = 0.8;
/** …and then its common words count this much each as evidence… */
const COMMON_WEIGHT = 0.3;
/** …enough to match on common words alone when there are this many. */
const MIN_COMMON_WHOLE = 10;
/** Share of a part's words that must be in the whole utterance's matched wording. */
const PART_SHARE = 0.8;
/** A rival within this share of a match's confidence makes it ambiguous… */
const AMBIGUOUS = 0.9;
/** …and an ambiguous match loses this share of its confidence; one that a rival fits as well, this share. */
const AMBIGUITY_PENALTY = 0.8;
const TIED = 0.98;
const TIE_PENALTY = 0.5;
/** A wording sharing fewer than this share of the shorter side's words cannot match, misspelt or not. */
const MIN_SHARED = 0.5;
/** Candidates aligned per query and index, best first by shared word pairs. */
const CANDIDATES = 8;
/** Quotes whose wordings are kept split into words, per index. */
const WORDINGS_KEPT = 4096;

export interface Match {
  /** The index it was found in. */
  store: EntryStore;
  quote: IndexQuote;
  speaker: IndexSpeaker | null;
  /** 0 to 1. */
  confidence: number;
  /** The indexed wording the page's was aligned with (the canonical one or a variant). */
  wording: string;
  alignment: Alignment;
}

/** A candidate quote as a page's text aligns with it, before its speaker is known. */
interface Aligned {
  q: number;
  alignment: Alignment;
  confidence: number;
  /** The wording aligned with. */
  text: string;
}

interface Shelf {
  store: EntryStore;
  wordings: Map<number, Wording[]>;
  /** The candidates of each text the latest prepare read, aligned: the match that follows takes them. */
  prepared: Map<string, Aligned[]>;
  /** Scratch space for candidate scores, one per quote, kept at zero between queries. */
  score: Float32Array;
}

export class Matcher {
  private readonly shelves: Shelf[];

  /** A matcher over one index or several: an index file in memory, or entry stores. */
  constructor(indexes: QuoteIndex | EntryStore | EntryStore[]) {
    const stores = Array.isArray(indexes) ? indexes : ['format' in indexes ? memoryStore(indexes) : indexes];
    this.shelves = stores.map((store) => ({
      store,
      wordings: new Map(),
      prepared: new Map(),
      score: new Float32Array(store.quoteCount),
    }));
  }

  /**
   * Reads, from each index, the pages of its table that matching these texts looks up, the quotes it may
   * align, and the speakers of those that align (before match, search…): only a match's speaker and its
   * rivals' are shown or weighed, so a candidate's that does not align is not read.
   */
  async prepare(texts: string[]): Promise<void> {
    const words = texts.map((text) => wordsOf(text));
    const keys = words.flatMap((w) => queryKeys(w));
    await Promise.all(
      this.shelves.map(async (shelf) => {
        shelf.prepared.clear();
        await loadKeys(shelf.store.table, keys);
        const found = words.map((w) => this.candidates(shelf, w));
        await shelf.store.loadQuotes(new Set(found.flat()));
        const speakers = new Set<string>();
        for (const [i, w] of words.entries()) {
          const aligned = this.aligned(shelf, w, found[i]!);
          shelf.prepared.set(texts[i]!, aligned);
          for (const a of aligned) {
            const speaker = shelf.store.quote(a.q).speaker;
            if (speaker) speakers.add(speaker);
          }
        }
        await shelf.store.loadSpeakers(speakers);
      }),
    );
  }

  /** Forgets what it kept of an index's quotes (their words): the index changed them. */
  refresh(store: EntryStore): void {
    for (const shelf of this.shelves) {
      if (shelf.store !== store) continue;
      shelf.wordings.clear();
      shelf.prepared.clear();
    }
  }

  /** The best match above the threshold, or null. */
  match(text: string, threshold = THRESHOLDS.balanced): Match | null {
    return this.search(text, 1, threshold)[0] ?? null;
  }

  /**
   * The parts of one utterance that a page broke with its attribution (“A,” she said, “B.”): the whole
   * utterance is matched, and each part in its matched wording takes that match (a part alone may fit
   * another quotation that opens the same way); a part that is not takes its own.
   */
  matchUtterance(parts: string[], threshold = THRESHOLDS.balanced): (Match | null)[] {
    if (parts.length < 2) return parts.map((p) => this.match(p, threshold));
    const whole = this.match(parts.join(' '), threshold);
    const wording = whole ? wordsOf(whole.wording, true) : null;
    return parts.map((p) => {
      if (whole && wording) {
        const alignment = align(wordsOf(p), wording);
        if (alignment && alignment.matched >= PART_SHARE * alignment.pageWords) return { ...whole, alignment };
      }
      return this.match(p, threshold);
    });
  }

  /** Up to `limit` matches at or above `threshold`, best first. */
  search(text: string, limit = 5, threshold = 0): Match[] {
    let page: Words | undefined;
    const found: Match[] = [];
    for (const shelf of this.shelves) {
      let aligned = shelf.prepared.get(text);
      if (!aligned) {
        page ??= wordsOf(text);
        aligned = this.aligned(shelf, page, this.candidates(shelf, page));
      }
      for (const { q, ...a } of aligned) {
        const quote = shelf.store.quote(q);
        // Left out since it was aligned (the reading memory hides what the page itself printed).
        if (quote.variants.length === 0) continue;
        const speaker = quote.speaker ? shelf.store.speaker(quote.speaker) : null;
        found.push({
          store: shelf.store,
          quote,
          speaker,
          confidence: a.confidence,
          wording: a.text,
          alignment: a.alignment,
        });
      }
    }
    // Words that fit two speakers' quotations about as well cannot be shown as either one's.
    const raw = found.map((m) => m.confidence);
    found.forEach((m, i) => {
      let rival = 0;
      for (const [j, o] of found.entries()) if (j !== i && rivals(m, o)) rival = Math.max(rival, raw[j]! / raw[i]!);
      // As well as another speaker's words, it is a toss of a coin whose they are.
      if (rival >= TIED) m.confidence = round(m.confidence * TIE_PENALTY);
      else if (rival >= AMBIGUOUS) m.confidence = round(m.confidence * AMBIGUITY_PENALTY);
    });
    found.sort((a, b) => b.confidence - a.confidence);
    return found.filter((m) => m.confidence >= threshold).slice(0, limit);
  }

  private candidates(shelf: Shelf, page: Words): number[] {
    // An index that grows (the reading memory) may have more quotes than when the matcher was made.
    if (shelf.score.length < shelf.store.quoteCount) shelf.score = new Float32Array(shelf.store.quoteCount + 1024);
    return candidates(shelf.store.table, queryKeys(page), shelf.score, CANDIDATES);
  }

  /** The candidates that a page's text aligns with well enough to weigh. */
  private aligned(shelf: Shelf, page: Words, candidates: number[]): Aligned[] {
    const pageWords = page.bracket.filter((b) => !b).length;
    // One word short may still give as many of the index's, written as a compound ("Silicon Valley" as
    // "SiliconValley"): the alignment must match MIN_QUERY_WORDS of the index's words either way.
    if (pageWords < MIN_QUERY_WORDS - 1) return [];
    return candidates.flatMap((q) => this.compare(shelf, page, pageWords, q) ?? []);
  }

  private compare({ store, wordings: kept }: Shelf, page: Words, pageWords: number, q: number): Aligned | null {
    const quote = store.quote(q);
    // A quote without wordings (one the reading memory forgot, or hides for now) matches nothing.
    if (quote.variants.length === 0) return null;
    let wordings = kept.get(q);
    if (!wordings) {
      if (kept.size >= WORDINGS_KEPT) kept.clear();
      wordings = wordingsOf(quote);
      kept.set(q, wordings);
    }
    let best: { alignment: Alignment; confidence: number; text: string } | null = null;
    for (const w of wordings) {
      // Too few words in common to reach any threshold, even allowing for misspellings: skip the alignment.
      let shared = 0;
      for (const word of page.words) if (w.set.has(word)) shared++;
      if (shared < MIN_SHARED * Math.min(pageWords, w.words.words.length)) continue;
      const alignment = align(page, w.words, w.set);
      if (!alignment) continue;
      const confidence = confidenceOf(alignment);
      if (!best || confidence > best.confidence) best = { alignment, confidence, text: w.text };
    }
    return best && { q, ...best };
  }
}

/**
 * Whether two matches are two speakers' words. In one index, two entries are, unless both name one person.
 * Across indexes (whose speaker ids say nothing of each other), only two names that are not one person's
 * are: words that one index holds from no one, or from a description ("the report said"), never outweigh a
 * named speaker another index holds them from.
 */
function rivals(a: Match, b: Match): boolean {
  if (a.store === b.store && a.quote.speaker === b.quote.speaker) return false;
  const named = (s: IndexSpeaker | null): s is IndexSpeaker => s !== null && s.kind !== 'description';
  if (named(a.speaker) && named(b.speaker)) return !sameSpeaker(a.speaker.name, b.speaker);
  return a.store === b.store;
}

interface Wording {
  text: string;
  words: Words;
  set: Set<string>;
}

/** The distinct wordings of a quote: canonical first, then each variant that differs in its words. */
function wordingsOf(quote: IndexQuote): Wording[] {
  const out: Wording[] = [];
  const seen = new Set<string>();
  for (const text of [quote.text, ...quote.variants.map((v) => v.text)]) {
    const words = wordsOf(text, true);
    const key = words.words.join(' ') + words.gapBefore.join('');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text, words, set: new Set(words.words) });
  }
  return out;
}

/**
 * How sure a match is: how much of the shorter wording the alignment covers, times the weight of its
 * evidence. Evidence is the uncommon words matched (one is weak, four are strong). Common words count a
 * little too where the page gives nearly the whole indexed quotation (a stock phrase is seldom the whole of
 * what someone said), or where they stand in a run of seven words or more matched in order (a long run
 * of words in the same order is not chance). Without one uncommon word there is no match at all, unless
 * the page gives the whole of a quotation of ten words or more: a fragment made only of common words
 * ("I don't know if we can do that") stays unmatched, whoever it might be.
 */
export function confidenceOf(a: Alignment): number {
  if (a.matched < MIN_QUERY_WORDS) return 0;
  const pageCoverage = a.matched / a.pageWords;
  const indexCoverage = a.matched / a.indexWords;
  const whole = indexCoverage >= WHOLE_QUOTE;
  if (a.content === 0 && !(whole && a.matched >= MIN_COMMON_WHOLE)) return 0;
  // A few words of a longer quotation are a phrase anyone may use ("the most valuable player", "The Wall
  // Street Journal"), unless there are five and most are uncommon ("pouring fuel on the fire").
  if (!whole && a.matched < MIN_FRAGMENT_WORDS && (a.matched < MIN_FRAGMENT_WORDS - 1 || a.content < MIN_SHORT_CONTENT))
    return 0;
  const coverage = Math.min(1, Math.max(pageCoverage, indexCoverage));
  const common = whole ? a.matched - a.content : a.inRuns;
  const evidence = 1 - 0.55 ** (a.content + COMMON_WEIGHT * common);
  return round(coverage ** 1.5 * evidence);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export type { AlignOp };
