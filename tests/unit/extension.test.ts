// The extension's wiring, with WXT's fake browser: the background's answers, each tab's record and badge,
// and the settings.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { importedIndex } from '../../src/browser/index-store';
import { forgetTab, recordTab, tabQuotes } from '../../entrypoints/background/tabs';
import type { BackgroundReplies, TabQuote } from '../../entrypoints/shared/messages';
import { enabledOn, settings } from '../../entrypoints/shared/settings';
import { ROOT, whosaid } from '../helpers/cli';

const quote = (n: number, speaker: string | null): TabQuote => ({ n, text: `quote ${n}`, speaker, role: null, confidence: 0.9, disputed: false });

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

describe('settings', () => {
  it('highlight everywhere by default, at balanced strictness', async () => {
    const s = await settings.getValue();
    expect(s).toEqual({ highlight: true, disabledSites: [], strictness: 'balanced' });
    expect(enabledOn(s, 'news.example')).toBe(true);
  });

  it('a site can be left alone, and highlighting turned off altogether', async () => {
    expect(enabledOn({ highlight: true, disabledSites: ['news.example'], strictness: 'strict' }, 'news.example')).toBe(false);
    expect(enabledOn({ highlight: false, disabledSites: [], strictness: 'strict' }, 'other.example')).toBe(false);
  });
});

describe('the background', () => {
  let indexText = '';
  beforeAll(() => {
    const file = join(ROOT, 'tests/fixtures/seed-index.tmp.json');
    whosaid(['index', 'corpus', '-o', file]);
    indexText = readFileSync(file, 'utf8');
  });
  beforeEach(() => {
    // The bundled index, as the extension would fetch it; and the APIs the fake browser leaves out.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(indexText)));
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
    background.main();
  });

  const ask = <T extends keyof BackgroundReplies>(message: object) => fakeBrowser.runtime.sendMessage(message) as Promise<BackgroundReplies[T]>;

  it('reads a page’s passages and answers with cards for the quotations the index knows', async () => {
    const text = [
      'Pittsburgh police have joined the effort.',
      '“They share their secrets, they share their tradecraft,” said Shawn Brokos, a police commander.',
      '“We have to do a better job,” the mayor said.',
    ].join('\n\n');
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const reply = await ask<'match'>({
      type: 'match',
      host: 'news.example',
      first: true,
      passages: [{ text, paragraphs, own: 0 }],
      bare: ['It’s not enough simply to take the sites down', 'Subscribe to our newsletter for more stories like this'],
    });
    const [found] = reply.passages;
    expect(found).toHaveLength(1);
    expect(text.slice(found![0]!.start, found![0]!.end)).toBe('They share their secrets, they share their tradecraft,');
    expect(found![0]!.card).toMatchObject({ speaker: { name: 'Emily Odom' }, warning: { pageSpeaker: 'Shawn Brokos', indexSpeaker: 'Emily Odom', sources: 1 } });
    expect(reply.bare[0]!.card.speaker?.name).toBe('Richard Downing');
    expect(reply.bare[1]).toBeNull();
    expect([found![0]!.n, reply.bare[0]!.n]).toEqual([0, 1]);
  });

  it('leaves a passage’s context to the passage it belongs to', async () => {
    const text = '“They share their secrets, they share their tradecraft,” said Emily Odom.\n\nShe spoke in Washington.';
    const reply = await ask<'match'>({ type: 'match', host: 'news.example', first: true, passages: [{ text, paragraphs: [{ start: 0, end: 74 }, { start: 76, end: text.length }], own: 76 }], bare: [] });
    expect(reply.passages[0]).toEqual([]);
  });

  it('tells the index in use', async () => {
    expect(await ask<'index-info'>({ type: 'index-info' })).toMatchObject({ origin: 'bundled', quotes: 8, paraphrases: 5, speakers: 10, documents: 2, problem: null });
  });

  it('uses an imported index once told, and falls back to the bundled one, saying why, if it no longer validates', async () => {
    const mine = JSON.parse(indexText);
    mine.quotes = mine.quotes.slice(0, 1);
    mine.search = JSON.parse(indexText).search;
    await importedIndex.set({ text: JSON.stringify(mine), fileName: 'mine.json', importedAt: '2026-11-21T00:00:00Z' });
    const info = await ask<'index-changed'>({ type: 'index-changed' });
    expect(info).toMatchObject({ origin: 'bundled', quotes: 8 });
    expect(info.problem).toMatch(/^mine\.json: search\.postings: quote number \d+ is beyond the 1 quotes$/);
    await importedIndex.set({ text: indexText, fileName: 'mine.json', importedAt: '2026-11-21T00:00:00Z' });
    expect(await ask<'index-changed'>({ type: 'index-changed' })).toMatchObject({ origin: 'imported', quotes: 8, problem: null });
    await importedIndex.clear();
    expect(await ask<'index-changed'>({ type: 'index-changed' })).toMatchObject({ origin: 'bundled' });
  });

  it('answers a lookup in the tab’s card', async () => {
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const reply = await ask<'lookup'>({ type: 'lookup', tabId: 3, text: 'get trained to administer naloxone in the case of a suspected emergency' });
    expect(reply.card?.speaker?.name).toBe('Jerome Adams');
    expect(sent).toHaveBeenCalledWith(3, expect.objectContaining({ type: 'show-card', card: expect.objectContaining({ quoteId: reply.card!.quoteId }) }));
  });
});
