// The background: reads the passages pages send (the engine's extractor runs here, off the page's main
// thread), matches their quotations, keeps each tab's results and badge, and looks up selected text from
// the context menu.

import { browser, type Browser } from 'wxt/browser';
import { extract } from '../../src/extract';
import { cardFor } from '../../src/match/card';
import { checkQuotes, pageQuotes, type PageQuote } from '../../src/match/check';
import { THRESHOLDS } from '../../src/match/matcher';
import type { BackgroundReplies, BackgroundRequest, MatchedQuote, TabQuote } from '../shared/messages';
import { tellTab } from '../shared/messages';
import { settings } from '../shared/settings';
import { active, infoOf, reload } from './active';
import { forgetTab, recordTab, tabQuotes } from './tabs';

const MENU_ID = 'whosaid-lookup';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Who said this?', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined && info.selectionText) void lookUp(tab.id, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'next-quote' && tab?.id !== undefined) void tellTab(tab.id, { type: 'next-quote' }).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => handle(message as BackgroundRequest, sender));
});

async function handle(request: BackgroundRequest, sender: Browser.runtime.MessageSender): Promise<BackgroundReplies[BackgroundRequest['type']]> {
  switch (request.type) {
    case 'match':
      return match(request, sender.tab?.id);
    case 'tab-quotes': {
      const record = await tabQuotes(request.tabId);
      return { host: record?.host ?? null, quotes: record?.quotes ?? [] };
    }
    case 'index-info':
      return infoOf(await active());
    case 'index-changed':
      return infoOf(await reload());
    case 'lookup':
      return { card: await lookUp(request.tabId, request.text) };
  }
}

/** A page's passages and bare quotations: read with the engine's extractor, matched, and carded. */
async function match(request: Extract<BackgroundRequest, { type: 'match' }>, tabId: number | undefined): Promise<BackgroundReplies['match']> {
  const { index, matcher } = await active();
  const { strictness } = await settings.getValue();
  const quotes: (PageQuote & { passage: number; start: number; end: number })[] = [];
  request.passages.forEach((p, i) => {
    const extraction = extract(p.text, p.paragraphs);
    pageQuotes(extraction).forEach((q, k) => {
      const { start, end } = extraction.quotes[k]!;
      if (start >= p.own) quotes.push({ ...q, group: `${i}.${q.group}`, passage: i, start, end });
    });
  });
  request.bare.forEach((text, j) => quotes.push({ text, group: `bare.${j}`, attributedTo: null, passage: -1 - j, start: 0, end: text.length }));

  const checked = checkQuotes(quotes, matcher, THRESHOLDS[strictness]);
  const first = request.first || tabId === undefined ? 0 : ((await tabQuotes(tabId))?.quotes.length ?? 0);
  const reply: BackgroundReplies['match'] = { passages: request.passages.map(() => []), bare: request.bare.map(() => null) };
  const found: TabQuote[] = [];
  checked.forEach((c, i) => {
    if (!c.match) return;
    const q = quotes[i]!;
    const card = cardFor(c.match, q.text, q.attributedTo, c.disagrees, index);
    const matched: MatchedQuote = { start: q.start, end: q.end, n: first + found.length, card };
    if (q.passage >= 0) reply.passages[q.passage]!.push(matched);
    else reply.bare[-1 - q.passage] = matched;
    found.push({ n: matched.n, text: q.text, speaker: card.speaker?.name ?? null, role: card.speaker?.role ?? null, confidence: card.confidence, disputed: card.warning !== null });
  });
  if (tabId !== undefined) await recordTab(tabId, request.host, request.first, found);
  return reply;
}

/** "Who said this?" on a selection: the answer goes to the card, next to the selection. */
async function lookUp(tabId: number, text: string) {
  const { index, matcher } = await active();
  const { strictness } = await settings.getValue();
  const found = matcher.match(text, THRESHOLDS[strictness]);
  const card = found ? cardFor(found, text, null, false, index) : null;
  await tellTab(tabId, { type: 'show-card', card, text }).catch(() => {});
  return card;
}
