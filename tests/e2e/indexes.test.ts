// The reader's indexes in Chromium: a large index imported on the options page with progress, cancelled,
// refused when broken (the indexes in use stay, nothing of it is left in storage), then imported whole;
// and pages matched against it after the service worker was stopped and woke again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticIndex } from '../../src/synth/index';
import {
  type Browser,
  highlights,
  installHelpers,
  launch,
  openAndWait,
  SCREENSHOTS,
  type Served,
  serve,
} from './harness';

const QUOTES = 40_000;
const syn = syntheticIndex(QUOTES, 23);
const known = syn.index.quotes[QUOTES - 7]!;
const dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-big-'));
const bigFile = join(dir, 'big.json');
const bigText = JSON.stringify(syn.index);
writeFileSync(bigFile, bigText);
writeFileSync(join(dir, 'big-truncated.json'), bigText.slice(0, Math.floor(bigText.length * 0.8)));

let browser: Browser;
let server: Served;
beforeAll(async () => {
  server = await serve({
    '/big.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big</title></head><body><article>
      <p>The council met on Tuesday.</p><p>“${known.text}” the official said.</p></article></body></html>`,
  });
  browser = await launch();
  await installHelpers(browser.context);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Records of the runtime forms' chunks in the extension's IndexedDB. */
function storedChunks(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('whosaid-indexes');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('chunks').objectStore('chunks').count();
      count.onsuccess = () => {
        open.result.close();
        resolve(count.result);
      };
    };
  });
}

/** Stops the extension's service worker, as Chromium does after 30 s idle. */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('a large index on the options page', () => {
  let page: Page;
  const listed = () => page.locator('#indexes li .name').allTextContents();
  const status = () => page.locator('#import-status').textContent();

  it('shows the import’s progress, and a cancel leaves nothing behind', async () => {
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(listed).toEqual(['Bundled index']);
    await page.locator('#import').setInputFiles(bigFile);
    // The worker's first progress may take a few seconds on a busy machine; the import itself takes longer.
    await expect.poll(() => page.locator('#import-progress').isVisible(), { timeout: 10_000 }).toBe(true);
    await expect
      .poll(() => page.locator('#import-bar').evaluate((b: HTMLProgressElement) => b.value), { timeout: 10_000 })
      .toBeGreaterThan(0);
    // The page answers while the import runs: it happens in a worker.
    expect(await page.evaluate(() => document.title)).toBe('Whosaid options');
    await page.screenshot({ path: join(SCREENSHOTS, 'options-importing.png'), fullPage: true });
    await page.locator('#import-cancel').click();
    await expect.poll(status).toBe('Cancelled the import of big.json. The indexes in use stay as they were.');
    expect(await page.locator('#import-progress').isVisible()).toBe(false);
    expect(await listed()).toEqual(['Bundled index']);
    await expect.poll(() => page.evaluate(storedChunks)).toBe(0);
  });

  it('refuses a file that breaks off, saying why, and keeps nothing of it', async () => {
    await page.locator('#import').setInputFiles(join(dir, 'big-truncated.json'));
    await expect
      .poll(status, { timeout: 60_000 })
      .toMatch(/^Refused big-truncated\.json: not JSON: .+\. The indexes in use stay as they were\.$/);
    expect(await listed()).toEqual(['Bundled index']);
    expect(await page.evaluate(storedChunks)).toBe(0);
  });

  it('imports the whole file; pages are then matched against it, also after the worker slept', async () => {
    await page.locator('#import').setInputFiles(bigFile);
    await expect.poll(status, { timeout: 90_000 }).toBe(`Imported big.json: ${QUOTES.toLocaleString()} quotes.`);
    expect(await listed()).toEqual(['Bundled index', 'big.json']);
    const { quotes, speakers, documents } = syn.index;
    const counts = `${quotes.length.toLocaleString('en')} quotes, 0 paraphrases, ${speakers.length.toLocaleString('en')} speakers, ${documents.length.toLocaleString('en')} articles`;
    expect(await page.locator('#indexes li').nth(1).locator('.meta').textContent()).toMatch(
      new RegExp(`^${counts} · [\\d.]+ MB · built 2026-01-01, imported `),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'options-indexes.png'), fullPage: true });

    await stopWorker(page);
    const article = await openAndWait(browser.context, `${server.url}/big.html`, 1);
    expect((await highlights(article))['whosaid-quote']).toEqual([known.text]);
    // The seed article still matches against the bundled index in the same wake-up.
    const seed = await openAndWait(browser.context, `${server.url}/seed/000_caf2102a04d5f112.html`, 5);
    await seed.close();

    // Switched off, the large index no longer matches; the bundled one still does.
    await page.getByRole('checkbox', { name: 'Match pages against big.json' }).uncheck();
    await expect.poll(() => page.locator('#indexes li.off .name').allTextContents()).toEqual(['big.json']);
    await article.reload();
    await article.waitForTimeout(1500);
    expect(await article.evaluate(() => highlighted().length)).toBe(0);
    await article.close();
  });

  it('searches the large index from the popup after the worker slept', async () => {
    await page.getByRole('checkbox', { name: 'Match pages against big.json' }).check();
    await stopWorker(page);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
    const all = known.text.split(' ');
    const words = all.slice(2, 10).join(' ');
    await popup.locator('#search').fill(words);
    // The popup shows the first 157 characters of a long quotation.
    await expect
      .poll(() => popup.locator('#results li .text').first().textContent(), { timeout: 15_000 })
      .toBe(`“${known.text.slice(0, 157)}…”`);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-search-large.png'), fullPage: true });
    await popup.close();
    await page.getByRole('button', { name: 'Remove big.json' }).click();
    await expect.poll(listed).toEqual(['Bundled index']);
    await expect.poll(() => page.evaluate(storedChunks)).toBe(0);
    await page.close();
  });
});
