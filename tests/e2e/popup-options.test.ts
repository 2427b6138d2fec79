// The popup (the page's quotations, search over the index) and the options page (switches, sites,
// importing an index), and the toolbar badge.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex } from '../../src/index/build';
import {
  type Browser,
  BUILT,
  cardOf,
  highlights,
  installHelpers,
  launch,
  openAndWait,
  SCREENSHOTS,
  type Served,
  serve,
  tabIdOf,
} from './harness';

let browser: Browser;
let server: Served;
const NEW_QUOTE =
  'The new ferry terminal will open in May and the harbor will finally have the crossing it was promised';
beforeAll(async () => {
  server = await serve({
    '/ferry.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title></head><body><article>
      <p>“${NEW_QUOTE},” said Harbor Master Ana Ruiz.</p>
      <p>“It’s not enough simply to take the sites down,” said Richard Downing.</p></article></body></html>`,
  });
  browser = await launch();
  await installHelpers(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const popupFor = async (tabId: number): Promise<Page> => {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
};

describe('the toolbar', () => {
  it('badges the number of attributed quotations on the tab', async () => {
    const page = await openAndWait(browser.context, `${server.url}/seed/000_caf2102a04d5f112.html`, 5);
    const tabId = await tabIdOf(browser, page);
    await expect
      .poll(() => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('5');
    await page.close();
  });
});

describe('the popup', () => {
  it('lists the page’s quotations with their speakers; a click shows one on the page', async () => {
    const page = await openAndWait(browser.context, `${server.url}/seed/001_c1a602c81d3a1cd0.html`, 6);
    const tabId = await tabIdOf(browser, page);
    const popup = await popupFor(tabId);
    const items = popup.locator('#page-quotes li');
    await expect.poll(() => items.count()).toBe(6);
    expect(await items.locator('.who').allTextContents()).toEqual([
      'Jeff Sessions',
      'Shawn Brokos',
      'Richard Downing',
      'Richard Downing',
      'Jerome Adams',
      'Jerome Adams',
    ]);
    await expect
      .poll(() => popup.locator('#index-info').textContent())
      .toMatch(/^Bundled index: 8 quotes, 5 paraphrases, 10 speakers, 2 articles · built \d{4}-\d{2}-\d{2}$/);
    expect(await popup.locator('#site-name').textContent()).toBe('127.0.0.1');
    // Search comes first; the page's list is below it and scrolls on its own, inside the popup.
    const [searchBox, list] = await Promise.all([
      popup.locator('#search').boundingBox(),
      popup.locator('#page-quotes').boundingBox(),
    ]);
    expect(searchBox!.y + searchBox!.height).toBeLessThan(list!.y);
    expect(await popup.locator('#page-quotes').evaluate((e) => getComputedStyle(e).overflowY)).toBe('auto');
    expect(await popup.evaluate(() => document.body.scrollHeight)).toBeLessThanOrEqual(600);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png'), fullPage: true });

    await items.nth(4).locator('button').click();
    await expect.poll(() => cardOf(page).locator('.speaker').textContent()).toBe('Jerome Adams');
    await popup.close();
    await page.close();
  });

  it('searches the whole index by words or by speaker', async () => {
    const popup = await popupFor(-1);
    const search = popup.locator('#search');
    await search.fill('sites down');
    await expect
      .poll(() => popup.locator('#results li .text').first().textContent())
      .toBe('“It’s not enough simply to take the sites down”');
    await search.fill('Odom');
    await expect.poll(() => popup.locator('#results li .who').allTextContents()).toEqual(['Emily Odom', 'Emily Odom']);
    await search.fill('naxolone');
    await expect.poll(() => popup.locator('#results li .who').first().textContent()).toBe('Jerome Adams');
    expect(await popup.locator('#site-toggle').isVisible()).toBe(false);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-search.png'), fullPage: true });
    // Reported speech is found too, as the reporter's words: flagged, and without quotation marks.
    await search.fill('more than 160 people');
    await expect.poll(() => popup.locator('#results li .who').first().textContent()).toBe('Kyle Rau');
    expect(await popup.locator('#results li .text').first().textContent()).toBe(
      'Reported, not a quotation: They spoke to more than 160 people, getting a clearer picture of the landscape',
    );
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-paraphrase.png'), fullPage: true });
    await popup.close();
  });

  it('lists every quotation of a result’s speaker, newest first, and copies a quotation as a citation', async () => {
    const popup = await popupFor(-1);
    // What the popup copies, kept (a headless browser's clipboard cannot be read back here).
    await popup.evaluate(() => {
      const copied: string[] = [];
      Object.assign(window, { copied });
      navigator.clipboard.writeText = async (text: string) => {
        copied.push(text);
      };
    });
    await popup.locator('#search').fill('naxolone');
    const speaker = popup.locator('#results li button.who').first();
    await expect.poll(() => speaker.textContent()).toBe('Jerome Adams');
    await speaker.click();
    await expect.poll(() => popup.locator('#speaker-section').isVisible()).toBe(true);
    expect(await popup.locator('#speaker-name').textContent()).toBe('Jerome Adams');
    expect(await popup.locator('#results').isVisible()).toBe(false);
    const quotes = popup.locator('#speaker-quotes li');
    await expect.poll(() => quotes.count()).toBeGreaterThan(1);
    expect(new Set(await quotes.locator('.who').allTextContents())).toEqual(new Set(['Jerome Adams']));
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-speaker.png'), fullPage: true });
    const first = quotes.first();
    const text = (await first.locator('.text').textContent())!;
    await first.locator('button.cite').click();
    await expect.poll(() => first.locator('button.cite').textContent()).toBe('Copied');
    const [copied] = await popup.evaluate(() => (window as unknown as { copied: string[] }).copied);
    expect(copied!.startsWith(`${text} — Jerome Adams`)).toBe(true);
    expect(copied).toMatch(/\((?:[^,()]+|outlet unknown)(?:, \d{4}-\d{2}-\d{2})?\)$/);
    await popup.locator('#speaker-back').click();
    expect(await popup.locator('#results').isVisible()).toBe(true);
    await popup.close();
  });
});

describe('the options page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-'));
  const options = async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('#indexes').textContent()).not.toBe('Loading…');
    return page;
  };
  const listed = (page: Page) => page.locator('#indexes li .name').allTextContents();

  it('refuses a broken index with the reason, and keeps the indexes in use', async () => {
    const page = await options();
    const before = await page.locator('#indexes').textContent();
    expect(await listed(page)).toEqual(['Bundled index']);
    writeFileSync(join(dir, 'broken.json'), '{"format": "whosaid-index", "version": 1, "quotes": [');
    await page.locator('#import').setInputFiles(join(dir, 'broken.json'));
    await expect
      .poll(() => page.locator('#import-status').textContent())
      .toMatch(/^Refused broken\.json: not JSON: .+\. The indexes in use stay as they were\.$/);
    const index = JSON.parse(readFileSync(join(BUILT, 'quote-index.json'), 'utf8'));
    index.quotes[0].speaker = 'nobody';
    writeFileSync(join(dir, 'dangling.json'), JSON.stringify(index));
    await page.locator('#import').setInputFiles(join(dir, 'dangling.json'));
    await expect
      .poll(() => page.locator('#import-status').textContent())
      .toBe(
        'Refused dangling.json: quotes[0].speaker: no speaker has id "nobody". The indexes in use stay as they were.',
      );
    expect(await page.locator('#indexes').textContent()).toBe(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-refused.png'), fullPage: true });
    await page.close();
  });

  it('imports a good index, which pages are then matched against; a markup name shows as text', async () => {
    const index = buildIndex([
      {
        id: 'ferry.txt',
        format: 'text',
        text: `“${NEW_QUOTE},” said Harbor Master Ana Ruiz.`,
        meta: { ...emptyMeta(), publication: 'Harbor <b>Gazette</b>' },
      },
    ]);
    index.speakers[0]!.name = 'Ana <img src=x onerror="window.__whosaidPwned=1">Ruiz';
    writeFileSync(join(dir, 'ferry-index.json'), JSON.stringify(index));
    const page = await options();
    await page.locator('#import').setInputFiles(join(dir, 'ferry-index.json'));
    await expect.poll(() => page.locator('#import-status').textContent()).toBe('Imported ferry-index.json: 1 quote.');
    expect(await listed(page)).toEqual(['Bundled index', 'ferry-index.json']);
    expect(await page.locator('#indexes li').nth(1).locator('.meta').textContent()).toMatch(
      /^1 quote, 0 paraphrases, 1 speaker, 1 article · \d+ KB · built \d{4}-\d{2}-\d{2}, imported \d{4}-\d{2}-\d{2}$/,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: true });

    // Pages are matched against both indexes: the new quotation by the imported one, Downing's by the bundled.
    const article = await openAndWait(browser.context, `${server.url}/ferry.html`, 2);
    expect((await highlights(article))['whosaid-quote']).toEqual([
      `${NEW_QUOTE},`,
      'It’s not enough simply to take the sites down,',
    ]);
    await article.evaluate(() => ((window as unknown as { __whosaidPwned: number }).__whosaidPwned = 0));
    await article.mouse.move(0, 0);
    const box = await article.evaluate(() =>
      ([...CSS.highlights.get('whosaid-quote')!][0] as Range).getClientRects()[0]!.toJSON(),
    );
    await article.mouse.move(box.x + 10, box.y + box.height / 2);
    await expect
      .poll(() => cardOf(article).locator('.speaker').textContent())
      .toBe('Ana <img src=x onerror="window.__whosaidPwned=1">Ruiz');
    expect(await cardOf(article).locator('.outlet').textContent()).toBe('Harbor <b>Gazette</b>');
    expect(await cardOf(article).locator('img, b').count()).toBe(0);
    expect(await article.evaluate(() => (window as unknown as { __whosaidPwned: number }).__whosaidPwned)).toBe(0);
    await article.close();

    await page.getByRole('button', { name: 'Remove ferry-index.json' }).click();
    await expect.poll(() => listed(page)).toEqual(['Bundled index']);
    await expect.poll(() => page.locator('#import-status').textContent()).toBe('Removed ferry-index.json.');
    await page.close();
  });

  it('turns highlighting off for a site, and back on', async () => {
    const page = await options();
    await page.locator('#site').fill('127.0.0.1');
    await page.locator('#add-site button').click();
    await expect.poll(() => page.locator('#sites li').count()).toBe(1);
    const article = await browser.context.newPage();
    await article.goto(`${server.url}/seed/000_caf2102a04d5f112.html`);
    await article.waitForTimeout(1500);
    expect(await article.evaluate(() => highlighted().length)).toBe(0);
    await page.locator('#sites li button').click();
    await expect.poll(() => article.evaluate(() => highlighted().length), { timeout: 10_000 }).toBe(5);
    await article.close();
    await page.close();
  });
});
