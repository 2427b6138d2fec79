// The messages between the extension's parts: each declared once with its request and its reply, sent
// with `askBackground` or `tellTab`, and answered by one handler per message that must return its own reply.

import { type Browser, browser } from 'wxt/browser';
import type { ArticlePage } from '../../src/browser/article-page';
import type { CardModel } from '../../src/match/card';
import type { SearchRecord } from '../../src/match/search';
import type { Span } from '../../src/text/paragraphs';

/** A stretch of page text holding quotations (see src/browser/scan.ts), as sent to be read in full. */
export interface PassageText {
  text: string;
  paragraphs: Span[];
  /** Quotations starting before this offset are context, answered with the passage before. */
  own: number;
  /** Its paragraphs that are headings or captions (by position in `paragraphs`). */
  apart: number[];
}

/** A matched quotation: its number on the page and its card. */
export interface MatchedQuote {
  n: number;
  card: CardModel;
}

/** A matched quotation in a passage, where it lies in the passage's text. */
export interface PassageMatch extends MatchedQuote {
  start: number;
  end: number;
}

/** A matched quotation on a tab, as the popup lists it. */
export interface TabQuote {
  /** The quotation's number on its page (the content script's numbering). */
  n: number;
  text: string;
  speaker: string | null;
  role: string | null;
  /** How sure the match is, and how sure its speaker is (see src/match/card.ts). */
  confidence: number;
  attribution: number;
  disputed: boolean;
}

/** One of the reader's indexes. */
export interface IndexSummary {
  id: string;
  origin: 'bundled' | 'imported';
  name: string;
  /** When it was imported (null for the bundled one). */
  addedAt: string | null;
  builtAt: string;
  quotes: number;
  paraphrases: number;
  speakers: number;
  documents: number;
  /** Bytes of its runtime form. */
  bytes: number;
  /** Pages are matched against it. */
  enabled: boolean;
}

export interface IndexInfo {
  indexes: IndexSummary[];
  /** Why an index could not be used (the others are). */
  problems: string[];
}

/** The reading memory, as the popup shows it. */
export interface MemoryInfo {
  quotes: number;
  articles: number;
  /** Remembering is on at all, and on the site asked about (null when none was). */
  on: boolean;
  siteOn: boolean | null;
  /** The last storage error, if the memory could not be read or written. */
  problem: string | null;
}

/** What the background answers: each message's request and reply. */
export interface BackgroundProtocol {
  /** A page's passages (read in full here) and its quotations without marks (blockquotes, `<q>`). */
  match: {
    request: { host: string; first: boolean; passages: PassageText[]; bare: string[]; article: ArticlePage | null };
    reply: { passages: PassageMatch[][]; bare: (MatchedQuote | null)[] };
  };
  /** Quotations no longer on the page (their text changed or left it), by number. */
  forget: { request: { ns: number[] }; reply: null };
  'tab-quotes': { request: { tabId: number }; reply: { host: string | null; quotes: TabQuote[] } };
  'index-info': { request: null; reply: IndexInfo };
  /** The reader imported, switched or removed an index: open the indexes again. */
  'index-changed': { request: null; reply: IndexInfo };
  /** The entries of the indexes in use that a search by words or speaker finds, best first. */
  search: { request: { query: string; limit: number }; reply: { records: SearchRecord[] } };
  /** What the reading memory holds, and whether it remembers on a site. */
  'memory-info': { request: { host: string | null }; reply: MemoryInfo };
  /** Forgets what was read on a site, or (null) everything. */
  'memory-forget': { request: { host: string | null }; reply: MemoryInfo };
  /** The reading memory as an index file's text (`whosaid-index`). */
  'memory-export': { request: null; reply: { text: string; quotes: number } };
  /** A speaker's quotations and reported speech (by a record's `speakerId`), newest first. */
  'speaker-quotes': {
    request: { speakerId: string; limit: number };
    reply: { name: string | null; records: SearchRecord[] };
  };
  /** "Who said this?" on a selection: the card goes to the tab too. */
  lookup: { request: { tabId: number; text: string }; reply: { card: CardModel | null } };
}

/** What a tab's content script answers. */
export interface ContentProtocol {
  'show-card': { request: { card: CardModel | null; text: string }; reply: null };
  reveal: { request: { n: number }; reply: null };
  'next-quote': { request: null; reply: null };
}

/** A protocol: for each message's type, its request and its reply. */
type Protocol<P> = { [K in keyof P]: { request: unknown; reply: unknown } };
type RequestOf<P extends Protocol<P>, K extends keyof P> = P[K]['request'];
type ReplyOf<P extends Protocol<P>, K extends keyof P> = P[K]['reply'];

/** A message on the wire. */
export interface Envelope<P extends Protocol<P>, K extends keyof P = keyof P> {
  type: K;
  data: RequestOf<P, K>;
}

/** One handler per message, each returning its own message's reply. */
export type Handlers<P extends Protocol<P>> = {
  [K in keyof P]: (
    data: RequestOf<P, K>,
    sender: Browser.runtime.MessageSender,
  ) => ReplyOf<P, K> | Promise<ReplyOf<P, K>>;
};

export function askBackground<K extends keyof BackgroundProtocol>(
  type: K,
  data: RequestOf<BackgroundProtocol, K>,
): Promise<ReplyOf<BackgroundProtocol, K>> {
  const message: Envelope<BackgroundProtocol, K> = { type, data };
  return browser.runtime.sendMessage(message);
}

export function tellTab<K extends keyof ContentProtocol>(
  tabId: number,
  type: K,
  data: RequestOf<ContentProtocol, K>,
): Promise<ReplyOf<ContentProtocol, K>> {
  const message: Envelope<ContentProtocol, K> = { type, data };
  return browser.tabs.sendMessage(tabId, message);
}

/**
 * Answers the messages of a protocol with its handlers, from `browser.runtime.onMessage`; anything else (a
 * message of another protocol, or not ours) is left to other listeners.
 */
export function answer<P extends Protocol<P>>(handlers: Handlers<P>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const handle = handlers[message.type as keyof P]!;
    return Promise.resolve(handle(message.data as RequestOf<P, keyof P>, sender));
  });
}

function isEnvelope(message: unknown): message is { type: string; data: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { type?: unknown }).type === 'string';
}
