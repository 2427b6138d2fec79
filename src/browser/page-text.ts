// A page's visible text as one string, for the same finder and extractor the corpus uses, with the way
// back from string offsets to DOM positions. Reading is cut into steps, so that the caller can yield to
// the page between them and never hold the main thread long; and it can be asked of a part of the page
// (a subtree that arrived, or one paragraph whose text changed), so that what did not change is not read again.

import type { Span } from '../text/paragraphs';

/** What a paragraph is on the page: the article's prose, a heading, or a caption. */
export type ParagraphRole = 'text' | 'heading' | 'caption';

export interface PageText {
  text: string;
  /** The text nodes read, in document order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
  /** One span per block of text (paragraph, list item, heading, cell…). */
  paragraphs: Span[];
  /** For each paragraph, the element it is the text of (its nearest block), and what it is. */
  blocks: Element[];
  roles: ParagraphRole[];
}

/** A part of the page to read: a whole subtree, or only a block's own text (not that of the blocks inside it). */
export interface ReadRoot {
  node: Node;
  own?: boolean;
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
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'HEAD',
  'TITLE',
  // SVG and MathML (their tag names keep their case): drawing and notation, not prose.
  'svg',
  'math',
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
  'HTML',
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

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const CAPTIONS = new Set(['FIGCAPTION', 'CAPTION']);

export function isBlock(el: Element): boolean {
  return BLOCKS.has(el.tagName);
}

/** The block an element's text belongs to: itself if it is one, else its nearest block ancestor. */
export function nearestBlock(el: Element): Element {
  let b: Element = el;
  while (!BLOCKS.has(b.tagName) && b.parentElement) b = b.parentElement;
  return b;
}

export interface ReadOptions {
  /** An element of our own (the card's host), never read. */
  exclude?: Element | null;
}

/** What reading needs to know of an element: the block its text goes in, and whether it is editable. */
interface Place {
  block: Element;
  role: ParagraphRole;
  editable: boolean;
}

/** A text node with something to read; a test that copies nothing, unlike trim(). */
const NOT_BLANK = /\S/;

/**
 * Reads the visible text of `roots` (in document order, none inside another). A generator: each step
 * reads a batch of nodes and yields, and the value it returns at the end is the page text.
 *
 * Its cost stays close to a bare walk of the text: the walk asks the browser for text nodes only, a blank
 * one (half of them on a page written with line breaks between its tags) is dropped before its element is
 * asked for, what must be known of an element (hidden, skipped, editable, which block) is worked out once
 * per element, and a run of text nodes in one element shares what is known of it.
 */
export function* readPageText(
  roots: Node | readonly ReadRoot[],
  options: ReadOptions = {},
  batch = 200,
): Generator<void, PageText> {
  const list: readonly ReadRoot[] = Array.isArray(roots) ? roots : [{ node: roots as Node }];
  const out: PageText = { text: '', nodes: [], starts: [], paragraphs: [], blocks: [], roles: [] };
  if (list.length === 0) return out;
  const doc = list[0]!.node.ownerDocument ?? (list[0]!.node as Document);
  const places = new Map<Element, Place | null>();
  const exclude = options.exclude ?? null;
  const designMode = doc.designMode === 'on';
  // The text is joined batch by batch: a few thousand flat pieces are quick to join at the end, where
  // hundreds of thousands of tiny ones would make the first read of the string slow.
  const pieces: string[] = [];
  let piece: string[] = [];
  let length = 0;
  let paraStart = 0;
  let block: Element | null = null;
  let role: ParagraphRole = 'text';

  const placeOf = (el: Element): Place | null => {
    const hit = places.get(el);
    if (hit !== undefined) return hit;
    // The element and its ancestors not yet known, then down from the nearest known one.
    const chain: Element[] = [];
    let e: Element | null = el;
    let above: Place | null | undefined;
    while (e) {
      above = places.get(e);
      if (above !== undefined) break;
      chain.push(e);
      e = e.parentElement;
    }
    let place: Place | null =
      above === undefined ? { block: chain[chain.length - 1]!, role: 'text', editable: designMode } : above;
    for (let k = chain.length - 1; k >= 0; k--) {
      place = place && step(place, chain[k]!, exclude);
      places.set(chain[k]!, place);
    }
    return place;
  };

  const close = () => {
    if (block && length > paraStart) {
      out.paragraphs.push({ start: paraStart, end: length });
      out.blocks.push(block);
      out.roles.push(role);
    }
  };

  // A block read for its own text is not read again inside a subtree read in the same pass.
  const ownRoots = new Set(list.filter((r) => r.own).map((r) => r.node));
  let n = 0;
  let lastParent: Node | null = null;
  let place: Place | null = null;
  for (const root of list) {
    const walker = doc.createTreeWalker(root.node, NodeFilter.SHOW_TEXT);
    const own = root.own ? (root.node as Element) : null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++n % batch === 0) {
        pieces.push(piece.join(''));
        piece = [];
        yield;
      }
      const textNode = node as Text;
      const value = textNode.data;
      if (!NOT_BLANK.test(value)) continue;
      const parent = textNode.parentNode;
      if (parent !== lastParent) {
        lastParent = parent;
        place = parent !== null && parent.nodeType === 1 ? placeOf(parent as Element) : null;
      }
      if (place === null || place.editable) continue;
      if (own ? place.block !== own : ownRoots.size > 0 && ownRoots.has(place.block)) {
        // The text of a block inside the one read for its own text parts that text into paragraphs.
        if (own) {
          close();
          block = null;
        }
        continue;
      }
      if (place.block !== block || hasBreakBefore(textNode)) {
        close();
        if (length > 0) {
          piece.push('\n\n');
          length += 2;
        }
        paraStart = length;
        block = place.block;
        role = place.role;
      }
      out.nodes.push(textNode);
      out.starts.push(length);
      piece.push(value);
      length += value.length;
    }
    // Roots are apart on the page: whatever follows starts a paragraph of its own.
    close();
    block = null;
  }
  pieces.push(piece.join(''));
  out.text = pieces.join('');
  return out;
}

/** Runs the reading to its end at once (for small subtrees and tests). */
export function readPageTextNow(roots: Node | readonly ReadRoot[], options: ReadOptions = {}): PageText {
  const it = readPageText(roots, options);
  for (;;) {
    const step = it.next();
    if (step.done) return step.value;
  }
}

/**
 * An element's place, from its parent's; null when its text is not read. Most elements of an article carry
 * no attribute (<p>, <em>, <a> aside), so they are told apart by their tag alone; whether a block is rendered
 * is asked later, of the few that hold quotations (see scan.ts).
 */
function step(parent: Place, el: Element, exclude: Element | null): Place | null {
  const tag = el.tagName;
  if (SKIPPED.has(tag) || el === exclude) return null;
  const block = BLOCKS.has(tag);
  if (!el.hasAttributes()) {
    if (!block) return parent;
    return {
      block: el,
      role: HEADINGS.has(tag) ? 'heading' : CAPTIONS.has(tag) ? 'caption' : parent.role,
      editable: parent.editable,
    };
  }
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return null;
  const editableAttr = el.getAttribute('contenteditable');
  const editable =
    editableAttr === null ? parent.editable : editableAttr === '' || editableAttr.toLowerCase() !== 'false';
  const heading = HEADINGS.has(tag) || el.getAttribute('role') === 'heading';
  const role: ParagraphRole = heading ? 'heading' : CAPTIONS.has(tag) ? 'caption' : parent.role;
  return { block: block ? el : parent.block, role, editable };
}

/** Whether a block is rendered (not display: none, nor visibility: hidden, nor inside such an element). */
export function rendered(block: Element): boolean {
  return typeof block.checkVisibility !== 'function' || block.checkVisibility({ visibilityProperty: true });
}

/** A <br> right before the text node. */
function hasBreakBefore(node: Text): boolean {
  const prev = node.previousSibling;
  return prev !== null && prev.nodeType === 1 && (prev as Element).tagName === 'BR';
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
