// What a page quotes: the same extraction the corpus gets, run over the page's text a few paragraphs at a
// time, plus quotations that stand without quotation marks (a blockquote, a pull quote, a <q>).

import type { PageQuote } from '../match/check';
import { pageQuotes } from '../match/check';
import { extract } from '../extract';
import type { Span } from '../text/paragraphs';
import type { PageText } from './page-text';

export interface FoundQuote extends PageQuote {
  /** Where it is: page-text offsets, or an element whose whole text is the quotation. */
  at: { start: number; end: number } | { element: Element };
}

/** Characters of text extracted per step; a step stays well inside a slice. */
const STEP_CHARS = 6000;
/** A quotation standing without marks must be this long to be looked up. */
const MIN_BARE_WORDS = 6;
const MAX_BARE_WORDS = 400;

const BARE_SELECTOR = 'blockquote, q, [class*="pullquote" i], [class*="pull-quote" i], [class*="pull_quote" i]';

/** Quotations in the page text, a step at a time; `prefix` keeps group ids apart across passes. */
export function* quotesIn(page: PageText, prefix: string): Generator<void, FoundQuote[]> {
  const out: FoundQuote[] = [];
  let chunk: Span[] = [];
  let size = 0;
  let step = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    const extraction = extract(page.text, chunk);
    pageQuotes(extraction).forEach((q, i) => {
      const { start, end } = extraction.quotes[i]!;
      out.push({ ...q, group: `${prefix}.${step}.${q.group}`, at: { start, end } });
    });
    chunk = [];
    size = 0;
    step++;
  };
  for (const p of page.paragraphs) {
    chunk.push(p);
    size += p.end - p.start;
    if (size >= STEP_CHARS) {
      flush();
      yield;
    }
  }
  flush();
  return out;
}

/** Quotations that stand without quotation marks: the text of quote elements under `root`. */
export function bareQuotes(root: Element | Document, prefix: string, exclude: Element | null): FoundQuote[] {
  const out: FoundQuote[] = [];
  root.querySelectorAll(BARE_SELECTOR).forEach((element, i) => {
    if (exclude?.contains(element) || element.parentElement?.closest(BARE_SELECTOR)) return;
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const words = text.split(' ').length;
    // With its own quotation marks, the finder has it already.
    if (words < MIN_BARE_WORDS || words > MAX_BARE_WORDS || /^[“"«„‘']/.test(text)) return;
    out.push({ text, group: `${prefix}.bare.${i}`, attributedTo: null, at: { element } });
  });
  return out;
}
