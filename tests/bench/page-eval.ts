// The extension on real news pages, as a reader meets them: `npm run eval:pages`. The 59 annotated pages of
// tests/fixtures/news/en are built into an index (in a temporary folder), the extension is built with it, and
// each page is served from 127.0.0.1 (its own scripts blocked by a content security policy, since they
// would fetch what a saved page no longer has) and opened in Chromium. Reported: the share of the
// annotated quotations a reader sees (in the page's rendered text) that are highlighted, the share of
// highlights that are no annotated quotation, page errors from the extension, and whether the page's
// markup is as the same page's without the extension.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { indexCorpus } from '../../src/cli/index-command';
import type { NewsAnnotation } from '../../src/eval/news';
import { MIN_QUERY_WORDS } from '../../src/match/matcher';
import { foldWords } from '../../src/text/words';
import { CHROMIUM, installHelpers, launch } from '../e2e/harness';
import { ROOT } from '../helpers/cli';

const NEWS = join(ROOT, 'tests/fixtures/news/en');
const work = mkdtempSync(join(tmpdir(), 'whosaid-page-eval-'));
const index = join(work, 'index.json');
const pages = readdirSync(NEWS)
  .filter((f) => f.endsWith('.html'))
  .sort();
const summary = await indexCorpus(
  pages.map((p) => join(NEWS, p)),
  index,
);
console.log(`index of ${summary.documents} pages: ${summary.quotes} quotes, ${summary.unattributed} without a speaker`);
const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
  cwd: ROOT,
  encoding: 'utf8',
  env: { ...process.env, WHOSAID_INDEX: index, WHOSAID_CORPUS: '', WHOSAID_OUT_DIR: join(work, 'out') },
});
if (build.status !== 0) throw new Error(`wxt build failed:\n${build.stdout}\n${build.stderr}`);

const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(1));
  if (!pages.includes(name)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "script-src 'none'",
  });
  res.end(readFileSync(join(NEWS, name)));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await launch(join(work, 'out', 'chrome-mv3'));
await installHelpers(browser.context);
const plain = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });

/** The longest run of words two texts share, as a share of the shorter one. */
function overlap(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0;
      best = Math.max(best, prev[j]!);
      diag = up;
    }
  }
  return best / Math.min(a.length, b.length);
}
/** A highlight is of an annotated quotation when most of the shorter of the two is one run of both. */
const SAME = 0.6;

let seen = 0;
let found = 0;
/** Quotations of four words or more: shorter ones are never matched (MIN_QUERY_WORDS). */
let seenLong = 0;
let foundLong = 0;
let highlights = 0;
let noQuotation = 0;
let errors = 0;
let changed = 0;
const misses: string[] = [];
const extra: string[] = [];
for (const name of pages) {
  const annotation = JSON.parse(readFileSync(join(NEWS, name.replace(/\.html$/, '.json')), 'utf8')) as NewsAnnotation;
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  // The page's own scripts are blocked, and what they would load is not there: only our errors count.
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.text().startsWith('Whosaid') || m.location().url.startsWith('chrome-extension:')) pageErrors.push(m.text());
  });
  await page.goto(`${base}/${name}`, { waitUntil: 'load', timeout: 60_000 });
  await page
    .waitForFunction(() => performance.getEntriesByName('whosaid:scan p0').length > 0, null, { timeout: 60_000 })
    .catch(() => pageErrors.push('no scan within 60 s'));
  await page.waitForTimeout(600);
  const { painted, text, markup } = await page.evaluate(() => ({
    painted: highlighted(),
    // What is rendered, as a reader sees it (textContent would hold hidden text too).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point.
    text: document.body.innerText,
    markup: document.body.innerHTML,
  }));
  const original = await plain.newPage();
  await original.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
  await original.goto(`${base}/${name}`, { waitUntil: 'load', timeout: 60_000 });
  if ((await original.evaluate(() => document.body.innerHTML)) !== markup) changed++;
  await original.close();

  const visible = ` ${foldWords(text).join(' ')} `;
  const paintedWords = painted.map((p) => foldWords(p));
  const quoted = annotation.quotes.map((q) => foldWords(q.text)).filter((w) => w.length > 0);
  for (const [k, q] of quoted.entries()) {
    if (!visible.includes(` ${q.join(' ')} `)) continue;
    seen++;
    const long = q.length >= MIN_QUERY_WORDS;
    if (long) seenLong++;
    if (paintedWords.some((p) => overlap(p, q) >= SAME)) {
      found++;
      if (long) foundLong++;
    } else misses.push(`${name}: “${annotation.quotes[k]!.text.slice(0, 90)}”`);
  }
  for (const [k, p] of paintedWords.entries()) {
    highlights++;
    if (!quoted.some((q) => overlap(p, q) >= SAME)) {
      noQuotation++;
      extra.push(`${name}: “${painted[k]!.slice(0, 90)}”`);
    }
  }
  if (pageErrors.length > 0) {
    errors++;
    console.log(`${name}: ${pageErrors.join(' | ')}`);
  }
  await page.close();
}
await browser.close();
await plain.close();
server.close();
rmSync(work, { recursive: true, force: true });

const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
console.log(`
pages                               ${pages.length}
quotations a reader sees            ${seen}
  highlighted                       ${found} (${pct(found, seen)})
  of four words or more             ${seenLong}, highlighted ${foundLong} (${pct(foundLong, seenLong)})
highlights                          ${highlights}
  of no annotated quotation         ${noQuotation} (${pct(noQuotation, highlights)})
pages with an error                 ${errors}
pages whose markup we changed       ${changed}`);
if (process.env.VERBOSE) console.log(`\nnot highlighted:\n${misses.join('\n')}\n\nno quotation:\n${extra.join('\n')}`);
