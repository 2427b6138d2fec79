// The extension's wiring, with WXT's fake browser: the background's answers, each tab's record and badge,
// and the settings.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { forgetTab, recordTab, tabQuotes } from '../../entrypoints/background/tabs';
import {
  answer,
  askBackground as ask,
  type BackgroundProtocol,
  type ContentProtocol,
  type Handlers,
  type TabQuote,
} from '../../entrypoints/shared/messages';
import { enabledOn, settings } from '../../entrypoints/shared/settings';
import { importIndexText, migrateLegacyImport } from '../../src/browser/index-import';
import { BUNDLED_ID, indexStore } from '../../src/browser/index-store';
import { writeRuntimeFiles } from '../../src/cli/runtime-files';
import { FORM_VERSION } from '../../src/compact/form';
import { readPage, type Table, tableBytes } from '../../src/compact/table';
import { whosaid } from '../helpers/cli';

/** The table whole again from its pages, as runtime form 2 stored it. */
function wholeTable(pages: Uint8Array[], pageBuckets: number): Table {
  const read = pages.map((p) => readPage(p, pageBuckets) as Table);
  const offsets = new Uint32Array(pages.length * pageBuckets + 1);
  const postings: number[] = [];
  read.forEach((page, p) => {
    for (let b = 0; b < pageBuckets; b++) offsets[p * pageBuckets + b + 1] = postings.length + page.offsets[b + 1]!;
    postings.push(...page.postings);
  });
  return { mask: offsets.length - 2, offsets, postings: Uint32Array.from(postings) };
}

/** Writes to the index store's tables directly, as an older Whosaid did. */
function rawTables(write: (tables: IDBObjectStore) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('whosaid-indexes');
    open.onsuccess = () => {
      const tx = open.result.transaction('tables', 'readwrite');
      write(tx.objectStore('tables'));
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

const quote = (n: number, speaker: string | null): TabQuote => ({
  n,
  text: `quote ${n}`,
  speaker,
  role: null,
  confidence: 0.9,
  attribution: 0.95,
  disputed: false,
});

beforeEach(() => fakeBrowser.reset());

describe('each tab’s record', () => {
  it('adds up a page’s batches and badges its attributed quotations', async () => {
    await recordTab(7, 'news.example', true, [quote(0, 'Emily Odom'), quote(1, null)]);
    await recordTab(7, 'news.example', false, [quote(2, 'Richard Downing')]);
    expect((await tabQuotes(7))!.quotes.map((q) => q.n)).toEqual([0, 1, 2]);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('2');
  });

  it('starts over with a new page, and clears the badge when nothing is attributed', async () => {
    await recordTab(7, 'news.example', true, [quote(0, 'Emily Odom')]);
    await recordTab(7, 'other.example', true, [quote(0, null)]);
    expect((await tabQuotes(7))!.host).toBe('other.example');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await forgetTab(7);
    expect(await tabQuotes(7)).toBeNull();
  });
});

describe('the message protocol', () => {
  it('checks each handler against its own message’s reply', () => {
    type InfoHandler = Handlers<BackgroundProtocol>['index-info'];
    // @ts-expect-error: a lookup's reply is not the reply to index-info.
    const wrong: InfoHandler = () => ({ card: null });
    // @ts-expect-error: reveal's request has a number, not a tab and a text.
    const misread: Handlers<ContentProtocol>['reveal'] = ({ text }: { text: string }) => (text ? null : null);
    expect([wrong, misread]).toHaveLength(2);
  });

  it('answers its own messages and leaves the others to other listeners', async () => {
    const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const seen: number[] = [];
    answer<ContentProtocol>({
      'show-card': () => null,
      reveal: ({ n }) => {
        seen.push(n);
        return null;
      },
      'next-quote': () => null,
    });
    const listener = added.mock.calls[0]![0] as (message: unknown, sender: object) => unknown;
    await expect(listener({ type: 'reveal', data: { n: 7 } }, {})).resolves.toBeNull();
    expect(seen).toEqual([7]);
    // Returning nothing, not a promise, is what lets another listener of the page answer.
    expect(listener({ type: 'match', data: {} }, {})).toBeUndefined();
    expect(listener({ type: 'toString', data: null }, {})).toBeUndefined();
    expect(listener('reveal', {})).toBeUndefined();
  });
});

describe('settings', () => {
  it('highlight everywhere by default, at balanced strictness', async () => {
    const s = await settings.getValue();
    expect(s).toEqual({ highlight: true, disabledSites: [], strictness: 'balanced' });
    expect(enabledOn(s, 'news.example')).toBe(true);
  });

  it('a site can be left alone, and highlighting turned off altogether', async () => {
    expect(enabledOn({ highlight: true, disabledSites: ['news.example'], strictness: 'strict' }, 'news.example')).toBe(
      false,
    );
    expect(enabledOn({ highlight: false, disabledSites: [], strictness: 'strict' }, 'other.example')).toBe(false);
  });
});

describe('the background', () => {
  let indexText = '';
  let bundledDir = '';
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-'));
    const file = join(dir, 'seed-index.json');
    whosaid(['index', 'corpus', '-o', file]);
    indexText = readFileSync(file, 'utf8');
    bundledDir = join(dir, 'index');
    await writeRuntimeFiles(file, bundledDir);
  });
  beforeEach(async () => {
    // The bundled index's runtime form, as the extension would fetch it; and the APIs the fake browser leaves out.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => new Response(readFileSync(join(bundledDir, basename(new URL(url).pathname))))),
    );
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 0);
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    for (const entry of await indexStore.catalog()) await indexStore.remove(entry.id);
    background.main();
    await ask('index-changed', null);
  });

  it('reads a page’s passages and answers with cards for the quotations the index knows', async () => {
    const text = [
      'Pittsburgh police have joined the effort.',
      '“They share their secrets, they share their tradecraft,” said Shawn Brokos, a police commander.',
      '“We have to do a better job,” the mayor said.',
    ].join('\n\n');
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const reply = await ask('match', {
      host: 'news.example',
      first: true,
      article: null,
      passages: [{ text, paragraphs, own: 0, apart: [] }],
      bare: ['It’s not enough simply to take the sites down', 'Subscribe to our newsletter for more stories like this'],
    });
    const [found] = reply.passages;
    expect(found).toHaveLength(1);
    expect(text.slice(found![0]!.start, found![0]!.end)).toBe('They share their secrets, they share their tradecraft,');
    expect(found![0]!.card).toMatchObject({
      speaker: { name: 'Emily Odom' },
      warning: { pageSpeaker: 'Shawn Brokos', indexSpeaker: 'Emily Odom', sources: 1 },
    });
    expect(found![0]!.card.sources[0]!.publication).toBeTruthy();
    expect(reply.bare[0]!.card.speaker?.name).toBe('Richard Downing');
    expect(reply.bare[1]).toBeNull();
    expect([found![0]!.n, reply.bare[0]!.n]).toEqual([0, 1]);
  });

  it('leaves a passage’s context to the passage it belongs to', async () => {
    const text =
      '“They share their secrets, they share their tradecraft,” said Emily Odom.\n\nShe spoke in Washington.';
    const reply = await ask('match', {
      host: 'news.example',
      first: true,
      article: null,
      passages: [
        {
          text,
          paragraphs: [
            { start: 0, end: 74 },
            { start: 76, end: text.length },
          ],
          own: 76,
          apart: [],
        },
      ],
      bare: [],
    });
    expect(reply.passages[0]).toEqual([]);
  });

  it('tells the indexes in use', async () => {
    expect(await ask('index-info', null)).toMatchObject({
      indexes: [{ origin: 'bundled', quotes: 8, paraphrases: 5, speakers: 10, documents: 2, enabled: true }],
      problems: [],
    });
  });

  it('matches against every index in use; one switched off or removed is left out', async () => {
    const mine = JSON.parse(indexText);
    mine.quotes = mine.quotes.slice(0, 1);
    mine.quotes[0].speaker = mine.speakers[1].id;
    const entry = await importIndexText(JSON.stringify(mine), 'mine.json');
    const info = await ask('index-changed', null);
    expect(info.indexes.map((x) => [x.origin, x.name, x.quotes])).toEqual([
      ['bundled', 'Bundled index', 8],
      ['imported', 'mine.json', 1],
    ]);
    // The same words now stand for two speakers, one in each index: neither name can be shown.
    const words = mine.quotes[0].text;
    expect((await ask('lookup', { tabId: 3, text: words })).card).toBeNull();
    await indexStore.setEnabled(BUNDLED_ID, false);
    expect((await ask('index-changed', null)).indexes.map((x) => x.enabled)).toEqual([false, true]);
    const alone = (await ask('lookup', { tabId: 3, text: words })).card!;
    expect(alone.speaker?.name).toBe(mine.speakers[1].name);
    await indexStore.setEnabled(BUNDLED_ID, true);
    await indexStore.remove(entry.id);
    expect((await ask('index-changed', null)).indexes).toHaveLength(1);
  });

  it('leaves out an index whose storage is broken, saying why, and matches against the others', async () => {
    const entry = await importIndexText(indexText, 'mine.json');
    await indexStore.add({ ...entry, header: { ...entry.header!, table: { ...entry.header!.table, buckets: 3 } } });
    const info = await ask('index-changed', null);
    // Listed out of use, so that the reader can remove it.
    expect(info.indexes.map((x) => [x.origin, x.enabled])).toEqual([
      ['bundled', true],
      ['imported', false],
    ]);
    expect(info.problems).toEqual(['mine.json: the candidate table has a bucket count that is not a power of two']);
    expect(
      (await ask('lookup', { tabId: 3, text: 'It’s not enough simply to take the sites down' })).card,
    ).not.toBeNull();
  });

  it('refuses to import a bad index, storing nothing of it', async () => {
    const broken = indexText.replace('"speaker":"s0"', '"speaker":"s99"');
    await expect(importIndexText(broken, 'broken.json')).rejects.toThrow(/no speaker has id "s99"/);
    expect(await indexStore.catalog()).toEqual([]);
  });

  it('migrates the index an older Whosaid kept as text, once', async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('keyval-store');
      open.onupgradeneeded = () => open.result.createObjectStore('keyval');
      open.onsuccess = () => {
        const tx = open.result.transaction('keyval', 'readwrite');
        tx.objectStore('keyval').put(
          { text: indexText, fileName: 'old.json', importedAt: '2026-01-01' },
          'imported-index',
        );
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
      open.onerror = () => reject(open.error);
    });
    // Looked for when the extension is updated, not at each wake-up.
    expect((await ask('index-changed', null)).indexes).toHaveLength(1);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    const info = await ask('index-info', null);
    expect(info.indexes.map((x) => [x.name, x.quotes])).toEqual([
      ['Bundled index', 8],
      ['old.json', 8],
    ]);
    expect(await migrateLegacyImport()).toBeUndefined();
  });

  it('pages the table of an imported index stored in runtime form 2 in place, and matches with it', async () => {
    const mine = JSON.parse(indexText);
    mine.quotes = mine.quotes.slice(0, 1);
    mine.quotes[0].speaker = mine.speakers[1].id;
    const entry = await importIndexText(JSON.stringify(mine), 'mine.json');
    await indexStore.setEnabled(BUNDLED_ID, false);
    // Form 2 kept its table whole, in one record, beside its chunks as they are now.
    const header = entry.header!;
    const storage = indexStore.storage(entry.id);
    const pages = await storage.pages(
      Array.from({ length: header.table.buckets / header.table.pageBuckets }, (_, n) => n),
    );
    const whole = wholeTable(pages, header.table.pageBuckets);
    await rawTables(async (tables) => {
      tables.delete(IDBKeyRange.bound([entry.id, 'table', 0], [entry.id, 'table', []]));
      tables.put(tableBytes(whole).buffer, [entry.id, 'table']);
    });
    // Its chunks held 64 records, which the seed's quotations fit in one of, as they do in one of 16.
    const { pageBuckets: _, ...form2Table } = header.table;
    const { recordsPerChunk: __, ...form2 } = header;
    await indexStore.add({ ...entry, header: { ...form2, version: 2, table: form2Table as never } });
    const info = await ask('index-changed', null);
    expect(info.problems).toEqual([]);
    expect(info.indexes.find((x) => x.origin === 'imported')).toMatchObject({ id: entry.id, enabled: true });
    const upgraded = (await indexStore.get(entry.id))?.header;
    expect(upgraded).toMatchObject({ version: FORM_VERSION, table: header.table });
    expect(upgraded?.recordsPerChunk).toBeUndefined();
    expect((await ask('lookup', { tabId: 3, text: mine.quotes[0].text })).card?.speaker?.name).toBe(
      mine.speakers[1].name,
    );
  });

  it('rebuilds an imported index stored in an older runtime form from the entries it stores', async () => {
    const entry = await importIndexText(indexText, 'mine.json');
    await indexStore.add({ ...entry, header: { ...entry.header!, version: 0 } });
    const info = await ask('index-changed', null);
    expect(info.problems).toEqual([]);
    const rebuilt = info.indexes.find((x) => x.origin === 'imported')!;
    expect(rebuilt).toMatchObject({ name: 'mine.json', quotes: 8 });
    expect(rebuilt.id).not.toBe(entry.id);
    expect((await indexStore.get(rebuilt.id))?.header?.version).toBe(FORM_VERSION);
    expect(await indexStore.get(entry.id)).toBeUndefined();
  });

  it('searches the indexes by words, by a speaker, with a typo, and finds reported speech', async () => {
    const first = async (query: string) => (await ask('search', { query, limit: 20 })).records[0];
    expect((await first('sites down'))?.text).toBe('It’s not enough simply to take the sites down');
    expect((await first('Odom'))?.speaker).toBe('Emily Odom');
    expect((await first('naxolone'))?.speaker).toBe('Jerome Adams');
    expect(await first('more than 160 people')).toMatchObject({ paraphrase: true, speaker: 'Kyle Rau' });
    expect((await ask('search', { query: 'zebra', limit: 20 })).records).toEqual([]);
  });

  it('answers a lookup in the tab’s card', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const reply = await ask('lookup', {
      tabId: 3,
      text: 'get trained to administer naloxone in the case of a suspected emergency',
    });
    expect(reply.card?.speaker?.name).toBe('Jerome Adams');
    expect(sent).toHaveBeenCalledWith(
      3,
      expect.objectContaining({
        type: 'show-card',
        data: expect.objectContaining({ card: expect.objectContaining({ quoteId: reply.card!.quoteId }) }),
      }),
    );
  });
});
