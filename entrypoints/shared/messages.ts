// The messages between the extension's parts, typed once for both ends.

import { browser } from 'wxt/browser';
import type { CardModel } from '../../src/match/card';
import type { Span } from '../../src/text/paragraphs';

/** A stretch of page text holding quotations (see src/browser/scan.ts), as sent to be read in full. */
export interface PassageText {
  text: string;
  paragraphs: Span[];
  /** Quotations starting before this offset are context, answered with the passage before. */
  own: number;
}

/** A matched quotation: where it is (in its passage, for one in marks), its number on the page, its card. */
export interface MatchedQuote {
  start: number;
  end: number;
  n: number;
  card: CardModel;
}

/** A matched quotation on a tab, as the popup lists it. */
export interface TabQuote {
  /** The quotation's number on its page (the content script's numbering). */
  n: number;
  text: string;
  speaker: string | null;
  role: string | null;
  confidence: number;
  disputed: boolean;
}

export interface IndexInfo {
  origin: 'bundled' | 'imported';
  quotes: number;
  paraphrases: number;
  speakers: number;
  documents: number;
  builtAt: string;
  /** Why an imported index could not be used (the bundled one is then in use). */
  problem: string | null;
}

/** To the background. */
export type BackgroundRequest =
  | { type: 'match'; host: string; first: boolean; passages: PassageText[]; bare: string[] }
  | { type: 'tab-quotes'; tabId: number }
  | { type: 'index-info' }
  | { type: 'index-changed' }
  | { type: 'lookup'; tabId: number; text: string };

export interface BackgroundReplies {
  match: { passages: MatchedQuote[][]; bare: (MatchedQuote | null)[] };
  'tab-quotes': { host: string | null; quotes: TabQuote[] };
  'index-info': IndexInfo;
  'index-changed': IndexInfo;
  lookup: { card: CardModel | null };
}

/** To a tab's content script. */
export type ContentRequest =
  | { type: 'show-card'; card: CardModel | null; text: string }
  | { type: 'reveal'; n: number }
  | { type: 'next-quote' };

export function askBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundReplies[R['type']]> {
  return browser.runtime.sendMessage(request);
}

export function tellTab(tabId: number, request: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}
