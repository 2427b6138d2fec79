// Paints matched quotations on the page with the CSS Custom Highlight API, which leaves the page's DOM as
// it is; only a browser without that API gets <mark> elements around the text instead. Also answers which
// painted quotation lies under a point, since highlights receive no events of their own.

export type PaintKind = 'quote' | 'disputed';

export const HIGHLIGHT_NAMES = {
  quote: 'whosaid-quote',
  disputed: 'whosaid-disputed',
  active: 'whosaid-active',
} as const;
export const MARK_CLASS = 'whosaid-mark';

export interface Painted<T> {
  range: Range;
  kind: PaintKind;
  data: T;
  /** Fallback only: the <mark> elements wrapping the text. */
  marks: HTMLElement[];
}

export class Painter<T> {
  readonly native: boolean;
  private readonly items: Painted<T>[] = [];
  private readonly highlights = new Map<string, Highlight>();

  /** `native: false` forces the fallback (for browsers without the Highlight API, and to test it). */
  constructor(
    private readonly doc: Document,
    native = typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS,
  ) {
    this.native = native;
    if (native) {
      for (const name of Object.values(HIGHLIGHT_NAMES)) {
        const h = new Highlight();
        CSS.highlights.set(name, h);
        this.highlights.set(name, h);
      }
    }
  }

  get painted(): readonly Painted<T>[] {
    return this.items;
  }

  paint(range: Range, kind: PaintKind, data: T): Painted<T> {
    const item: Painted<T> = { range, kind, data, marks: [] };
    if (this.native) this.highlights.get(HIGHLIGHT_NAMES[kind])!.add(range);
    else item.marks = wrap(this.doc, range, kind);
    this.items.push(item);
    return item;
  }

  /** Marks one painted quotation as the one the reader is looking at (hover, focus, card open). */
  setActive(item: Painted<T> | null): void {
    if (this.native) {
      const active = this.highlights.get(HIGHLIGHT_NAMES.active)!;
      active.clear();
      if (item) active.add(item.range);
    } else {
      for (const i of this.items) for (const m of i.marks) m.classList.toggle(`${MARK_CLASS}--active`, i === item);
    }
  }

  /** Takes off the painted quotations that `test` picks (their text changed or left the page); returns them. */
  removeWhere(test: (item: Painted<T>) => boolean): Painted<T>[] {
    const removed: Painted<T>[] = [];
    let kept = 0;
    for (const item of this.items) {
      if (test(item)) {
        this.unpaint(item);
        removed.push(item);
      } else this.items[kept++] = item;
    }
    this.items.length = kept;
    return removed;
  }

  clear(): void {
    for (const item of this.items) this.unpaint(item);
    this.items.length = 0;
  }

  /** The painted quotation under a viewport point, if any. */
  at(x: number, y: number): Painted<T> | null {
    const pos = caretAt(this.doc, x, y);
    if (!pos) return null;
    for (const item of this.items) {
      if (!safeInRange(item.range, pos.node, pos.offset)) continue;
      // The caret snaps to the nearest text; make sure the point is on the quotation's own lines.
      for (const r of item.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return item;
      }
    }
    return null;
  }

  /** The painted quotation that holds a DOM position (a caret, a focused element). */
  holding(node: Node, offset = 0): Painted<T> | null {
    return (
      this.items.find(
        (item) => safeInRange(item.range, node, offset) || (node.nodeType === 1 && item.range.intersectsNode(node)),
      ) ?? null
    );
  }

  private unpaint(item: Painted<T>): void {
    if (this.native) {
      this.highlights.get(HIGHLIGHT_NAMES[item.kind])!.delete(item.range);
      this.highlights.get(HIGHLIGHT_NAMES.active)!.delete(item.range);
    } else {
      for (const m of item.marks) m.replaceWith(...m.childNodes);
    }
  }
}

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Fallback painting: a <mark> around each text node's part of the range. */
function wrap(doc: Document, range: Range, kind: PaintKind): HTMLElement[] {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  for (let n = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const marks = texts.map((t) => {
    let node = t;
    if (node === endContainer) node.splitText(endOffset);
    if (node === startContainer && startOffset > 0) node = node.splitText(startOffset);
    const mark = doc.createElement('mark');
    mark.className = `${MARK_CLASS} ${MARK_CLASS}--${kind}`;
    node.replaceWith(mark);
    mark.append(node);
    return mark;
  });
  // Moving the text into marks moved the range's ends out of it: it spans the marks now.
  if (marks.length > 0) {
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
  }
  return marks;
}
