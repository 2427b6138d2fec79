// The background: reads the passages pages send (the engine's extractor runs here, off the page's main
// thread), matches their quotations, keeps each tab's results and badge, and looks up selected text from
// the context menu.

import { browser } from 'wxt/browser';
import { extract } from '../../src/attribution/extract';
import { cardFor, loadCardDocuments } from '../../src/match/card';
import { checkQuotes, type PageQuote, pageQuotes, saidBySomeone, utteranceTexts } from '../../src/match/check';
import { THRESHOLDS } from '../../src/match/matcher';
import { recordOf } from '../../src/match/records';
import type { SearchRecord } from '../../src/match/search';
import { answer, type BackgroundProtocol, type MatchedQuote, type TabQuote, tellTab } from '../shared/messages';
import { settings } from '../shared/settings';
import { active, infoOf, reload } from './active';
import { forgetQuotes, forgetTab, nextNumber, recordTab, tabQuotes } from './tabs';

const MENU_ID = 'whosaid-lookup';

type Match = BackgroundProtocol['match'];

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Who said this?', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID && tab?.id !== undefined && info.selectionText)
      void lookUp(tab.id, info.selectionText);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'next-quote' && tab?.id !== undefined) void tellTab(tab.id, 'next-quote', null).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  answer<BackgroundProtocol>({
    match: (request, sender) => match(request, sender.tab?.id),
    forget: async ({ ns }, sender) => {
      if (sender.tab?.id !== undefined) await forgetQuotes(sender.tab.id, ns);
      return null;
    },
    'tab-quotes': async ({ tabId }) => {
      const record = await tabQuotes(tabId);
      return { host: record?.host ?? null, quotes: record?.quotes ?? [] };
    },
    'index-info': async () => infoOf(await active()),
    'index-changed': async () => infoOf(await reload()),
    lookup: async ({ tabId, text }) => ({ card: await lookUp(tabId, text) }),
    search: async ({ query, limit }) => ({ records: await search(query, limit) }),
    'speaker-quotes': ({ speakerId, limit }) => speakerQuotes(speakerId, limit),
  });
});

/** Where a page's quotation lies: in one of the passages sent, or standing alone without marks. */
type Place = { passage: number; start: number; end: number } | { bare: number };

/** A page's passages and bare quotations: read with the engine's extractor, matched, and carded. */
async function match(request: Match['request'], tabId: number | undefined): Promise<Match['reply']> {
  const { matcher } = await active();
  const { strictness } = await settings.getValue();
  const quotes: (PageQuote & { place: Place })[] = [];
  for (const [i, p] of request.passages.entries()) {
    const extraction = extract(p.text, p.paragraphs);
    const apart = p.apart.map((k) => p.paragraphs[k]!);
    for (const [k, q] of pageQuotes(extraction, apart).entries()) {
      const { start, end } = extraction.quotes[k]!;
      if (start >= p.own) quotes.push({ ...q, group: `${i}.${q.group}`, place: { passage: i, start, end } });
    }
  }
  for (const [j, text] of request.bare.entries()) {
    quotes.push({ text, group: `bare.${j}`, attributedTo: null, place: { bare: j } });
  }

  await matcher.prepare(utteranceTexts(quotes));
  const checked = checkQuotes(quotes, matcher, THRESHOLDS[strictness]);
  await loadCardDocuments(checked.flatMap((c) => (c.match ? [c.match] : [])));
  const first = request.first || tabId === undefined ? 0 : await nextNumber(tabId);
  const reply: Match['reply'] = { passages: request.passages.map(() => []), bare: request.bare.map(() => null) };
  const found: TabQuote[] = [];
  for (const [i, c] of checked.entries()) {
    // Words the index knows from no one, that this page attributes to no one, are not shown as anyone's.
    if (!c.match || !saidBySomeone(c.match, quotes[i]!)) continue;
    const { text, attributedTo, place } = quotes[i]!;
    const card = cardFor(c.match, text, attributedTo, c.disagrees);
    const matched: MatchedQuote = { n: first + found.length, card };
    if ('bare' in place) reply.bare[place.bare] = matched;
    else reply.passages[place.passage]!.push({ ...matched, start: place.start, end: place.end });
    found.push({
      n: matched.n,
      text,
      speaker: card.speaker?.name ?? null,
      role: card.speaker?.role ?? null,
      confidence: card.confidence,
      attribution: card.attribution,
      disputed: card.warning !== null,
    });
  }
  if (tabId !== undefined) await recordTab(tabId, request.host, request.first, found);
  return reply;
}

/** "Who said this?" on a selection: the answer goes to the card, next to the selection. */
async function lookUp(tabId: number, text: string) {
  const { matcher } = await active();
  const { strictness } = await settings.getValue();
  await matcher.prepare([text]);
  const found = matcher.match(text, THRESHOLDS[strictness]);
  if (found) await loadCardDocuments([found]);
  const card = found ? cardFor(found, text, null, false) : null;
  await tellTab(tabId, 'show-card', { card, text }).catch(() => {});
  return card;
}

/** The popup's search: the best entries of each index in use, by words or by a speaker's name. */
async function search(query: string, limit: number): Promise<SearchRecord[]> {
  const { open } = await active();
  const found = await Promise.all(
    open.map(({ summary, store }) => store.search(query, limit).then((f) => ({ summary, f }))),
  );
  return found.flatMap(({ summary, f }) => f.map((one) => recordOf(summary.id, one)));
}

/** A speaker's entries in the index that holds them (the id is a search record's `speakerId`). */
async function speakerQuotes(speakerId: string, limit: number) {
  const { open } = await active();
  const at = speakerId.lastIndexOf(':');
  const index = open.find(({ summary }) => summary.id === speakerId.slice(0, at));
  if (!index) return { name: null, records: [] };
  const { speaker, found } = await index.store.speakerEntries(speakerId.slice(at + 1), limit);
  return { name: speaker?.name ?? null, records: found.map((f) => recordOf(index.summary.id, f)) };
}
