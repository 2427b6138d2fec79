// One page's session: read the page's text in slices, find the passages that quote someone, have the
// background read them and say which quotations the index knows, paint those, follow what changes later
// (text that arrives, text edited in place, text that leaves), and show the card on hover, focus, click,
// keyboard and lookup.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { articlePage } from '../../src/browser/article-page';
import type { CardContent } from '../../src/browser/card-view';
import { PageChanges } from '../../src/browser/changes';
import { nearestBlock, type ReadRoot, rangeOf, readPageText } from '../../src/browser/page-text';
import { type Painted, Painter } from '../../src/browser/painter';
import { bareQuotes, passagesIn } from '../../src/browser/scan';
import { afterFirstFrame, runSliced, type SliceMeter, timed } from '../../src/browser/slices';
import type { CardModel } from '../../src/match/card';
import { askBackground, type MatchedQuote } from '../shared/messages';
import { CardUi } from './card-ui';

interface Shown {
  n: number;
  card: CardModel;
  /** The paragraphs (blocks) the quotation lies in: a change to one of them makes it stale. */
  blocks: Element[];
}

/** Passages sent to the background per message. */
const BATCH = 20;
/** Quiet time after the page's last change before its new text is read. */
const SETTLE_MS = 400;
const HOVER_OPEN_MS = 200;
const HOVER_CLOSE_MS = 350;
/** Quotations painted per step. */
const PAINT_STEP = 50;

export class PageSession {
  private readonly painter = new Painter<Shown>(document);
  private readonly cardUi: CardUi;
  private readonly changes: PageChanges;
  private passes = 0;
  private firstBatch = true;
  private settle: ReturnType<typeof setTimeout> | undefined;
  private hover: { item: Painted<Shown> | null; timer?: ReturnType<typeof setTimeout> } = { item: null };
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();
  /** The number of the quotation whose card is open. */
  private openN: number | null = null;
  private readonly observer = new MutationObserver((records) => this.changed(records));
  private readonly listeners = new AbortController();

  constructor(private readonly ctx: ContentScriptContext) {
    this.cardUi = new CardUi(ctx, () => this.painter.setActive(null));
    this.changes = new PageChanges((node) => this.cardUi.contains(node));
  }

  start(): void {
    this.queue = afterFirstFrame();
    this.enqueue([{ node: document.body ?? document.documentElement }]);
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => this.stop());

    const signal = this.listeners.signal;
    document.addEventListener('pointermove', (e) => this.pointer(e), { passive: true, signal });
    document.addEventListener('click', (e) => this.click(e), { signal });
    document.addEventListener('focusin', (e) => this.focus(e.target as Node), { signal });
    document.addEventListener('selectionchange', () => this.caret(), { signal });
    window.addEventListener('keydown', (e) => e.key === 'Escape' && this.cardUi.open && this.cardUi.hide(), {
      capture: true,
      signal,
    });
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    this.listeners.abort();
    clearTimeout(this.settle);
    this.painter.clear();
    this.cardUi.hide();
  }

  /** The answer to "Who said this?" on the selection, next to it. */
  showCard(card: CardModel | null, lookedUp: string): void {
    const selection = window.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const anchor = () => range?.getBoundingClientRect() ?? new DOMRect(16, 16, 0, 0);
    void this.cardUi.show({ card, lookedUp }, anchor, { pinned: true, focus: true });
  }

  /** The card of quotation number n, scrolled into view (from the popup's list). */
  reveal(n: number): void {
    const item = this.painter.painted.find((p) => p.data.n === n);
    if (item) this.open(item, { pinned: true, focus: true, scroll: true });
  }

  /** The card of the quotation after the one whose card is open (the keyboard shortcut). */
  nextQuote(): void {
    const items = this.painter.painted;
    if (items.length === 0) return;
    const current = items.findIndex((p) => p.data.n === this.openN);
    this.open(items[(current + 1) % items.length]!, { pinned: true, focus: true, scroll: true });
  }

  // Reading ----------------------------------------------------------------------------------------

  private enqueue(roots: ReadRoot[]): void {
    this.queue = this.queue.then(() => this.scan(roots)).catch((e) => console.warn('Whosaid:', e));
  }

  /** Reads again what changed since it was read: what was painted there comes off first. */
  private reread(): void {
    this.queue = this.queue
      .then(() => {
        if (this.stopped) return;
        const { roots, stale } = this.changes.take();
        const gone = this.quietly(() => this.painter.removeWhere((item) => stale(item.data.blocks)));
        if (gone.length === 0) return roots;
        if (gone.some((item) => item.data.n === this.openN)) this.cardUi.hide();
        return askBackground('forget', { ns: gone.map((item) => item.data.n) }).then(() => roots);
      })
      .then((roots) => roots && this.scan(roots.filter((r) => r.node.isConnected)))
      .catch((e) => console.warn('Whosaid:', e));
  }

  private async scan(roots: ReadRoot[]): Promise<void> {
    if (this.stopped || roots.length === 0) return;
    const pass = `p${this.passes++}`;
    const cancelled = () => this.stopped;
    // Each phase is on record for DevTools: its span, and in `detail` the main-thread time it took.
    const meters: Record<'read' | 'find' | 'match' | 'paint', SliceMeter> = {
      read: { busy: 0, longest: 0 },
      find: { busy: 0, longest: 0 },
      match: { busy: 0, longest: 0 },
      paint: { busy: 0, longest: 0 },
    };
    let phaseStart = performance.now();
    const scanStart = phaseStart;
    const phase = (name: keyof typeof meters) => {
      const { busy, longest } = meters[name];
      performance.measure(`whosaid:${name} ${pass}`, {
        start: phaseStart,
        end: performance.now(),
        detail: { busy, longest },
      });
      phaseStart = performance.now();
    };

    const page = await runSliced(readPageText(roots, { exclude: this.cardUi.host }), cancelled, meters.read);
    if (!page) return;
    phase('read');

    const passages = await runSliced(passagesIn(page), cancelled, meters.find);
    if (!passages) return;
    const bare = timed(meters.find, () => roots.flatMap((r) => bareQuotes(r, this.cardUi.host)));
    phase('find');

    // What the page says of itself as an article, read once a pass (its head's queries are not free).
    const article = articlePage(document, location);
    // The background reads the passages in full and matches them; a few at a time, so painting starts soon.
    const shown: { range: Range | null; found: MatchedQuote }[] = [];
    for (let i = 0; i < Math.max(passages.length, bare.length > 0 ? 1 : 0); i += BATCH) {
      const batch = passages.slice(i, i + BATCH);
      const bareBatch = i === 0 ? bare : [];
      const texts = timed(meters.match, () =>
        batch.map((p) => ({
          text: page.text.slice(p.start, p.end),
          paragraphs: p.paragraphs,
          own: p.own,
          apart: p.apart,
        })),
      );
      const reply = await askBackground('match', {
        host: location.hostname,
        first: this.firstBatch,
        passages: texts,
        bare: bareBatch.map((b) => b.text),
        article,
      });
      this.firstBatch = false;
      if (this.stopped) return;
      timed(meters.match, () => {
        for (const [k, found] of reply.passages.entries()) {
          const at = batch[k]!.start;
          for (const f of found) shown.push({ range: rangeOf(page, at + f.start, at + f.end), found: f });
        }
        for (const [j, f] of reply.bare.entries()) {
          if (!f) continue;
          const range = document.createRange();
          range.selectNodeContents(bareBatch[j]!.element);
          shown.push({ range, found: f });
        }
      });
    }
    phase('match');

    // Ranges are all made before any is painted: painting without the Highlight API splits text nodes.
    await runSliced(this.paint(shown), cancelled, meters.paint);
    phase('paint');
    const all = Object.values(meters);
    performance.measure(`whosaid:scan ${pass}`, {
      start: scanStart,
      end: performance.now(),
      detail: { busy: all.reduce((n, m) => n + m.busy, 0), longest: Math.max(...all.map((m) => m.longest)) },
    });
  }

  private *paint(shown: { range: Range | null; found: MatchedQuote }[]): Generator<void, void> {
    for (let k = 0; k < shown.length; k += PAINT_STEP) {
      this.quietly(() => {
        for (const { range, found } of shown.slice(k, k + PAINT_STEP)) {
          // Text that changed while the background read it is read again next (and this comes off then).
          if (!range?.startContainer.isConnected || !range.endContainer.isConnected) continue;
          const blocks = [...new Set([blockOf(range.startContainer), blockOf(range.endContainer)])];
          const data = { n: found.n, card: found.card, blocks };
          this.painter.paint(range, found.card.warning ? 'disputed' : 'quote', data);
        }
      });
      yield;
    }
  }

  /**
   * Runs a change of our own to the page (painting without the Highlight API wraps text in <mark>s): the
   * page's own changes before it are kept, and ours are not taken for the page's.
   */
  private quietly<R>(work: () => R): R {
    if (this.painter.native) return work();
    this.changed(this.observer.takeRecords());
    try {
      return work();
    } finally {
      this.observer.takeRecords();
    }
  }

  /** What changes later (infinite scroll, live blogs, single-page apps) is read again once the page settles. */
  private changed(records: MutationRecord[]): void {
    this.changes.record(records);
    if (this.changes.empty) return;
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.reread(), SETTLE_MS);
  }

  // The card -----------------------------------------------------------------------------------------

  private open(item: Painted<Shown>, options: { pinned: boolean; focus: boolean; scroll?: boolean }): void {
    if (options.scroll) {
      const el = item.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    this.painter.setActive(item);
    this.openN = item.data.n;
    const content: CardContent = { card: item.data.card };
    // Beside the whole quotation, every line of it.
    void this.cardUi.show(content, () => item.range.getBoundingClientRect(), options);
  }

  private pointer(e: PointerEvent): void {
    if (this.cardUi.contains(e.target as Node)) {
      clearTimeout(this.hover.timer);
      return;
    }
    const item = this.painter.at(e.clientX, e.clientY);
    if (item === this.hover.item) return;
    clearTimeout(this.hover.timer);
    this.hover.item = item;
    if (item) this.hover.timer = setTimeout(() => this.open(item, { pinned: false, focus: false }), HOVER_OPEN_MS);
    else if (this.cardUi.open && !this.cardUi.pinned)
      this.hover.timer = setTimeout(() => this.cardUi.hide(), HOVER_CLOSE_MS);
  }

  private click(e: MouseEvent): void {
    if (this.cardUi.contains(e.target as Node)) return;
    const item = this.painter.at(e.clientX, e.clientY);
    if (item) this.open(item, { pinned: true, focus: false });
    else if (this.cardUi.open) this.cardUi.hide();
  }

  private focus(target: Node): void {
    if (this.cardUi.contains(target)) return;
    const item = this.painter.holding(target);
    if (item) this.open(item, { pinned: true, focus: false });
  }

  /** A caret (caret browsing, or a click into the text) inside a quotation opens its card. */
  private caret(): void {
    const s = window.getSelection();
    if (!s?.isCollapsed || s.rangeCount === 0 || !s.anchorNode || this.cardUi.contains(s.anchorNode)) return;
    const item = this.painter.holding(s.anchorNode, s.anchorOffset);
    if (item && item.data.n !== this.openN) this.open(item, { pinned: true, focus: false });
  }
}

/** The block (paragraph) a node's text is in. */
function blockOf(node: Node): Element {
  return nearestBlock(node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement!);
}
