// The reading memory in Chromium: an article read is remembered, and another page that prints its words
// under a vague attribution is told who said them and where the reader read them; also after the worker
// slept and after the browser restarted on the same profile. Nothing is remembered from a page that is not
// an article, on a site switched off, nor in a private window; "forget everything" forgets; the export is
// read by `whosaid find`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whosaid } from '../helpers/cli';
import {
  allowIncognito,
  type Browser,
  cardOf,
  highlights,
  hover,
  installHelpers,
  launch,
  openAndWait,
  SCREENSHOTS,
  type Served,
  serve,
  tabIdOf,
} from './harness';

const PIERS =
  'We will not let the harbour authority sell the northern piers to a private developer behind closed doors';
const FAMILIES = 'Every family on the waterfront deserves to know what the council is planning for their street';
const FERRIES = 'The ferries have carried this town for a century and they will carry it for another';
const TOLLS = 'The bridge tolls were never meant to pay for a stadium that nobody in the valley asked for';
const ROADS = 'Our roads are falling apart while the county spends its money on consultants and glossy brochures';
/** A quotation of the bundled seed index: a page that holds it is known to be read once it is painted. */
const SEED = 'It’s not enough simply to take the sites down';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}
<style>body{font:18px/1.6 Georgia,serif;max-width:680px;margin:40px auto;padding:0 16px;color:#222}</style></head>
<body><article>${body}</article></body></html>`;

const ARTICLE_A = page(
  `<title>Port commissioner vows to keep the piers public</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Daily Ledger">
<meta property="og:title" content="Port commissioner vows to keep the piers public">
<meta property="article:published_time" content="2016-10-12T08:00:00Z">`,
  `<h1>Port commissioner vows to keep the piers public</h1>
<p>The city’s port commissioner spoke to residents on Tuesday night.</p>
<p>“${PIERS},” said Margaret Okafor, the city’s port commissioner.</p>
<p>“${FAMILIES},” Okafor told the meeting.</p>
<p>“${FERRIES},” she added.</p>`,
);

const ARTICLE_B = page(
  `<title>Harbour plan draws fire</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour plan draws fire","publisher":{"@type":"Organization","name":"Morning Courier"},"datePublished":"2016-10-20"}</script>`,
  `<h1>Harbour plan draws fire</h1>
<p>A report on the harbour’s future was published this week.</p>
<p>“${PIERS},” the report said.</p>
<p>Residents have asked questions for months. “${FAMILIES},” the report said.</p>
<p>“${SEED},” said Richard Downing.</p>`,
);

/** Another outlet's article that gives article A's first words to someone else. */
const ARTICLE_C = page(
  `<title>Developer eyes the northern piers</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="The Harbour Herald">
<meta property="article:published_time" content="2016-10-14T08:00:00Z">`,
  `<h1>Developer eyes the northern piers</h1>
<p>“${PIERS},” said Daniel Reyes, a developer.</p>`,
);

/** A page that is no article (no Open Graph type, no schema.org article): a forum post. */
const NOT_ARTICLE = page(
  '<title>Forum: the bridge</title>',
  `<p>“${TOLLS},” said Harold Brenner, a county commissioner.</p>
<p>“${SEED},” said Richard Downing.</p>`,
);

/** An article on a site where remembering is switched off (the tests' site, after the popup's switch). */
const ARTICLE_D = page(
  `<title>County roads</title><meta property="og:type" content="article"><meta property="og:site_name" content="Valley Times">`,
  `<p>“${ROADS},” said Lydia Marsh, the county’s road engineer.</p>
<p>“${SEED},” said Richard Downing.</p>`,
);

const LIBRARY = 'The library will stay open on Sundays for as long as I have a seat on this council';
const TEACHERS = 'Not one school in this district will lose a teacher because of the new budget';

/** An article read in a private window, and again (at another address) in a normal one. */
const ARTICLE_E = page(
  `<title>Council keeps the library open</title><meta property="og:type" content="article"><meta property="og:site_name" content="Riverside Gazette">`,
  `<p>“${LIBRARY},” said Tomas Lindqvist, a city councillor.</p>
<p>“${TEACHERS},” Lindqvist said.</p>
<p>“${SEED},” said Richard Downing.</p>`,
);

let browser: Browser;
let server: Served;
const profile = mkdtempSync(join(tmpdir(), 'whosaid-e2e-profile-'));
const files = mkdtempSync(join(tmpdir(), 'whosaid-e2e-memory-'));

async function start(): Promise<void> {
  browser = await launch(undefined, { profile });
  await installHelpers(browser.context);
}

beforeAll(async () => {
  server = await serve({
    '/a.html': ARTICLE_A,
    '/b.html': ARTICLE_B,
    '/forum.html': NOT_ARTICLE,
    '/d.html': ARTICLE_D,
    '/c.html': ARTICLE_C,
    '/e.html': ARTICLE_E,
  });
  await start();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
});

/** An extension page, to ask the background from. */
async function extensionPage(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return p;
}

async function ask<T>(type: string, data: unknown): Promise<T> {
  const p = await extensionPage();
  try {
    return (await p.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [type, data] as const)) as T;
  } finally {
    await p.close();
  }
}

const remembered = () => ask<{ quotes: number; articles: number }>('memory-info', { host: null });
const exported = async () => (await ask<{ text: string }>('memory-export', null)).text;

/** Stops the extension's service worker, as Chromium does after 30 s idle. */
async function stopWorker(p: Page): Promise<void> {
  const cdp = await browser.context.newCDPSession(p);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Opens article B and checks that A's quotations are painted and their card names A's speaker and outlet. */
async function expectRecognised(shot?: string): Promise<Page> {
  const b = await openAndWait(browser.context, `${server.url}/b.html`, 3);
  const painted = Object.values(await highlights(b)).flat();
  expect(painted.some((t) => t.startsWith('We will not let the harbour authority'))).toBe(true);
  expect(painted.some((t) => t.startsWith('Every family on the waterfront'))).toBe(true);
  await hover(b, 'We will not let the harbour authority');
  const card = cardOf(b);
  await expect.poll(() => card.isVisible()).toBe(true);
  const text = await card.textContent();
  expect(text).toContain('Margaret Okafor');
  expect(text).toContain('You read this in The Daily Ledger, 12 Oct 2016');
  if (shot) await b.screenshot({ path: join(SCREENSHOTS, shot) });
  return b;
}

describe('the reading memory', () => {
  it('remembers nothing from a page that is not an article', async () => {
    const forum = await openAndWait(browser.context, `${server.url}/forum.html`, 1);
    await forum.close();
    const a = await browser.context.newPage();
    await a.goto(`${server.url}/a.html`);
    await expect.poll(async () => (await remembered()).quotes, { timeout: 15_000 }).toBe(3);
    await a.close();
    const text = await exported();
    expect(text).toContain('Margaret Okafor');
    expect(text).not.toContain('bridge tolls');
    expect(await remembered()).toMatchObject({ articles: 1 });
  });

  it('recognises article A’s words on article B under a vague attribution, with A’s speaker and outlet', async () => {
    const b = await expectRecognised('memory-card.png');
    await b.close();
  });

  it('recognises them after the service worker was stopped', async () => {
    const p = await extensionPage();
    await stopWorker(p);
    await p.close();
    const b = await expectRecognised();
    await b.close();
  });

  it('recognises them after the browser restarted on the same profile', async () => {
    await browser.close();
    await start();
    const b = await expectRecognised();
    await b.close();
  });

  it('the exported memory is an index `whosaid find` reads', async () => {
    const file = join(files, 'reading.json');
    writeFileSync(file, await exported());
    const r = whosaid(['find', 'sell the northern piers to a private developer', '--index', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Margaret Okafor');
    expect(r.stdout).toContain('The Daily Ledger');
  });

  it('remembers nothing on a site switched off in the popup', async () => {
    const b = await openAndWait(browser.context, `${server.url}/b.html`, 3);
    const tabId = await tabIdOf(browser, b);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('#memory-info').textContent()).toContain('quotations from 2 articles');
    await popup.screenshot({ path: join(SCREENSHOTS, 'memory-popup.png') });
    await popup.locator('#memory-site').uncheck();
    await expect.poll(() => popup.locator('#memory-site').isChecked()).toBe(false);
    const off = await openAndWait(browser.context, `${server.url}/d.html?off`, 1);
    await off.close();
    // Switched on again, the same article at another address is remembered: the one read while the site
    // was off, read before it, would have been remembered before it.
    await popup.locator('#memory-site').check();
    await expect.poll(() => popup.locator('#memory-site').isChecked()).toBe(true);
    const on = await openAndWait(browser.context, `${server.url}/d.html?on`, 1);
    await on.close();
    await expect.poll(async () => (await remembered()).articles, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    expect(await remembered()).toMatchObject({ articles: 3 });
    const index = JSON.parse(await exported()) as { documents: { url: string }[] };
    expect(index.documents.map((d) => new URL(d.url).search)).not.toContain('?off');
    await popup.close();
    await b.close();
  });

  it('forgets everything', async () => {
    const b = await openAndWait(browser.context, `${server.url}/b.html`, 3);
    const tabId = await tabIdOf(browser, b);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('#memory-forget-all').click();
    await expect.poll(() => popup.locator('#memory-info').textContent()).toContain('0 quotations from 0 articles');
    await popup.close();
    await b.close();
    expect(await exported()).not.toContain('Margaret Okafor');
    // B alone again: only the seed quotation is painted (its own words, read now, are not "read before"),
    // and once they are remembered, they are all the memory holds.
    const again = await openAndWait(browser.context, `${server.url}/b.html`, 1);
    await expect.poll(async () => (await remembered()).quotes, { timeout: 15_000 }).toBe(3);
    const painted = Object.values(await highlights(again)).flat();
    expect(painted).toHaveLength(1);
    expect(painted[0]).toContain('not enough simply');
    await again.close();
  });
});

describe('remembered articles that name different speakers for the same words', () => {
  /** Opens a page and waits until the memory holds `articles` articles. */
  async function read(path: string, articles: number): Promise<void> {
    const p = await browser.context.newPage();
    await p.goto(`${server.url}${path}`);
    await expect.poll(async () => (await remembered()).articles, { timeout: 15_000 }).toBe(articles);
    await p.close();
  }

  it('the card says the outlets differ, names neither plainly, and says where the reader read the words', async () => {
    // Article B alone is remembered now ("forget everything" above); A and C name two people for its words.
    await read('/a.html', 2);
    await read('/c.html', 3);
    const b = await openAndWait(browser.context, `${server.url}/b.html`, 3);
    await hover(b, 'We will not let the harbour authority');
    const card = cardOf(b);
    await expect.poll(() => card.isVisible()).toBe(true);
    const text = await card.textContent();
    expect(text).toContain('Outlets differ on who said this: 1 outlet: Margaret Okafor · 1 outlet: Daniel Reyes');
    expect(text).toContain('Speaker unclear');
    expect(text).toContain('You read this in The Daily Ledger, 12 Oct 2016');
    await b.screenshot({ path: join(SCREENSHOTS, 'memory-disputed-card.png') });
    // Words only A printed keep A's speaker plainly.
    await hover(b, 'Every family on the waterfront');
    await expect.poll(() => card.textContent()).toContain('Every family on the waterfront');
    expect(await card.textContent()).toContain('Margaret Okafor');
    expect(await card.textContent()).not.toContain('Outlets differ');
    await b.close();
  });

  it('the popup’s search finds remembered quotations with where they were read, beside the indexes’', async () => {
    const b = await openAndWait(browser.context, `${server.url}/b.html`, 3);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 700 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${await tabIdOf(browser, b)}`);
    await expect.poll(() => popup.locator('#memory-info').textContent()).toContain('from 3 articles');
    const results = popup.locator('#results li');
    await popup.locator('#search').fill('waterfront family');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const first = await results.first().textContent();
    expect(first).toContain('Every family on the waterfront');
    expect(first).toContain('Margaret Okafor');
    // Read first in article B (read again after "forget everything", before A).
    expect(first).toContain('You read this in Morning Courier, 20 Oct 2016');
    await popup.screenshot({ path: join(SCREENSHOTS, 'memory-popup-search.png') });
    // The bundled index's quotation and the remembered one (B prints it too), ranked together.
    await popup.locator('#search').fill('simply to take the sites down');
    await expect.poll(async () => (await results.allTextContents()).length).toBeGreaterThanOrEqual(2);
    const texts = await results.allTextContents();
    expect(texts.filter((t) => t.includes('not enough simply')).length).toBeGreaterThanOrEqual(2);
    expect(texts.some((t) => t.includes('You read this in Morning Courier'))).toBe(true);
    expect(texts.some((t) => t.includes('not enough simply') && !t.includes('You read this in'))).toBe(true);
    await popup.close();
    await b.close();
  });
});

describe('a private window', () => {
  beforeAll(() => allowIncognito(browser));

  it('remembers nothing from an article read in a private window, and the same article in a normal one', async () => {
    const before = await remembered();
    const { windowId, tabId } = await browser.worker.evaluate(async (url) => {
      const w = await chrome.windows.create({ incognito: true, url });
      return { windowId: w.id!, tabId: w.tabs![0]!.id! };
    }, `${server.url}/e.html?private`);
    expect(await browser.worker.evaluate((id) => chrome.tabs.get(id), tabId)).toMatchObject({ incognito: true });
    // The content script read the private tab and the background answered it (the tab's list, the popup's,
    // holds the bundled index's quotation): the answer after which an article is remembered.
    const listed = async () => (await ask<{ quotes: { text: string }[] }>('tab-quotes', { tabId })).quotes;
    await expect.poll(async () => (await listed()).map((q) => q.text), { timeout: 15_000 }).toHaveLength(1);
    expect((await listed())[0]!.text).toContain('not enough simply');
    // The same article in a normal window is remembered. The memory remembers one article after another,
    // so by then it would hold the private window's, answered first.
    const normal = await openAndWait(browser.context, `${server.url}/e.html?normal`, 1);
    const addresses = async () =>
      (JSON.parse(await exported()) as { documents: { url: string }[] }).documents.map((d) => new URL(d.url).search);
    await expect.poll(addresses, { timeout: 15_000 }).toContain('?normal');
    expect(await addresses()).not.toContain('?private');
    expect(await remembered()).toMatchObject({ articles: before.articles + 1 });
    expect(await exported()).toContain('Tomas Lindqvist');
    await normal.close();
    await browser.worker.evaluate((id) => chrome.windows.remove(id), windowId);
  });
});
