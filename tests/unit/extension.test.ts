// The extension's wiring, with WXT's fake browser: the background's answers, each tab's record and badge,
// and the settings.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { importedIndex } from '../../src/browser/index-store';
import { whosaid } from '../helpers/cli';

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
  beforeAll(() => {
    const file = join(mkdtempSync(join(tmpdir(), 'whosaid-')), 'seed-index.json');
    whosaid(['index', 'corpus', '-o', file]);
    indexText = readFileSync(file, 'utf8');
  });
  beforeEach(() => {
    // The bundled index, as the extension would fetch it; and the APIs the fake browser leaves out.
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(indexText)),
    );
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    background.main();
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

  it('tells the index in use', async () => {
    expect(await ask('index-info', null)).toMatchObject({
      origin: 'bundled',
      quotes: 8,
      paraphrases: 5,
      speakers: 10,
      documents: 2,
      problem: null,
    });
  });

  it('uses an imported index once told, and falls back to the bundled one, saying why, if it no longer validates', async () => {
    const mine = JSON.parse(indexText);
    mine.quotes = mine.quotes.slice(0, 1);
    mine.search = JSON.parse(indexText).search;
    await importedIndex.set({ text: JSON.stringify(mine), fileName: 'mine.json', importedAt: '2026-11-21T00:00:00Z' });
    const info = await ask('index-changed', null);
    expect(info).toMatchObject({ origin: 'bundled', quotes: 8 });
    expect(info.problem).toMatch(/^mine\.json: search\.postings: quote number \d+ is beyond the 1 quotes$/);
    await importedIndex.set({ text: indexText, fileName: 'mine.json', importedAt: '2026-11-21T00:00:00Z' });
    expect(await ask('index-changed', null)).toMatchObject({
      origin: 'imported',
      quotes: 8,
      problem: null,
    });
    await importedIndex.clear();
    expect(await ask('index-changed', null)).toMatchObject({ origin: 'bundled' });
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
