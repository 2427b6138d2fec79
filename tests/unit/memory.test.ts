// The reading memory: articles remembered into IndexedDB (fake-indexeddb), matched beside other indexes,
// merged by words with a vague attribution never overriding a name, bounded, forgotten, exported.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberPage } from '../../entrypoints/background/memory';
import { DEFAULT_MEMORY_LIMIT, memorySettings } from '../../entrypoints/shared/memory-settings';
import { memoryStore } from '../../src/browser/memory-store';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex, occurrencesOf } from '../../src/index/build';
import { memoryStore as storeOf } from '../../src/index/entries';
import { type ReadArticle, ReadingMemory } from '../../src/index/memory';
import { parseIndex } from '../../src/index/schema';
import { cardFor, loadCardSources } from '../../src/match/card';
import { Matcher } from '../../src/match/matcher';
import { articles } from '../../src/synth/articles';

const PIERS =
  'We will not let the harbour authority sell the northern piers to a private developer behind closed doors';
const FAMILIES = 'Every family on the waterfront deserves to know what the council is planning for their street';

const A_TEXT = [
  'The city’s port commissioner spoke to residents on Tuesday night.',
  `“${PIERS},” said Margaret Okafor, the city’s port commissioner.`,
  `“${FAMILIES},” Okafor told the meeting.`,
].join('\n\n');
const B_TEXT = [
  'A report on the harbour’s future was published this week.',
  `“${PIERS},” the report said.`,
  'Residents have asked questions for months.',
].join('\n\n');
const C_TEXT = `“${PIERS},” said Daniel Reyes, a developer.`;

const read = (url: string, publication: string, readAt: string, date: string | null = null): ReadArticle => ({
  url,
  host: new URL(url).hostname,
  publication,
  headline: null,
  author: null,
  date,
  language: 'en',
  readAt,
});

async function remember(m: ReadingMemory, article: ReadArticle, text: string, limit = 50_000): Promise<number> {
  const { quotes, reports } = occurrencesOf({ text }, 0);
  return m.remember(article, quotes, reports, limit);
}

async function matchIn(matcher: Matcher, text: string) {
  await matcher.prepare([text]);
  return matcher.match(text);
}

const A = read('https://ledger.example/piers', 'The Daily Ledger', '2026-01-01T10:00:00Z', '2016-10-12');
const B = read('https://courier.example/harbour', 'Morning Courier', '2026-01-02T10:00:00Z');

beforeEach(async () => {
  await memoryStore.clear();
});

describe('the reading memory', () => {
  it('remembers an article’s quotations with their speaker, and says where they were read', async () => {
    const m = await ReadingMemory.open(memoryStore);
    expect(await remember(m, A, A_TEXT)).toBe(2);
    expect(m.size).toEqual({ quotes: 2, articles: 1 });
    const found = await matchIn(new Matcher([m]), `${PIERS.slice(12)}`);
    expect(found?.speaker?.name).toBe('Margaret Okafor');
    await m.loadDocuments(found!.quote.sources.map((s) => s.doc));
    expect(m.readBefore(found!.quote, null)).toMatchObject({ publication: 'The Daily Ledger', date: '2016-10-12' });
    // The page read itself is not where its words were read before.
    expect(m.readBefore(found!.quote, A.url)).toBeNull();
  });

  it('adds an article read again only once, and keeps it when the worker wakes again', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    expect(await remember(m, A, A_TEXT)).toBe(0);
    const again = await ReadingMemory.open(memoryStore);
    expect(again.size).toEqual({ quotes: 2, articles: 1 });
    expect((await matchIn(new Matcher([again]), FAMILIES))?.speaker?.name).toBe('Margaret Okafor');
  });

  it('files the same words under a vague attribution in the named entry, whose speaker stays', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    await remember(m, B, B_TEXT);
    const found = await matchIn(new Matcher([m]), PIERS);
    expect(found?.speaker?.name).toBe('Margaret Okafor');
    expect(found?.quote.sources).toHaveLength(2);
    // Not halved as a toss-up between two speakers.
    expect(found!.confidence).toBeGreaterThan(0.9);
    await m.loadDocuments(found!.quote.sources.map((s) => s.doc));
    expect(m.readBefore(found!.quote, B.url)?.publication).toBe('The Daily Ledger');
  });

  it('keeps whom each article names for the same words, and says they disagree as the index build does', async () => {
    const C = read('https://other.example/x', 'The Other Paper', '2026-01-03T00:00:00Z');
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    await remember(m, C, C_TEXT);
    // A vague attribution of the same words names no one: it neither settles nor adds to the disagreement.
    await remember(m, B, B_TEXT);
    const found = await matchIn(new Matcher([m]), PIERS);
    expect(found?.quote.sources).toHaveLength(3);
    await loadCardSources([found!]);
    const card = cardFor(found!, PIERS, null, false);
    expect(card.attributions).toEqual([
      { name: 'Margaret Okafor', outlets: 1 },
      { name: 'Daniel Reyes', outlets: 1 },
    ]);
    // The index that `whosaid index` builds of the same three articles gives the same card.
    const built = buildIndex(
      [
        [A_TEXT, A],
        [C_TEXT, C],
        [B_TEXT, B],
      ].map(([text, r], i) => ({
        id: `${i}.txt`,
        format: 'text' as const,
        text: text as string,
        meta: { ...emptyMeta(), publication: (r as ReadArticle).publication },
      })),
    );
    const fromIndex = await matchIn(new Matcher([storeOf(built)]), PIERS);
    const builtCard = cardFor(fromIndex!, PIERS, null, false);
    expect(card.attributions).toEqual(builtCard.attributions);
    expect(card.speaker).toEqual(builtCard.speaker);
    expect(card.attribution).toBeCloseTo(builtCard.attribution);
  });

  it('finds remembered quotations by their words or their speaker’s name, and says where they were read', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    for (const query of ['northern piers', 'Okafor', 'waterfront famil']) {
      const found = await m.search(query, 10);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]!.speaker?.name).toBe('Margaret Okafor');
      expect(m.readBefore(found[0]!.entry, null)?.publication).toBe('The Daily Ledger');
    }
    expect((await m.search('northern piers', 10))[0]!.entry.text).toBe(PIERS);
    expect(await m.search('stadium', 10)).toEqual([]);
  });

  it('hides what only the page being read printed', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    const matcher = new Matcher([m]);
    await matcher.prepare([FAMILIES]);
    expect(m.hiding(A.url, () => matcher.match(FAMILIES))).toBeNull();
    expect(m.hiding(B.url, () => matcher.match(FAMILIES))?.speaker?.name).toBe('Margaret Okafor');
  });

  it('forgets the oldest read first past its limit', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT, 3);
    await remember(
      m,
      read('https://valley.example/roads', 'Valley Times', '2026-01-05T00:00:00Z'),
      C_TEXT.replace('Daniel Reyes', 'Lydia Marsh').replace(
        PIERS,
        'Our roads are falling apart while the county spends its money on consultants',
      ),
      2,
    );
    expect(m.size).toEqual({ quotes: 1, articles: 1 });
    const matcher = new Matcher([m]);
    expect(await matchIn(matcher, FAMILIES)).toBeNull();
    expect(
      (await matchIn(matcher, 'Our roads are falling apart while the county spends its money'))?.speaker?.name,
    ).toBe('Lydia Marsh');
  });

  it('forgets a site, and everything', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    await remember(m, B, B_TEXT);
    await m.forget('ledger.example');
    const matcher = new Matcher([m]);
    matcher.refresh(m);
    // B's vague words are all that is left: no one is named.
    expect((await matchIn(matcher, PIERS))?.speaker?.name ?? null).not.toBe('Margaret Okafor');
    expect(m.size).toEqual({ quotes: 1, articles: 1 });
    await m.forget(null);
    matcher.refresh(m);
    expect(m.size).toEqual({ quotes: 0, articles: 0 });
    expect(await matchIn(matcher, PIERS)).toBeNull();
    expect((await ReadingMemory.open(memoryStore)).size).toEqual({ quotes: 0, articles: 0 });
  });

  it('exports an index file of what it read', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    await remember(m, B, B_TEXT);
    const parsed = parseIndex(JSON.parse(JSON.stringify(await m.exportIndex())));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.index.documents.map((d) => d.publication)).toEqual(['The Daily Ledger', 'Morning Courier']);
    const piers = parsed.index.quotes.find((q) => q.text.startsWith('We will not let'));
    expect(piers?.sources.length).toBeGreaterThanOrEqual(1);
    expect(parsed.index.speakers.map((s) => s.name)).toContain('Margaret Okafor');
  });

  it('does not let a vague attribution in memory outweigh a name another index holds', async () => {
    const bundled = buildIndex([
      { id: 'a.txt', format: 'text', text: A_TEXT, meta: { ...emptyMeta(), publication: 'Ledger' } },
    ]);
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, B, B_TEXT);
    const found = await matchIn(new Matcher([storeOf(bundled), m]), PIERS);
    expect(found?.speaker?.name).toBe('Margaret Okafor');
    expect(found!.confidence).toBeGreaterThan(0.9);
  });
});

describe('what the background remembers', () => {
  it('nothing from a private window, a page that is no article, a site switched off, or when switched off', async () => {
    const { quotes, reports } = occurrencesOf({ text: A_TEXT }, 0);
    const { readAt: _, ...rest } = A;
    const page = { ...rest, sign: 'og:type article' };
    const limit = DEFAULT_MEMORY_LIMIT;
    expect(await rememberPage(page, true, quotes, reports)).toBe(0);
    expect(await rememberPage(null, false, quotes, reports)).toBe(0);
    await memorySettings.setValue({ on: true, offSites: [A.host], limit });
    expect(await rememberPage(page, false, quotes, reports)).toBe(0);
    await memorySettings.setValue({ on: false, offSites: [], limit });
    expect(await rememberPage(page, false, quotes, reports)).toBe(0);
    expect((await ReadingMemory.open(memoryStore)).size.quotes).toBe(0);
    await memorySettings.setValue({ on: true, offSites: [], limit });
    expect(await rememberPage(page, false, quotes, reports)).toBe(2);
    expect((await ReadingMemory.open(memoryStore)).size.quotes).toBe(2);
  });
});

describe('a memory that grows', () => {
  it('builds its table again past a thousand changed entries, and a wake-up reads it with the changes since', async () => {
    const m = await ReadingMemory.open(memoryStore);
    const made = articles(360, 5);
    for (const [k, a] of made.entries())
      await remember(
        m,
        read(`https://site.example/${k}`, 'Site', `2026-02-01T00:00:${String(k % 60).padStart(2, '0')}Z`),
        a.text,
      );
    expect((await memoryStore.changes()).length).toBeLessThan(1024);
    expect(await memoryStore.pairs()).toBeDefined();
    expect(await memoryStore.search()).toBeDefined();
    const again = await ReadingMemory.open(memoryStore);
    const matcher = new Matcher([again]);
    // A quotation of the first article (in the stored table) and one of the last (changed since).
    for (const a of [made[0]!, made[made.length - 1]!]) {
      const q = a.quotes[0]!;
      expect((await matchIn(matcher, q.text))?.speaker?.name).toBe(q.speaker);
      // And the popup's search finds it by its speaker's name and a word of it, which no word pair of the
      // matcher's table holds: by the stored search table (read at the first search) or the changes' words.
      const word = q.text.split(' ').sort((x, y) => y.length - x.length)[0]!;
      const found = await again.search(`${q.speaker.split(' ').pop()} ${word}`, 20);
      expect(found.some((f) => f.entry.text.startsWith(q.text))).toBe(true);
    }
  }, 60_000);
});

/** A request's result, for writing a database as an older Whosaid did. */
const done = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

describe('a memory of the first stored format', () => {
  it('is read into the current one when the database is upgraded, and forgets nothing', async () => {
    await done(indexedDB.deleteDatabase('whosaid-memory'));
    // Version 1: articles with their quotations whole, entries whole, each entry's keys apart.
    const open = indexedDB.open('whosaid-memory', 1);
    open.onupgradeneeded = () => {
      const d = open.result;
      const articles = d.createObjectStore('articles', { keyPath: 'n' });
      articles.createIndex('url', 'url', { unique: true });
      articles.createIndex('host', 'host');
      articles.createIndex('readAt', 'readAt');
      d.createObjectStore('entries');
      d.createObjectStore('keys');
      d.createObjectStore('meta');
    };
    const v1 = await done(open);
    let kept = 0;
    const tx = v1.transaction(['articles', 'entries', 'meta'], 'readwrite');
    [
      [A, A_TEXT],
      [B, B_TEXT],
    ].forEach(([article, text], n) => {
      const { quotes, reports } = occurrencesOf({ text: text as string }, n);
      kept += quotes.length;
      tx.objectStore('articles').put({ ...(article as ReadArticle), n, quotes, reports, entries: [] });
    });
    tx.objectStore('entries').put({ quote: { id: 'q0' } }, 0);
    tx.objectStore('meta').put({ nextEntry: 3, nextArticle: 2, quotes: kept, articles: 2, since: [0, 1] }, 'state');
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    v1.close();

    const m = await ReadingMemory.open(memoryStore);
    expect(kept).toBe(3);
    expect(m.size).toEqual({ quotes: kept, articles: 2 });
    expect(await memoryStore.legacy()).toEqual([]);
    const found = await matchIn(new Matcher([m]), PIERS);
    expect(found?.speaker?.name).toBe('Margaret Okafor');
    await m.loadDocuments(found!.quote.sources.map((s) => s.doc));
    expect(m.readBefore(found!.quote, B.url)).toMatchObject({ publication: 'The Daily Ledger', date: '2016-10-12' });
    // Opened again, it is read as it is now.
    expect((await ReadingMemory.open(memoryStore)).size).toEqual({ quotes: kept, articles: 2 });
  });
});
