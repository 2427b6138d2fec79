// The background: reads the passages pages send (the engine's extractor runs here, off the page's main
// thread), matches their quotations, keeps each tab's results and badge, and looks up selected text from
// the context menu.

import { browser } from 'wxt/browser';
import { extract } from '../../src/attribution/extract';
import { hashText } from '../../src/compact/table';
import { type Occurrences, occurrencesIn } from '../../src/index/build';
import type { ReadingMemory } from '../../src/index/memory';
import { writeIndexStream } from '../../src/index/stream';
import { type CardModel, cardFor, loadCardSources } from '../../src/match/card';
import { checkQuotes, type PageQuote, pageQuotes, saidBySomeone, utteranceTexts } from '../../src/match/check';
import { type Matcher, type Match as MatcherMatch, THRESHOLDS } from '../../src/match/matcher';
import { readRecord, recordOf } from '../../src/match/records';
import type { SearchRecord } from '../../src/match/search';
import { sameSpeaker } from '../../src/match/speakers';
import { onInstall } from '../shared/index-source';
import { answer, type BackgroundProtocol, type MatchedQuote, type TabQuote, tellTab } from '../shared/messages';
import { settings } from '../shared/settings';
import { active, infoOf, reload } from './active';
import { forget, memory, memoryInfo, rememberPage } from './memory';
import { forgetQuotes, forgetTab, nextNumber, recordTab, tabQuotes } from './tabs';

const MENU_ID = 'whosaid-lookup';

type Match = BackgroundProtocol['match'];

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(async () => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Who said this?', contexts: ['selection'] });
    // What an install or an update does once, not at each wake-up; then the indexes as it left them.
    await onInstall();
    await reload();
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
    match: (request, sender) => match(request, sender.tab?.id, sender.tab?.incognito ?? false),
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
    'memory-info': ({ host }) => memoryInfo(host),
    'memory-forget': async ({ host }) => {
      await forget(host);
      const { matcher, reading } = await active();
      if (reading) matcher.refresh(reading);
      return memoryInfo(host);
    },
    'memory-export': async () => {
      const reading = await memory();
      const index = reading ? await reading.exportIndex() : null;
      const parts: string[] = [];
      if (index) await writeIndexStream(index, (t) => void parts.push(t));
      return { text: parts.join(''), quotes: index?.quotes.length ?? 0 };
    },
    search: async ({ query, limit }) => ({ records: await search(query, limit) }),
    'speaker-quotes': ({ speakerId, limit }) => speakerQuotes(speakerId, limit),
  });
});

/** Where a page's quotation lies: in one of the passages sent, or standing alone without marks. */
type Place = { passage: number; start: number; end: number } | { bare: number };

/** A page's passages and bare quotations: read with the engine's extractor, matched, and carded. */
async function match(
  request: Match['request'],
  tabId: number | undefined,
  incognito: boolean,
): Promise<Match['reply']> {
  const { matcher, reading } = await active();
  const { strictness } = await settings.getValue();
  const quotes: (PageQuote & { place: Place })[] = [];
  // What an article's passages quote, as the reading memory keeps it.
  const read: Occurrences = { quotes: [], reports: [] };
  for (const [i, p] of request.passages.entries()) {
    const extraction = extract(p.text, p.paragraphs);
    const apart = p.apart.map((k) => p.paragraphs[k]!);
    for (const [k, q] of pageQuotes(extraction, apart).entries()) {
      const { start, end } = extraction.quotes[k]!;
      if (start >= p.own) quotes.push({ ...q, group: `${i}.${q.group}`, place: { passage: i, start, end } });
    }
    if (request.article) collect(read, occurrencesIn(extraction, p.text, 0), p);
  }
  for (const [j, text] of request.bare.entries()) {
    quotes.push({ text, group: `bare.${j}`, attributedTo: null, place: { bare: j } });
  }

  await matcher.prepare(utteranceTexts(quotes));
  // The page's own words, remembered when it was read before, are not where the reader read them before.
  const here = request.article?.url ?? null;
  const threshold = THRESHOLDS[strictness];
  const check = () => checkQuotes(quotes, matcher, threshold);
  const checked = reading ? reading.hiding(here, check) : check();
  const before = checked.map((c, i) => (c.match ? readMatch(matcher, reading, c.match, quotes[i]!.text, here) : null));
  await loadCardSources([...checked, ...before.map((match) => ({ match }))].flatMap((c) => (c.match ? [c.match] : [])));
  const first = request.first || tabId === undefined ? 0 : await nextNumber(tabId);
  const reply: Match['reply'] = { passages: request.passages.map(() => []), bare: request.bare.map(() => null) };
  const found: TabQuote[] = [];
  for (const [i, c] of checked.entries()) {
    // Words the index knows from no one, that this page attributes to no one, are not shown as anyone's.
    if (!c.match || !saidBySomeone(c.match, quotes[i]!)) continue;
    const { text, attributedTo, place } = quotes[i]!;
    const card = withRead(cardFor(c.match, text, attributedTo, c.disagrees), reading, before[i] ?? null, here);
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
  // Remembered once the page has its answer.
  if (reading && request.article)
    void rememberPage(request.article, incognito, read.quotes, read.reports).then((added) => {
      if (added > 0) matcher.refresh(reading);
    });
  return reply;
}

/** An article's occurrences in a passage, its own part only: offsets in a passage say nothing of the page. */
function collect(read: Occurrences, found: Occurrences, passage: Match['request']['passages'][number]): void {
  // A passage is known by its text, so that the parts of an utterance stay tied when the page is read again.
  const tag = hashText(passage.text).toString(36);
  for (const q of found.quotes)
    if (q.start !== null && q.start >= passage.own)
      read.quotes.push({ ...q, start: null, end: null, group: `${tag}.${q.group}` });
  for (const r of found.reports)
    if (r.start !== null && r.start >= passage.own) read.reports.push({ ...r, start: null, end: null });
}

/**
 * The reading memory's match for words another index matched (or the match itself when it is the
 * memory's), with the same speaker: where the reader read them before.
 */
function readMatch(
  matcher: Matcher,
  reading: ReadingMemory | null,
  match: MatcherMatch,
  text: string,
  here: string | null,
): MatcherMatch | null {
  if (!reading || reading.size.quotes === 0) return null;
  if (match.store === reading) return match;
  const found = reading.hiding(here, () => matcher.search(text, 4, THRESHOLDS.strict));
  return (
    found.find(
      (m) =>
        m.store === reading &&
        (match.speaker === null ||
          m.speaker === null ||
          m.speaker.kind === 'description' ||
          sameSpeaker(m.speaker.name, match.speaker)),
    ) ?? null
  );
}

function withRead(card: CardModel, reading: ReadingMemory | null, m: MatcherMatch | null, here: string | null) {
  const read = reading && m ? reading.readBefore(m.quote, here) : null;
  return read ? { ...card, read } : card;
}

/** "Who said this?" on a selection: the answer goes to the card, next to the selection. */
async function lookUp(tabId: number, text: string) {
  const { matcher } = await active();
  const { strictness } = await settings.getValue();
  await matcher.prepare([text]);
  const { reading } = await active();
  const found = matcher.match(text, THRESHOLDS[strictness]);
  const before = found ? readMatch(matcher, reading, found, text, null) : null;
  if (found) await loadCardSources(before ? [found, before] : [found]);
  const card = found ? withRead(cardFor(found, text, null, false), reading, before, null) : null;
  await tellTab(tabId, 'show-card', { card, text }).catch(() => {});
  return card;
}

/** The reading memory's id among the indexes, in a search record's id. */
const MEMORY_ID = 'memory';

/**
 * The popup's search: the best entries of each index in use and of the reading memory (with where the reader
 * read them), by words or by a speaker's name.
 */
async function search(query: string, limit: number): Promise<SearchRecord[]> {
  const { open, reading } = await active();
  const [found, read] = await Promise.all([
    Promise.all(open.map(({ summary, store }) => store.search(query, limit).then((f) => ({ summary, f })))),
    reading ? reading.search(query, limit) : [],
  ]);
  return [
    ...found.flatMap(({ summary, f }) => f.map((one) => recordOf(summary.id, one))),
    ...read.map((f) => readRecord(MEMORY_ID, f, reading!.readBefore(f.entry, null))),
  ];
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
