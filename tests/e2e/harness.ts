// End-to-end harness: the built extension in Debian's Chromium (through playwright-core), and test pages
// served from 127.0.0.1, since content scripts do not run on file: or data: pages.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { PNG } from 'pngjs';
import { inject } from 'vitest';
import { ROOT } from '../helpers/cli';

export const CHROMIUM = process.env.WHOSAID_CHROMIUM ?? '/usr/bin/chromium';
/**
 * The extensions the tests built (tests/e2e/setup.ts): `chrome-mv3/`, `firefox-mv2/`, `quote-index.json`;
 * outside Vitest (the benchmarks, run after `npm run build`), the reader's own build in `.output/`.
 */
export const BUILT = process.env.VITEST ? inject('builtDir') : join(ROOT, '.output');
export const EXTENSION = join(BUILT, 'chrome-mv3');
const PAGES = join(ROOT, 'tests/e2e/pages');
/** Where the tests leave their screenshots for a person to look at (ignored by git). */
export const SCREENSHOTS = join(ROOT, 'tmp/screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A seed article as a news page: its paragraphs in an <article>. */
export function seedPage(file: string): string {
  const text = readFileSync(join(ROOT, 'corpus', file), 'utf8');
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(paras[0]!.slice(0, 60))}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:680px;margin:40px auto;padding:0 16px;color:#222}</style></head>
<body><nav><a href="/">Home</a> · <a href="/news">News</a></nav><article>${paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>
<footer><p>© The Test Gazette</p></footer></body></html>`;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves tests/e2e/pages/*.html and the seed articles at /seed/NAME.html. */
export async function serve(extra: Record<string, string> = {}): Promise<Served> {
  const seeds = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: string | undefined = extra[path];
    const seed = /^\/seed\/(.+)\.html$/.exec(path);
    if (!body && seed && seeds.includes(`${seed[1]}.txt`)) body = seedPage(`${seed[1]}.txt`);
    if (!body && /^\/[\w-]+\.html$/.test(path) && existsSync(join(PAGES, path)))
      body = readFileSync(join(PAGES, path), 'utf8');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Chromium with the built extension loaded; `extension` defaults to the tests' Chrome build. */
export async function launch(
  extension = EXTENSION,
  /** `profile`: a user data folder kept between launches (a browser restarted on the same profile). */
  options: { colorScheme?: 'light' | 'dark'; profile?: string } = {},
): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: install Debian's (apt-get install -y chromium) or set WHOSAID_CHROMIUM`,
    );
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`no built extension at ${extension}`);
  const context = await chromium.launchPersistentContext(options.profile ?? '', {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** Opens a page and waits until the extension has painted at least `count` quotations on it. */
export async function openAndWait(context: BrowserContext, url: string, count = 1, timeout = 15_000): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForHighlights(page, count, timeout);
  return page;
}

export async function waitForHighlights(page: Page, count: number, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => highlighted().length >= n, count, { timeout });
}

/** In the page: the text of every painted range, by highlight name, read from the page's own CSS.highlights. */
export function paintedRanges(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
  return out;
}

export function highlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(paintedRanges);
}

/** Installs, in every page of a context, a `highlighted()` helper the tests' waits can call. */
export async function installHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    (window as unknown as { highlighted: () => string[] }).highlighted = () =>
      ['whosaid-quote', 'whosaid-disputed'].flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => r.toString()));
  });
}

declare global {
  function highlighted(): string[];
  /** The extension APIs that tests call inside the service worker and extension pages. */
  const chrome: {
    tabs: {
      query(q: object): Promise<{ id?: number }[]>;
      get(tabId: number): Promise<{ incognito: boolean }>;
      sendMessage(tabId: number, message: object): Promise<unknown>;
    };
    windows: {
      create(details: { incognito?: boolean; url?: string }): Promise<{ id?: number; tabs?: { id?: number }[] }>;
      remove(windowId: number): Promise<void>;
    };
    runtime: { sendMessage(message: object): Promise<unknown> };
    extension: { isAllowedIncognitoAccess(): Promise<boolean> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    /** chrome://extensions' own API, which its switches call. */
    developerPrivate: {
      updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
      updateExtensionConfiguration(update: { extensionId: string; incognitoAccess: boolean }): Promise<void>;
      getExtensionInfo(id: string): Promise<{ state: string; incognitoAccess: { isActive: boolean } }>;
    };
  };
}

/**
 * Lets the extension into private windows, as the "Allow in Incognito" switch of chrome://extensions does
 * (by the same call). Chromium applies it by reloading the extension, which it then disables, as an
 * unpacked one, unless developer mode is on: so that is switched on first. The reloaded extension's worker
 * becomes `browser.worker`.
 */
export async function allowIncognito(browser: Browser): Promise<void> {
  const { context, extensionId } = browser;
  const allowed = async (w: Worker) =>
    w.url().startsWith(`chrome-extension://${extensionId}/`) &&
    (await w.evaluate(() => chrome.extension.isAllowedIncognitoAccess()).catch(() => false));
  const reloaded = context.waitForEvent('serviceworker', { predicate: allowed });
  const settings = await context.newPage();
  await settings.goto('chrome://extensions');
  await settings.evaluate(async (id) => {
    await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    await chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
    // The reload has begun (the extension is unloaded) when the call returns; wait until it is loaded again.
    for (;;) {
      const info = await chrome.developerPrivate.getExtensionInfo(id);
      if (info.state === 'ENABLED' && info.incognitoAccess.isActive) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }, extensionId);
  await settings.close();
  // The popup wakes the worker, if it has not started on its own.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  browser.worker = await reloaded;
  await popup.close();
}

/** The tab id of a page, as the extension knows it (the page is brought to the front to ask). */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id!;
  });
}

/** The card shown on a page (inside its shadow root, which Playwright's locators pierce). */
export const cardOf = (page: Page) => page.locator('whosaid-card .card');

/** In the page: a point on the first painted range whose text starts with `start`, scrolled into view. */
export function pointOnQuote(start: string): { x: number; y: number } | null {
  for (const name of ['whosaid-quote', 'whosaid-disputed']) {
    for (const r of CSS.highlights.get(name) ?? []) {
      if (!r.toString().startsWith(start)) continue;
      (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = (r as Range).getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Moves the mouse onto the first painted range whose text starts with `start`. */
export async function hover(page: Page, start: string): Promise<void> {
  const point = await page.evaluate(pointOnQuote, start);
  if (!point) throw new Error(`no painted quotation starts with "${start}"`);
  await page.mouse.move(point.x, point.y);
}

/** Baselines that a screenshot which is a check is compared against (UPDATE_BASELINES=1 rewrites them). */
const BASELINES = join(ROOT, 'tests/e2e/baselines');
/** A colour difference a person would not notice, and the share of pixels that may differ (anti-aliasing). */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFFERENT = 0.005;

/**
 * Writes a screenshot for a person to look at, and compares it with its baseline: it must have the same
 * size and at most 0.5 % of its pixels visibly different. The differing pixels go to NAME.diff.png.
 */
export function expectLikeBaseline(png: Buffer, name: string): void {
  writeFileSync(join(SCREENSHOTS, name), png);
  const baseline = join(BASELINES, name);
  if (process.env.UPDATE_BASELINES) {
    writeFileSync(baseline, png);
    return;
  }
  if (!existsSync(baseline)) throw new Error(`no baseline ${baseline}: run the test with UPDATE_BASELINES=1`);
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(png);
  const size = `${actual.width}×${actual.height}`;
  if (actual.width !== expected.width || actual.height !== expected.height)
    throw new Error(`${name} is ${size}, its baseline ${expected.width}×${expected.height}`);
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const share = different / (actual.width * actual.height);
  if (share > MAX_DIFFERENT) {
    const diffPath = join(SCREENSHOTS, name.replace(/\.png$/, '.diff.png'));
    writeFileSync(diffPath, PNG.sync.write(diff));
    throw new Error(`${name} differs from its baseline in ${(share * 100).toFixed(2)} % of its pixels (${diffPath})`);
  }
}

/** In the page: the article's markup as the server sent it, parsed in the page, next to the live one. */
export async function servedAndLive(): Promise<{ served: string; live: string }> {
  const html = await (await fetch(location.href)).text();
  const served = new DOMParser().parseFromString(html, 'text/html').querySelector('article')!.innerHTML;
  return { served, live: document.querySelector('article')!.innerHTML };
}

export function articleMarkup(page: Page): Promise<{ served: string; live: string }> {
  return page.evaluate(servedAndLive);
}
