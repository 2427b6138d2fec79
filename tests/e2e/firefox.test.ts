// The core of what a reader sees, in Firefox: the seed quotations painted on their pages with the DOM left
// as it was, the card on hover, and the popup's list of the page's quotations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackgroundProtocol, Envelope } from '../../entrypoints/shared/messages';
import { ROOT } from '../helpers/cli';
import { type Firefox, launchFirefox, openExtensionPage } from './firefox';
import { BUILT, paintedRanges, pointOnQuote, SCREENSHOTS, type Served, serve, servedAndLive } from './harness';

interface Gold {
  quotes: { doc: string; text: string }[];
}
const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8'));
const SEED = '001_c1a602c81d3a1cd0';
const expected = gold.quotes.filter((q) => q.doc === `${SEED}.txt`).map((q) => q.text);

let firefox: Firefox;
let server: Served;
let page: Page;
beforeAll(async () => {
  server = await serve();
  firefox = await launchFirefox();
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${server.url}/seed/${SEED}.html`);
  await page.waitForFunction(
    (n) => [...(CSS.highlights.get('whosaid-quote') ?? [])].length >= n,
    { timeout: 20_000 },
    expected.length,
  );
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('in Firefox', () => {
  it('paints every quotation of a seed article, nothing else, and leaves its DOM as it was', async () => {
    const painted = await page.evaluate(paintedRanges);
    expect([...painted['whosaid-quote']!].sort()).toEqual([...expected].sort());
    expect(painted['whosaid-disputed']).toEqual([]);
    const { served, live } = await page.evaluate(servedAndLive);
    expect(live).toBe(served);
    expect(await page.$$eval('mark', (marks) => marks.length)).toBe(0);
  });

  it('shows the card on hover, with the speaker, role and sources', async () => {
    const point = await page.evaluate(pointOnQuote, 'It’s not enough');
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const card = await page.waitForSelector('whosaid-card >>> .card', { timeout: 10_000 });
    const text = (selector: string) => card!.$eval(selector, (el) => el.textContent);
    expect(await text('.speaker')).toBe('Richard Downing');
    expect(await text('.role')).toBe('acting Deputy Assistant Attorney General');
    expect(await card!.$$eval('.sources li', (items) => items.map((li) => li.textContent))).toEqual([
      // By date, the undated last; an outlet the index does not know is said to be unknown.
      'outlet unknown (2018-11-04)',
      'Northwest Arkansas Democrat-Gazette — New team targets online opioid sales',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-card.png') });
  });

  it('lists the page’s quotations with their speakers in the popup', async () => {
    const popup = await openExtensionPage(firefox, 'popup.html');
    // The tab whose record the background keeps for the seed page (the popup may not read tabs' addresses).
    const tabId = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      for (const tab of await ext.tabs.query({})) {
        const ask: Envelope<BackgroundProtocol, 'tab-quotes'> = { type: 'tab-quotes', data: { tabId: tab.id! } };
        const record = (await ext.runtime.sendMessage(ask)) as BackgroundProtocol['tab-quotes']['reply'];
        if (record.host === '127.0.0.1') return tab.id!;
      }
      return null;
    });
    expect(tabId).not.toBeNull();
    await popup.close();
    const list = await openExtensionPage(firefox, `popup.html?tab=${tabId}`);
    await list.waitForFunction(() => document.querySelectorAll('#page-quotes li').length >= 6, { timeout: 10_000 });
    expect(await list.$$eval('#page-quotes li .who', (who) => who.map((w) => w.textContent))).toEqual([
      'Jeff Sessions',
      'Shawn Brokos',
      'Richard Downing',
      'Richard Downing',
      'Jerome Adams',
      'Jerome Adams',
    ]);
    await list.screenshot({ path: join(SCREENSHOTS, 'firefox-popup.png') });
    await list.close();
  });

  it('imports an index on the options page, in a worker, and searches it from the popup', async () => {
    const options = await openExtensionPage(firefox, 'options.html');
    await options.waitForFunction(() => document.querySelectorAll('#indexes li .name').length === 1, {
      timeout: 10_000,
    });
    const input = await options.$('input#import');
    await input!.uploadFile(join(BUILT, 'quote-index.json'));
    await options.waitForFunction(
      () => /^(Imported|Refused|Could not)/.test(document.getElementById('import-status')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    expect(await options.$eval('#import-status', (e) => e.textContent)).toBe('Imported quote-index.json: 8 quotes.');
    expect(await options.$$eval('#indexes li .name', (n) => n.map((x) => x.textContent))).toEqual([
      'Bundled index',
      'quote-index.json',
    ]);
    const popup = await openExtensionPage(firefox, 'popup.html?tab=-1');
    await popup.type('#search', 'naxolone');
    await popup.waitForFunction(() => document.querySelectorAll('#results li').length > 0, { timeout: 10_000 });
    expect(await popup.$eval('#results li .who', (w) => w.textContent)).toBe('Jerome Adams');
    await popup.close();
    await options.close();
  });
});
