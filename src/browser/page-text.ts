// A page's visible text as one string, for the same finder and extractor the corpus uses, with the way
// back from string offsets to DOM positions. Reading is cut into steps, so that the caller can yield to
// the page between them and never hold the main thread long.

import type { Span } from '../text/paragraphs';

export interface PageText {
  text: string;
  /** The text nodes read, in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
  /** One span per block of text (paragraph, list item, heading, cell…). */
  paragraphs: Span[];
}

/** Elements whose text is not prose a reader reads as such. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
]);

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

export interface ReadOptions {
  /** An element of our own (the card's host), never read. */
  exclude?: Element | null;
  /** Text nodes already read in an earlier pass, not read again. */
  seen?: WeakSet<Text>;
}

/** A text node with something to read; a test that copies nothing, unlike trim(). */
const NOT_BLANK = /\S/;

/**
 * Reads the visible text under `root`. A generator: each step reads a batch of nodes and yields, and
 * the value it returns at the end is the page text.
 */
export function* readPageText(root: Node, options: ReadOptions = {}, batch = 100): Generator<void, PageText> {
  const doc = root.ownerDocument ?? (root as Document);
  const out: PageText = { text: '', nodes: [], starts: [], paragraphs: [] };
  // Appended piece by piece: the engine keeps it as a rope, so no single step joins megabytes at once.
  let text = '';
  let length = 0;
  let paraStart = 0;
  let lastBlock: Element | null = null;
  const blockOf = new Map<Element, Element>();

  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return readable(node as Element, options.exclude ?? null) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_REJECT;
    },
  });

  const breakParagraph = () => {
    if (length > paraStart) out.paragraphs.push({ start: paraStart, end: length });
    if (length > 0) {
      text += '\n\n';
      length += 2;
    }
    paraStart = length;
  };

  let n = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++n % batch === 0) yield;
    const textNode = node as Text;
    const value = textNode.data;
    if (options.seen?.has(textNode) || !NOT_BLANK.test(value) || !textNode.parentElement) continue;
    options.seen?.add(textNode);
    const block = nearestBlock(textNode.parentElement, blockOf);
    if (block !== lastBlock || hasBreakBefore(textNode)) {
      if (lastBlock !== null) breakParagraph();
      lastBlock = block;
    }
    out.nodes.push(textNode);
    out.starts.push(length);
    text += value;
    length += value.length;
  }
  if (length > paraStart) out.paragraphs.push({ start: paraStart, end: length });
  out.text = text;
  return out;
}

/** Runs the reading to its end at once (for small subtrees and tests). */
export function readPageTextNow(root: Node, options: ReadOptions = {}): PageText {
  const it = readPageText(root, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

function readable(el: Element, exclude: Element | null): boolean {
  if (el === exclude || SKIPPED.has(el.tagName) || el.hasAttribute('hidden')) return false;
  if (el instanceof HTMLElement && el.isContentEditable) return false;
  if (el.getAttribute('aria-hidden') === 'true') return false;
  // Not rendered (display: none, visibility: hidden): asked of blocks only, where pages hide things, since
  // asking every inline element costs more than all the rest of the reading.
  if (
    BLOCKS.has(el.tagName) &&
    typeof el.checkVisibility === 'function' &&
    !el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)
  )
    return false;
  return true;
}

function nearestBlock(el: Element, cache: Map<Element, Element>): Element {
  const hit = cache.get(el);
  if (hit) return hit;
  let b: Element = el;
  while (!BLOCKS.has(b.tagName) && b.parentElement) b = b.parentElement;
  cache.set(el, b);
  return b;
}

/** A <br> right before the text node, directly or as the last child of its previous sibling. */
function hasBreakBefore(node: Text): boolean {
  const prev = node.previousSibling;
  return prev !== null && prev.nodeType === Node.ELEMENT_NODE && (prev as Element).tagName === 'BR';
}

/** The DOM position of a string offset into the page text. */
export function domPosition(page: PageText, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = page.starts.length - 1;
  if (hi < 0) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo]!;
  return { node, offset: Math.min(offset - page.starts[lo]!, node.data.length) };
}

/** A DOM range over page-text offsets [start, end). */
export function rangeOf(page: PageText, start: number, end: number): Range | null {
  const a = domPosition(page, start);
  const b = domPosition(page, Math.max(start, end - 1));
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, Math.min(b.offset + 1, b.node.data.length));
  return range;
}
