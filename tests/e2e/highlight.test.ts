// What a reader sees on a page: every indexed quotation painted, the page's DOM left as it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli';
import {
  articleMarkup,
  type Browser,
  cardOf,
  highlights,
  hover,
  installHelpers,
  launch,
  openAndWait,
  type Served,
  serve,
  tabIdOf,
  waitForHighlights,
} from './harness';

interface Gold {
  quotes: { doc: string; text: string }[];
  not_quotes: { doc: string; text: string }[];
}
const gold: Gold = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/gold/seeds.json'), 'utf8'));

let browser: Browser;
let server: Served;
beforeAll(async () => {
  server = await serve();
  browser = await launch();
  await installHelpers(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the seed articles as pages', () => {
  it.each(['000_caf2102a04d5f112', '001_c1a602c81d3a1cd0'])(
    '%s: every quotation is painted, nothing else, and the DOM is unchanged',
    async (name) => {
      const expected = gold.quotes.filter((q) => q.doc === `${name}.txt`).map((q) => q.text);
      const page = await openAndWait(browser.context, `${server.url}/seed/${name}.html`, expected.length);
      const painted = await highlights(page);
      expect([...painted['whosaid-quote']!].sort()).toEqual([...expected].sort());
      expect(painted['whosaid-disputed']).toEqual([]);
      for (const nq of gold.not_quotes.filter((q) => q.doc === `${name}.txt`))
        expect(painted['whosaid-quote']).not.toContain(nq.text);
      const { served, live } = await articleMarkup(page);
      expect(live).toBe(served);
      expect(await page.locator('mark').count()).toBe(0);
      // Its work is on record for DevTools.
      const measures = await page.evaluate(() =>
        performance.getEntriesByType('measure').map((m) => m.name.split(' ')[0]),
      );
      expect(new Set(measures)).toEqual(
        new Set(['whosaid:read', 'whosaid:find', 'whosaid:match', 'whosaid:paint', 'whosaid:scan']),
      );
      await page.close();
    },
  );
});

describe('quotations edited on the page', () => {
  it('paints trimmed and elided quotations and a pull quote without marks, not a stock phrase', async () => {
    const page = await openAndWait(browser.context, `${server.url}/trimmed.html`, 4);
    const painted = (await highlights(page))['whosaid-quote']!;
    expect([...painted].sort()).toEqual([
      'They share their secrets, they share their tradecraft',
      'it’s not enough to take the sites down.',
      'look for another opportunity … where they can go and sell their drugs.',
      'pouring fuel on the fire.',
    ]);
    const { served, live } = await articleMarkup(page);
    expect(live).toBe(served);
    await page.close();
  });
});

describe('a page that attributes a quotation to someone else', () => {
  it('paints it as disputed, and the card says who the sources name', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/wrong.html`);
    await page.waitForFunction(() => (CSS.highlights.get('whosaid-disputed')?.size ?? 0) > 0, null, {
      timeout: 15_000,
    });
    expect((await highlights(page))['whosaid-disputed']).toEqual([
      'They share their secrets, they share their tradecraft,',
    ]);
    await hover(page, 'They share');
    await expect.poll(() => cardOf(page).isVisible()).toBe(true);
    await expect
      .poll(() => cardOf(page).locator('.warning').textContent())
      .toBe('This page says Shawn Brokos said this; 1 source says Emily Odom.');
    await page.close();
  });
});

describe('a hostile page', () => {
  it('runs nothing and renders no markup from its quotations', async () => {
    const page = await openAndWait(browser.context, `${server.url}/hostile.html`, 2);
    await hover(page, 'They share');
    await expect.poll(() => cardOf(page).isVisible()).toBe(true);
    const card = cardOf(page);
    expect(await card.locator('img, script, b, iframe').count()).toBe(0);
    expect(await card.locator('.speaker').textContent()).toBe('Emily Odom');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await hover(page, '<script>');
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Richard Downing');
    expect(await card.locator('img, script, b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __whosaidPwned: number }).__whosaidPwned)).toBe(0);
    await page.close();
  });
});

describe('an article that arrives late', () => {
  it('is read and painted when it arrives', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/late.html`);
    expect(await page.evaluate(() => highlighted().length)).toBe(0);
    await waitForHighlights(page, 2, 15_000);
    expect([...(await highlights(page))['whosaid-quote']!].sort()).toEqual([
      'You have an important role to play in addressing this public health crisis.',
      'get trained to administer naxolone in the case of a suspected emergency.',
    ]);
    await page.close();
  });
});

describe('a page that changes its text after it was painted', () => {
  it('takes off what was edited away, paints what the edit brought, and leaves no empty highlight', async () => {
    const page = await openAndWait(browser.context, `${server.url}/seed/000_caf2102a04d5f112.html`, 5);
    const before = (await highlights(page))['whosaid-quote']!;
    expect(before).toContain('It’s not enough simply to take the sites down,');
    // A live blog rewrites a paragraph in place: the same text node now holds another quotation.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('It’s not enough'))!;
      (p.firstChild as Text).data =
        'Updated: Surgeon General Jerome Adams urged Americans to “get trained to administer naxolone in the case of a suspected emergency.”';
    });
    await page.waitForFunction(() => highlighted().some((t) => t.includes('naxolone')), null, { timeout: 15_000 });
    const after = (await highlights(page))['whosaid-quote']!;
    // The paragraph held two quotations: both come off, the new one is painted, the others stay as they were.
    expect([...after].sort()).toEqual(
      [
        ...before.filter((t) => !t.startsWith('It’s not enough') && !t.startsWith('Vendors')),
        'get trained to administer naxolone in the case of a suspected emergency.',
      ].sort(),
    );
    // A paragraph that leaves the page takes its highlights with it: none is left empty.
    await page.evaluate(() => {
      [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('They share their secrets'))!.remove();
    });
    const staying = after.filter((t) => !/^They share|^They’re working/.test(t)).sort();
    await page.waitForFunction((n) => highlighted().length === n, staying.length, { timeout: 15_000 });
    expect([...(await highlights(page))['whosaid-quote']!].sort()).toEqual(staying);
    // The popup's list follows: what left is no longer listed, what arrived is.
    const tabId = await tabIdOf(browser, page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#page-quotes li').count()).toBe(staying.length);
    const listed = await popup.locator('#page-quotes li .text').allTextContents();
    expect(listed.some((t) => /They share|It’s not enough|Vendors/.test(t))).toBe(false);
    expect(listed).toContain('“get trained to administer naxolone in the case of a suspected emergency.”');
    await popup.close();
    await page.close();
  });
});
