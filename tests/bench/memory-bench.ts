// The reading memory full: `npm run bench:memory [-- QUOTES]` (after `npm run build`; default 50000, the
// memory's default bound). Generated news articles are sent to the built extension's background as a
// reader's pages would send them, until the memory holds QUOTES quotations; then the worker's wake-up (it is
// stopped, and an extension page asks it to match a quotation: wake-up, opening the indexes and the memory,
// the match and its card) is measured beside the same with an empty memory, as a ratio, with the worker's
// heap and the storage the memory takes. Also: articles remembered per second while filling, and a match
// of a remembered quotation after a wake-up, with where it was read.

import { join } from 'node:path';
import { articles } from '../../src/synth/articles';
import { launch } from '../e2e/harness';
import { ROOT } from '../helpers/cli';
import { workerHeap } from './chromium';

const EXTENSION = join(ROOT, '.output/chrome-mv3');
const QUOTES = Number(process.argv[2]) || 50_000;
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const SEED = 'It’s not enough simply to take the sites down';

const { context, extensionId: id } = await launch(EXTENSION);
const page = await context.newPage();
await page.goto(`chrome-extension://${id}/popup.html?tab=-1`);
const cdp = await context.newCDPSession(page);
await cdp.send('ServiceWorker.enable');

const ask = <T>(type: string, data: unknown) =>
  page.evaluate(
    async ([type, data]) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ type, data });
      return { ms: performance.now() - t0, reply };
    },
    [type, data] as const,
  ) as Promise<{ ms: number; reply: T }>;

type MatchReply = { bare: ({ card: { read?: { publication: string } } } | null)[] };
const matchOf = (text: string) => ({ host: 'bench.example', first: true, passages: [], bare: [text], article: null });

/** Wake-up to a match of `text`, medians of RUNS, and the worker's heap after the first. */
async function wake(text: string): Promise<{ ms: number; heap: number; read: string | null }> {
  const times: number[] = [];
  let heap = 0;
  let read: string | null = null;
  for (let k = 0; k < RUNS; k++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    const { ms, reply } = await ask<MatchReply>('match', matchOf(text));
    if (!reply.bare[0]) throw new Error(`"${text}" did not match`);
    read = reply.bare[0].card.read?.publication ?? null;
    times.push(ms);
    if (k === 0) {
      const h = await workerHeap(cdp);
      heap = h.used + h.buffers;
    }
  }
  return { ms: median(times), heap, read };
}

const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
const held = async () => (await ask<{ quotes: number; articles: number }>('memory-info', { host: null })).reply;

const empty = await wake(SEED);
const bytesBefore = await usage();

// Fill the memory: each generated article as a page sends its passages, a batch of articles at a time.
const BATCH = 200;
const t0 = performance.now();
let sent = 0;
let remembered = '';
// Full: within 1 % of its bound (it forgets the oldest articles past it, so it holds a little less).
for (let batch = 0; (await held()).quotes < 0.99 * QUOTES; batch++) {
  const made = articles(BATCH, 1000 + batch).map((a, k) => {
    const n = batch * BATCH + k;
    const paragraphs = [...a.text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const host = `site${n % 97}.example`;
    return {
      host,
      first: true,
      bare: [],
      passages: [{ text: a.text, paragraphs, own: 0, apart: [] }],
      article: {
        url: `https://${host}/story/${n}`,
        host,
        sign: 'og:type article',
        publication: `Outlet ${n % 97}`,
        headline: `Story ${n}`,
        author: null,
        date: '2026-01-01',
        language: 'en',
      },
    };
  });
  // A quotation of the latest articles, still held at the end (the first read may have gone past the bound).
  remembered = made[made.length - 1]!.passages[0]!.text.match(/“([^”]{40,}?)[,.]?”/)?.[1] ?? '';
  await page.evaluate(async (requests) => {
    for (const r of requests) await chrome.runtime.sendMessage({ type: 'match', data: r });
  }, made);
  sent += made.length;
  // Remembering runs after each answer: let it catch up before the next batch.
  let last = -1;
  for (let q = (await held()).quotes; q !== last; q = (await held()).quotes) {
    last = q;
    await page.waitForTimeout(500);
  }
  process.stdout.write(`\r${sent} articles sent, ${(await held()).quotes} quotations held`);
}
const seconds = (performance.now() - t0) / 1000;
const size = await held();
console.log(
  `\nfilled: ${size.quotes} quotations from ${size.articles} articles in ${seconds.toFixed(0)} s (${(sent / seconds).toFixed(0)} articles/s sent and remembered)`,
);

const full = await wake(SEED);
const bytes = (await usage()) - bytesBefore;
console.log(
  `wake-up → match, empty memory: ${empty.ms.toFixed(0)} ms; full memory: ${full.ms.toFixed(0)} ms (${(full.ms / empty.ms).toFixed(2)}×), medians of ${RUNS}`,
);
console.log(
  `worker heap + buffers after the first match: empty ${(empty.heap / 1e6).toFixed(1)} MB, full ${(full.heap / 1e6).toFixed(1)} MB (${Math.round((full.heap - empty.heap) / size.quotes)} B a quotation)`,
);
console.log(
  `storage the memory took: ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / size.quotes)} B a quotation)`,
);
const recall = await wake(remembered);
console.log(`a remembered quotation after a wake-up: ${recall.ms.toFixed(0)} ms, read in ${recall.read ?? 'nowhere'}`);
await context.close();
