// The background: answers match requests from pages, keeps each tab's results and badge, and looks up
// selected text from the context menu.

import { browser, type Browser } from 'wxt/browser';
import { cardFor } from '../../src/match/card';
import { checkQuotes } from '../../src/match/check';
import { THRESHOLDS } from '../../src/match/matcher';
import type { BackgroundReplies, BackgroundRequest, TabQuote } from '../shared/messages';
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

async function match(request: Extract<BackgroundRequest, { type: 'match' }>, tabId: number | undefined): Promise<BackgroundReplies['match']> {
  const { index, matcher } = await active();
  const { strictness } = await settings.getValue();
  const checked = checkQuotes(request.quotes, matcher, THRESHOLDS[strictness]);
  const cards = checked.map((c, i) => {
    const q = request.quotes[i]!;
    return c.match ? cardFor(c.match, q.text, q.attributedTo, c.disagrees, index) : null;
  });
  if (tabId !== undefined) {
    const found: TabQuote[] = [];
    cards.forEach((card, i) => {
      if (card) found.push({ n: request.quotes[i]!.n, text: request.quotes[i]!.text, speaker: card.speaker?.name ?? null, role: card.speaker?.role ?? null, confidence: card.confidence, disputed: card.warning !== null });
    });
    await recordTab(tabId, request.host, request.first, found);
  }
  return { cards };
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
