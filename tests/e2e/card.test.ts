// The card: on hover, by keyboard, and for a looked-up selection; light and dark.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackgroundProtocol, ContentProtocol, Envelope } from '../../entrypoints/shared/messages';
import {
  type Browser,
  cardOf,
  expectLikeBaseline,
  hover,
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
beforeAll(async () => {
  server = await serve();
  browser = await launch();
  await installHelpers(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A screenshot of the card and the text around it. */
async function screenshotWithCard(page: Page): Promise<Buffer> {
  const box = (await cardOf(page).boundingBox())!;
  const clip = {
    x: Math.max(0, box.x - 60),
    y: Math.max(0, box.y - 120),
    width: Math.min(1100, box.width + 120),
    height: box.height + 150,
  };
  return page.screenshot({ clip });
}

describe('on hover', () => {
  it('shows the speaker, role, the quotation as indexed, its sources and the confidence', async () => {
    const page = await openAndWait(browser.context, `${server.url}/seed/000_caf2102a04d5f112.html`, 5);
    await hover(page, 'It’s not enough');
    const card = cardOf(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.locator('.speaker').textContent()).toBe('Richard Downing');
    expect(await card.locator('.role').textContent()).toBe('acting Deputy Assistant Attorney General');
    expect(await card.locator('.quote').textContent()).toBe('“It’s not enough simply to take the sites down”');
    expect(await card.locator('.sources li').allTextContents()).toEqual([
      // By date, the undated last; an outlet the index does not know is said to be unknown.
      'outlet unknown (2018-11-04)',
      'Northwest Arkansas Democrat-Gazette — New team targets online opioid sales',
    ]);
    expect(await card.locator('.attribution').textContent()).toMatch(/^The source names who said it \(\d+ %\)\.$/);
    expect(await card.locator('.confidence').textContent()).toMatch(/^The words match the index: \d+ % alike\.$/);
    expect(await card.getAttribute('role')).toBe('dialog');
    expectLikeBaseline(await screenshotWithCard(page), 'card.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    expectLikeBaseline(await screenshotWithCard(page), 'card-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });
    // Off the quotation, the card goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('shows what the page trimmed, elided and left out', async () => {
    const page = await openAndWait(browser.context, `${server.url}/trimmed.html`, 4);
    const card = cardOf(page);
    await hover(page, 'it’s not enough');
    await expect.poll(() => card.locator('.diff-dropped').allTextContents()).toEqual(['simply']);
    expect(await card.locator('.changes').textContent()).toBe('This page leaves out 1 word.');
    await page.keyboard.press('Escape');
    await hover(page, 'look for another');
    await expect.poll(() => card.locator('.diff-elided').allTextContents()).toEqual(['another site, another place']);
    expect(await card.locator('.diff-trimmed').allTextContents()).toEqual(['Vendors', 'and guns']);
    writeFileSync(join(SCREENSHOTS, 'card-trimmed.png'), await screenshotWithCard(page));
    await page.close();
  });
});

describe('beside a long quotation', () => {
  /** The quotation's lines and the card's box, in the viewport. */
  const boxes = (page: Page) =>
    page.evaluate(() => {
      const range = [...CSS.highlights.get('whosaid-quote')!][0] as Range;
      const card = document.querySelector('whosaid-card')!.shadowRoot!.querySelector('.card')!;
      const r = card.getBoundingClientRect();
      return {
        lines: [...range.getClientRects()].map((l) => ({ top: l.top, bottom: l.bottom, left: l.left, right: l.right })),
        card: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
      };
    });
  const overlaps = (a: { top: number; bottom: number; left: number; right: number }, b: typeof a) =>
    a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

  it('opens above it at the viewport’s bottom edge, never over it, and follows it as the page scrolls and resizes', async () => {
    const page = await openAndWait(browser.context, `${server.url}/long.html`, 1);
    // The quotation's last line a little above the viewport's bottom edge.
    await page.evaluate(() => {
      const rect = document.getElementById('long')!.getBoundingClientRect();
      window.scrollBy(0, rect.bottom - window.innerHeight + 24);
    });
    const point = await page.evaluate(() => {
      const r = ([...CSS.highlights.get('whosaid-quote')!][0] as Range).getClientRects()[2]!;
      return { x: r.left + 10, y: r.top + r.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    const card = cardOf(page);
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Shawn Brokos');
    let now = await boxes(page);
    expect(now.lines.length).toBeGreaterThanOrEqual(3);
    expect(now.card.bottom).toBeLessThanOrEqual(now.lines[0]!.top);
    for (const line of now.lines) expect(overlaps(now.card, line)).toBe(false);
    const box = (await card.boundingBox())!;
    const clip = {
      x: Math.max(0, box.x - 40),
      y: Math.max(0, box.y - 10),
      width: 520,
      height: 800 - Math.max(0, box.y - 10),
    };
    expectLikeBaseline(await page.screenshot({ clip }), 'card-long.png');
    await page.emulateMedia({ colorScheme: 'dark' });
    expectLikeBaseline(await page.screenshot({ clip }), 'card-long-dark.png');
    await page.emulateMedia({ colorScheme: 'light' });

    // Pinned by a click, it follows the quotation as the page scrolls: below it, once there is room.
    await page.mouse.click(point.x, point.y);
    await page.mouse.wheel(0, 300);
    await expect
      .poll(async () => {
        const b = await boxes(page);
        return b.card.top >= b.lines[b.lines.length - 1]!.bottom;
      })
      .toBe(true);
    now = await boxes(page);
    for (const line of now.lines) expect(overlaps(now.card, line)).toBe(false);
    // A narrower, shorter window (or a zoom) moves the lines: the card keeps clear of them.
    await page.setViewportSize({ width: 700, height: 600 });
    await expect
      .poll(async () => {
        const b = await boxes(page);
        return b.lines.every((l) => !overlaps(b.card, l));
      })
      .toBe(true);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.close();
  });
});

describe('by keyboard', () => {
  it('opens when focus enters a quotation, and Escape closes it', async () => {
    const page = await openAndWait(browser.context, `${server.url}/linked.html`, 1);
    const card = cardOf(page);
    await page.keyboard.press('Tab');
    expect(await card.count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('tradecraft');
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Emily Odom');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });

  it('the next-quotation shortcut opens each card in turn, with focus in the card', async () => {
    const page = await openAndWait(browser.context, `${server.url}/seed/001_c1a602c81d3a1cd0.html`, 6);
    const tabId = await tabIdOf(browser, page);
    const message: Envelope<ContentProtocol> = { type: 'next-quote', data: null };
    const next = () => browser.worker.evaluate(([id, m]) => chrome.tabs.sendMessage(id, m), [tabId, message] as const);
    const card = cardOf(page);
    await next();
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Jeff Sessions');
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('whosaid-card');
    await next();
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Shawn Brokos');
    await page.keyboard.press('Escape');
    await expect.poll(() => card.count()).toBe(0);
    await page.close();
  });
});

describe('“Who said this?” on a selection', () => {
  async function lookUp(page: Page, text: string): Promise<void> {
    const tabId = await tabIdOf(browser, page);
    const ext = await browser.context.newPage();
    await ext.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    const message: Envelope<BackgroundProtocol, 'lookup'> = { type: 'lookup', data: { tabId, text } };
    await ext.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await ext.close();
  }

  it('answers in the card, next to the selection', async () => {
    const page = await openAndWait(browser.context, `${server.url}/hostile.html`, 2);
    const selected = await page.evaluate(() => {
      const p = document.getElementById('payload')!;
      window.getSelection()!.selectAllChildren(p);
      return window.getSelection()!.toString();
    });
    await lookUp(page, selected);
    const card = cardOf(page);
    await expect.poll(() => card.locator('.speaker').textContent()).toBe('Jeff Sessions');
    const selection = await page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
    expect((await card.boundingBox())!.y).toBeGreaterThanOrEqual(selection);
    await page.keyboard.press('Escape');

    // Text the index does not know: said so, and the text shown as text.
    await lookUp(page, '<img src=x onerror="window.__whosaidPwned=4"> nobody said this at all');
    await expect.poll(() => card.locator('.empty').textContent()).toBe('No quotation in the index matches this text.');
    expect(await card.locator('.quote').textContent()).toBe(
      '“<img src=x onerror="window.__whosaidPwned=4"> nobody said this at all”',
    );
    expect(await card.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __whosaidPwned: number }).__whosaidPwned)).toBe(0);
    await page.close();
  });
});
