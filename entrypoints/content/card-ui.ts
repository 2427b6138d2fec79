// The card on the page: a shadow-root UI of our own, mounted the first time a card is shown, placed beside
// what it describes (never over it), and following it as the page scrolls, resizes and zooms.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type CardContent, placeCard, renderCard } from '../../src/browser/card-view';
import cardCss from './card.css?inline';

export class CardUi {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private card: HTMLElement | null = null;
  private anchor: (() => DOMRect) | null = null;
  private following: AbortController | null = null;
  private frame = 0;
  /** A card opened by click, keyboard or lookup stays until closed; one opened by hover does not. */
  pinned = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onClosed: () => void,
  ) {}

  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  get open(): boolean {
    return this.card !== null;
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.ui && (this.ui.shadowHost.contains(node) || this.ui.shadow.contains(node));
  }

  /**
   * Shows a card beside what it describes; `anchor` tells where that is now (the whole quotation, or the
   * selection), asked again as the page scrolls, resizes or zooms, so that the card follows it.
   */
  async show(content: CardContent, anchor: () => DOMRect, options: { pinned: boolean; focus: boolean }): Promise<void> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: 'whosaid-card',
      position: 'inline',
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount: (container) => container,
    });
    if (!this.ui.mounted) this.ui.mount();
    const container = this.ui.mounted!;
    this.card?.remove();
    this.following?.abort();
    this.card = renderCard(document, content, () => this.hide());
    container.append(this.card);
    this.anchor = anchor;
    this.place();
    // Scrolling anything (the page, or a box the quotation is in), resizing and zooming move the quotation.
    this.following = new AbortController();
    const again = () => {
      if (this.frame === 0) this.frame = requestAnimationFrame(() => this.place());
    };
    window.addEventListener('scroll', again, { capture: true, passive: true, signal: this.following.signal });
    window.addEventListener('resize', again, { passive: true, signal: this.following.signal });
    this.pinned = options.pinned;
    if (options.focus) this.card.focus();
  }

  /** Puts the card beside its anchor in the room there is; its natural height is measured first. */
  private place(): void {
    this.frame = 0;
    const card = this.card;
    if (!card || !this.anchor) return;
    card.style.maxHeight = '';
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { left, top, maxHeight } = placeCard(this.anchor(), size, {
      width: document.documentElement.clientWidth || window.innerWidth,
      height: window.innerHeight,
    });
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    card.style.maxHeight = `${maxHeight}px`;
  }

  hide(): void {
    if (!this.card) return;
    this.following?.abort();
    this.following = null;
    this.anchor = null;
    this.card.remove();
    this.card = null;
    this.pinned = false;
    this.onClosed();
  }
}
