// @vitest-environment jsdom
// The reading memory: articles remembered into IndexedDB (fake-indexeddb), matched beside other indexes,
// merged by words with a vague attribution never overriding a name, bounded, forgotten, exported.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberPage } from '../../entrypoints/background/memory';
import { DEFAULT_MEMORY_LIMIT, memorySettings } from '../../entrypoints/shared/memory-settings';
import { articlePage } from '../../src/browser/article-page';
import { memoryStore } from '../../src/browser/memory-store';
import { emptyMeta } from '../../src/corpus/article';
import { articleSign } from '../../src/corpus/page-meta';
import { buildIndex, occurrencesOf } from '../../src/index/build';
import { memoryStore as storeOf } from '../../src/index/entries';
import { type ReadArticle, ReadingMemory } from '../../src/index/memory';
import { parseIndex } from '../../src/index/schema';
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

  it('keeps two names for the same words apart, and matches neither', async () => {
    const m = await ReadingMemory.open(memoryStore);
    await remember(m, A, A_TEXT);
    await remember(m, read('https://other.example/x', 'Other', '2026-01-03T00:00:00Z'), C_TEXT);
    expect(await matchIn(new Matcher([m]), PIERS)).toBeNull();
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

describe('a page that presents itself as an article', () => {
  const doc = (head: string, body = '') =>
    new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

  it('says so in Open Graph, JSON-LD or microdata', () => {
    expect(articleSign(doc('<meta property="og:type" content="article">'))).toBe('og:type article');
    expect(
      articleSign(
        doc(
          '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"]}]}</script>',
        ),
      ),
    ).toBe('json-ld ReportageNewsArticle');
    expect(articleSign(doc('', '<div itemscope itemtype="https://schema.org/OpinionNewsArticle"></div>'))).toBe(
      'microdata OpinionNewsArticle',
    );
  });

  it('is not a home page, a product, satire or a page without a sign', () => {
    expect(articleSign(doc('<meta property="og:type" content="website">'))).toBeNull();
    expect(articleSign(doc('<script type="application/ld+json">{"@type":"Product"}</script>'))).toBeNull();
    expect(articleSign(doc('<script type="application/ld+json">{"@type":"SatiricalArticle"}</script>'))).toBeNull();
    expect(articleSign(doc('<title>Forum</title>'))).toBeNull();
  });

  it('gives its address, outlet, headline and date', () => {
    const page = articlePage(
      doc(
        '<title>T</title><meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Ledger"><meta property="article:published_time" content="2016-10-12T08:00:00Z">',
      ),
      { origin: 'https://ledger.example', pathname: '/piers', search: '?a=1', hostname: 'ledger.example' },
    );
    expect(page).toMatchObject({
      url: 'https://ledger.example/piers?a=1',
      publication: 'The Daily Ledger',
      headline: 'T',
      date: '2016-10-12',
    });
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
    const made = articles(320, 5);
    for (const [k, a] of made.entries())
      await remember(
        m,
        read(`https://site.example/${k}`, 'Site', `2026-02-01T00:00:${String(k % 60).padStart(2, '0')}Z`),
        a.text,
      );
    const stored = await memoryStore.state();
    expect(stored!.since.length).toBeLessThan(1024);
    expect(await memoryStore.table()).toBeDefined();
    const again = await ReadingMemory.open(memoryStore);
    const matcher = new Matcher([again]);
    // A quotation of the first article (in the stored table) and one of the last (changed since).
    for (const a of [made[0]!, made[made.length - 1]!]) {
      const q = a.quotes[0]!;
      expect((await matchIn(matcher, q.text))?.speaker?.name).toBe(q.speaker);
    }
  });
});
