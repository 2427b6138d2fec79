// What a page quotes: the one quote finder over the page's text a few paragraphs at a time, picking the
// passages to read in full; and the quotations that stand without quotation marks (blockquote, pull quote, <q>).

import { findQuotes } from '../quotes/find';
import type { Span } from '../text/paragraphs';
import { nearestBlock, type PageText, type ReadRoot, rendered } from './page-text';

/**
 * A stretch of the page that holds quotations, with the paragraphs before them that say who "he" or
 * "Adams" is: what the background extracts quotations and speakers from.
 */
export interface Passage {
  /** Page-text offsets of the stretch. */
  start: number;
  end: number;
  /** Its paragraphs, as offsets into the stretch. */
  paragraphs: Span[];
  /** Quotations starting before this offset into the stretch belong to the passage before (context here). */
  own: number;
  /** Its paragraphs that are headings or captions, not prose (by their position in `paragraphs`). */
  apart: number[];
}

/** A quotation that stands without quotation marks: an element whose whole text is the quotation. */
export interface BareQuote {
  element: Element;
  text: string;
}

/** Characters of text looked through per step; a step stays well inside a slice. */
const STEP_CHARS = 2000;
/** Paragraphs before a quotation read with it, for who "he" or "Adams" is. */
const CONTEXT_PARAGRAPHS = 3;
/** A mention of a person further back than this has little to say about a pronoun. */
const CONTEXT_CHARS = 4000;

const MIN_BARE_WORDS = 6;
const MAX_BARE_WORDS = 400;
const BARE_SELECTOR = 'blockquote, q, [class*="pullquote" i], [class*="pull-quote" i], [class*="pull_quote" i]';
const QUOTE_START = /["“„«»‘'‚「『]/;

/**
 * The passages of the page text that hold quotations, a step at a time: the finder looks through every
 * paragraph (cheaply), and only the rendered paragraphs with quotation marks, with a few before them, are
 * passed on.
 */
export function* passagesIn(page: PageText): Generator<void, Passage[]> {
  const out: Passage[] = [];
  const paras = page.paragraphs;
  // Whether a block is rendered is asked only of those that hold quotations, and of their context.
  const shown = new Map<Element, boolean>();
  const visible = (k: number): boolean => {
    const block = page.blocks[k]!;
    let v = shown.get(block);
    if (v === undefined) {
      v = rendered(block);
      shown.set(block, v);
    }
    return v;
  };
  for (let from = 0; from < paras.length; ) {
    let to = from;
    let size = 0;
    while (to < paras.length && size < STEP_CHARS) size += paras[to]!.end - paras[to++]!.start;
    const needed = new Set<number>();
    for (const q of findQuotes(page.text, paras.slice(from, to))) {
      const p = paragraphAt(paras, q.open, from, to);
      if (!visible(p)) continue;
      for (
        let c = p;
        c >= Math.max(0, p - CONTEXT_PARAGRAPHS) && paras[p]!.start - paras[c]!.start <= CONTEXT_CHARS;
        c--
      )
        if (visible(c)) needed.add(c);
      // A quotation that runs on through the following paragraphs.
      for (let c = p + 1; c < to && QUOTE_START.test(page.text[paras[c]!.start]!); c++) if (visible(c)) needed.add(c);
    }
    // Runs of needed paragraphs become passages.
    const indices = [...needed].sort((a, b) => a - b);
    for (let i = 0; i < indices.length; ) {
      let j = i;
      while (j + 1 < indices.length && indices[j + 1] === indices[j]! + 1) j++;
      const first = paras[indices[i]!]!;
      const last = paras[indices[j]!]!;
      const run = indices.slice(i, j + 1);
      out.push({
        start: first.start,
        end: last.end,
        paragraphs: run.map((k) => ({ start: paras[k]!.start - first.start, end: paras[k]!.end - first.start })),
        own: Math.max(0, paras[from]!.start - first.start),
        apart: run.flatMap((k, at) => (page.roles[k] === 'text' ? [] : [at])),
      });
      i = j + 1;
    }
    from = to;
    yield;
  }
  return out;
}

function paragraphAt(paras: Span[], offset: number, from: number, to: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paras[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Quotations that stand without quotation marks: the text of quote elements in a part of the page (a whole
 * subtree, or a block's own text).
 */
export function bareQuotes(root: ReadRoot, exclude: Element | null): BareQuote[] {
  const top = root.node.nodeType === Node.ELEMENT_NODE ? (root.node as Element) : root.node.parentElement;
  if (!top) return [];
  const out: BareQuote[] = [];
  const candidates = [...(top.matches(BARE_SELECTOR) ? [top] : []), ...top.querySelectorAll(BARE_SELECTOR)];
  for (const element of candidates) {
    if (exclude?.contains(element) || element.parentElement?.closest(BARE_SELECTOR)) continue;
    // A block's own text holds its inline quotations (<q>), not the blocks inside it.
    if (root.own && element !== top && nearestBlock(element) !== top) continue;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    // With its own quotation marks, the finder has it already.
    if (words < MIN_BARE_WORDS || words > MAX_BARE_WORDS || QUOTE_START.test(text[0] ?? '')) continue;
    out.push({ element, text });
  }
  return out;
}
