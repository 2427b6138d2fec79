// The card on the page: a shadow-root UI of our own, mounted the first time a card is shown, placed next
// to what it describes.

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type CardContent, placeCard, renderCard } from '../../src/browser/card-view';
import cardCss from './card.css?inline';

export class CardUi {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private card: HTMLElement | null = null;
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

  async show(content: CardContent, anchor: DOMRect, options: { pinned: boolean; focus: boolean }): Promise<void> {
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
    this.card = renderCard(document, content, () => this.hide());
    container.append(this.card);
    const size = { width: this.card.offsetWidth, height: this.card.offsetHeight };
    const { left, top } = placeCard(anchor, size, { width: window.innerWidth, height: window.innerHeight });
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
    this.pinned = options.pinned;
    if (options.focus) this.card.focus();
  }

  hide(): void {
    if (!this.card) return;
    this.card.remove();
    this.card = null;
    this.pinned = false;
    this.onClosed();
  }
}
