// What changed on a page after it was read, from a MutationObserver's records: the paragraphs whose own
// text changed (text edited in place, inline text added or removed), which are read again, and the
// subtrees that arrived, which are read whole. What did not change is not read again; what was painted in
// text that changed or left the page is to be taken off.

import { isBlock, nearestBlock, type ReadRoot } from './page-text';

/** The parts of the page to read again, and a test of which painted quotations they make stale. */
export interface Rereading {
  /** In document order, none inside another that covers it. */
  roots: ReadRoot[];
  /** Whether a quotation painted in these blocks is out of date (its text changed, or left the page). */
  stale(blocks: readonly Element[]): boolean;
}

export class PageChanges {
  /** Blocks whose own text changed. */
  private readonly edited = new Set<Element>();
  /** Elements that arrived, read whole. */
  private readonly arrived = new Set<Element>();
  /** Something left the page: painted quotations in it are found by their blocks being disconnected. */
  private removed = false;

  /** `ignore` tells nodes of our own (the card), whose changes are not the page's. */
  constructor(private readonly ignore: (node: Node) => boolean) {}

  get empty(): boolean {
    return this.edited.size === 0 && this.arrived.size === 0 && !this.removed;
  }

  record(records: readonly MutationRecord[]): void {
    for (const r of records) {
      if (this.ignore(r.target)) continue;
      if (r.type === 'characterData') {
        this.editedIn(r.target);
        continue;
      }
      if (r.type !== 'childList') continue;
      r.addedNodes.forEach((n) => {
        if (this.ignore(n)) return;
        if (n.nodeType === Node.TEXT_NODE) this.editedIn(r.target);
        else if (n.nodeType === Node.ELEMENT_NODE) {
          this.arrived.add(n as Element);
          // Inline text that arrives is part of the paragraph around it.
          if (!isBlock(n as Element)) this.editedIn(r.target);
        }
      });
      r.removedNodes.forEach((n) => {
        if (n.nodeType === Node.ELEMENT_NODE && isBlock(n as Element)) this.removed = true;
        else if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.ELEMENT_NODE) this.editedIn(r.target);
      });
    }
  }

  /** What to read again for the changes recorded so far; the record starts afresh. */
  take(): Rereading {
    const candidates: ReadRoot[] = [
      ...[...this.edited].map((node) => ({ node, own: true })),
      ...[...this.arrived].map((node) => ({ node, own: false })),
    ].filter((r) => r.node.isConnected);
    this.edited.clear();
    this.arrived.clear();
    this.removed = false;
    candidates.sort((a, b) => (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    // In document order, a subtree read whole covers everything after it that it contains.
    const roots: ReadRoot[] = [];
    let cover: Node | null = null;
    for (const r of candidates) {
      if (cover?.contains(r.node)) continue;
      roots.push(r);
      if (!r.own) cover = r.node;
    }
    const own = new Set(roots.filter((r) => r.own).map((r) => r.node));
    const whole = new Set(roots.filter((r) => !r.own).map((r) => r.node));
    const inWhole = (b: Element) => {
      for (let e: Element | null = b; e; e = e.parentElement) if (whole.has(e)) return true;
      return false;
    };
    return { roots, stale: (blocks) => blocks.some((b) => !b.isConnected || own.has(b) || inWhole(b)) };
  }

  private editedIn(node: Node): void {
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (el) this.edited.add(nearestBlock(el));
  }
}
