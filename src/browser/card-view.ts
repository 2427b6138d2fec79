// The card, drawn from a CardModel into an element of our own (inside a shadow root on the page). Every
// string goes in as text, never as HTML: the page's words and the index's alike may hold markup.

import {
  attributionNote,
  attributionsShown,
  type CardModel,
  type CardSegment,
  dayOf,
  readOutlet,
  speakerShown,
  UNNAMED,
} from '../match/card';

export interface CardContent {
  /** A matched quotation, or null when a looked-up selection matches nothing. */
  card: CardModel | null;
  /** For a lookup: the text that was looked up. */
  lookedUp?: string;
}

const KIND_TITLES: Record<CardSegment['kind'], string> = {
  same: '',
  plain: '',
  trimmed: 'not on this page (trimmed)',
  elided: 'left out on this page (…)',
  dropped: 'left out on this page',
  changed: 'this page has another word',
  typo: 'spelt otherwise on this page',
};

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Builds the card's element; `onClose` is called by its close button. */
export function renderCard(doc: Document, content: CardContent, onClose: () => void): HTMLElement {
  const root = el(doc, 'section', 'card');
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', 'Who said this');
  root.tabIndex = -1;

  const close = el(doc, 'button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close');
  close.addEventListener('click', onClose);
  root.append(close);

  const { card } = content;
  if (!card) {
    root.append(el(doc, 'p', 'empty', 'No quotation in the index matches this text.'));
    if (content.lookedUp) root.append(el(doc, 'blockquote', 'quote', `“${content.lookedUp}”`));
    return root;
  }

  const who = el(doc, 'header', 'who');
  if (card.speaker) {
    who.append(el(doc, 'h2', 'speaker', speakerShown(card.speaker.name, card.attribution)));
    if (card.attribution >= UNNAMED && card.speaker.role) who.append(el(doc, 'p', 'role', card.speaker.role));
  } else {
    who.append(el(doc, 'h2', 'speaker', card.pageSpeaker ?? 'Speaker unknown'));
    if (card.pageSpeaker)
      who.append(el(doc, 'p', 'role', 'as this page says; no source in the index names the speaker'));
  }
  root.append(who);

  if (card.attributions)
    root.append(el(doc, 'p', 'disputed', `Outlets differ on who said this: ${attributionsShown(card.attributions)}`));

  if (card.warning) {
    const { pageSpeaker, indexSpeaker, sources } = card.warning;
    const warn = el(
      doc,
      'p',
      'warning',
      `This page says ${pageSpeaker} said this; ${sources} source${sources === 1 ? '' : 's'} say${sources === 1 ? 's' : ''} ${indexSpeaker}.`,
    );
    warn.setAttribute('role', 'alert');
    root.append(warn);
  }

  const quote = el(doc, 'blockquote', 'quote');
  quote.append('“');
  for (const s of card.wording) {
    if (s.kind === 'same' || s.kind === 'plain') {
      quote.append(s.text);
      continue;
    }
    const span = el(
      doc,
      s.kind === 'trimmed' || s.kind === 'elided' || s.kind === 'dropped' ? 'del' : 'mark',
      `diff diff-${s.kind}`,
      s.text,
    );
    span.title = s.page ? `${KIND_TITLES[s.kind]}: “${s.page}”` : KIND_TITLES[s.kind];
    quote.append(span);
  }
  quote.append('”');
  root.append(quote);

  const notes = changeNotes(card);
  if (notes) root.append(el(doc, 'p', 'changes', notes));

  const list = el(doc, 'ul', 'sources');
  for (const s of card.sources) {
    const item = el(doc, 'li');
    // Not "Unnamed source": that reads as an anonymous source, not an outlet the index does not know.
    const outlet = s.publication ?? 'outlet unknown';
    const kind = s.publication ? 'outlet' : 'outlet unknown';
    if (s.url && /^https?:\/\//.test(s.url)) {
      const a = el(doc, 'a', kind, outlet);
      a.href = s.url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      item.append(a);
    } else item.append(el(doc, 'span', kind, outlet));
    if (s.headline) item.append(el(doc, 'span', 'headline', ` — ${s.headline}`));
    if (s.date) item.append(el(doc, 'time', 'date', ` (${s.date})`));
    if (s.firstReport) item.append(el(doc, 'span', 'first', ' · first report'));
    list.append(item);
  }
  if (card.moreSources > 0)
    list.append(el(doc, 'li', 'more', `and ${card.moreSources} more source${card.moreSources === 1 ? '' : 's'}`));
  root.append(list);
  if (card.read) root.append(readLine(doc, card.read));

  if (card.speaker)
    root.append(
      el(doc, 'p', 'attribution', `${attributionNote(card.attribution)} (${Math.round(card.attribution * 100)} %).`),
    );
  root.append(el(doc, 'p', 'confidence', `The words match the index: ${Math.round(card.confidence * 100)} % alike.`));
  return root;
}

/** "You read this in The Daily Ledger, 12 Oct 2016": the outlet links to the article read. */
function readLine(doc: Document, read: NonNullable<CardModel['read']>): HTMLElement {
  const p = el(doc, 'p', 'read', 'You read this in ');
  const outlet = readOutlet(read);
  if (/^https?:\/\//.test(read.url)) {
    const a = el(doc, 'a', 'outlet', outlet);
    a.href = read.url;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    if (read.headline) a.title = read.headline;
    p.append(a);
  } else p.append(el(doc, 'span', 'outlet', outlet));
  p.append(`, ${dayOf(read.date ?? read.readAt)}`);
  return p;
}

/** "This page: trims 4 words · elides 2 · changes 1 · adds “bracketed”". */
export function changeNotes(card: CardModel): string {
  const c = card.changes;
  const words = (n: number) => `${n} word${n === 1 ? '' : 's'}`;
  const notes = [
    c.trimmed && `trims ${words(c.trimmed)}`,
    c.elided && `elides ${words(c.elided)}`,
    c.dropped && `leaves out ${words(c.dropped)}`,
    c.changed && `changes ${words(c.changed)}`,
    c.typos && `spells ${words(c.typos)} otherwise`,
    c.added && `adds ${words(c.added)}`,
    card.bracketed.length > 0 && `inserts [${card.bracketed.join(' ')}]`,
  ].filter(Boolean);
  return notes.length > 0 ? `This page ${notes.join(' · ')}.` : '';
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height may not exceed this, so that it fits beside what it describes. */
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left' | 'over';
}

const GAP = 8;
/** A card shorter than this is too cramped to read: rather put it to one side, or over the quotation. */
const MIN_CARD_HEIGHT = 140;

/**
 * Where to put a card of this size beside what it describes (`anchor`: the whole quotation, every line of
 * it), never over it: below it, or above it at the viewport's bottom edge, in the room there is (the card
 * scrolls inside when it is short of room); to its right or left when neither above nor below has room;
 * over it only when the quotation leaves no room anywhere.
 */
export function placeCard(
  anchor: DOMRect,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const below = viewport.height - anchor.bottom - 2 * GAP;
  const above = anchor.top - 2 * GAP;
  const left = Math.min(Math.max(GAP, anchor.left), Math.max(GAP, viewport.width - size.width - GAP));
  const fit = Math.min(size.height, viewport.height - 2 * GAP);
  if (fit <= below || (fit > above && below >= Math.max(above, MIN_CARD_HEIGHT)))
    return { left, top: anchor.bottom + GAP, maxHeight: Math.min(fit, below), side: 'below' };
  if (fit <= above || above >= MIN_CARD_HEIGHT) {
    const height = Math.min(fit, above);
    return { left, top: anchor.top - GAP - height, maxHeight: height, side: 'above' };
  }
  // A quotation taller than the viewport leaves room only at its sides.
  const top = Math.max(GAP, Math.min(anchor.top, viewport.height - fit - GAP));
  if (viewport.width - anchor.right - 2 * GAP >= size.width)
    return { left: anchor.right + GAP, top, maxHeight: fit, side: 'right' };
  if (anchor.left - 2 * GAP >= size.width)
    return { left: anchor.left - GAP - size.width, top, maxHeight: fit, side: 'left' };
  const height = Math.min(fit, Math.max(below, MIN_CARD_HEIGHT));
  return { left, top: viewport.height - GAP - height, maxHeight: height, side: 'over' };
}
