// The background service worker's wake-up (MV3 workers stop after about 30 s idle), memory and bytes, in
// Chromium with the built extension: `npm run bench:worker [-- SIZE…]` (after `npm run build`; sizes
// default to 100000 1000000). Each index is measured bundled (its runtime form in the extension's files)
// and imported (through the options page into IndexedDB; the import's time is measured too), beside the
// seed index, all in one run. The worker is stopped, then an extension page asks it to match a quotation
// the index holds: the round trip is the wake-up, opening the indexes, the match and its card. Memory is
// the worker's JavaScript heap and array buffers (CDP Runtime.getHeapUsage) after the first wake-up's match
// and after the last's. Each browser first waits for the extension's install to copy the bundled table where
// a worker reads it, once.

import { once } from 'node:events';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PackSink } from '../../src/compact/form';
import { compileIndex } from '../../src/index/runtime';
import { writeIndexStream } from '../../src/index/stream';
import { Matcher } from '../../src/match/matcher';
import { syntheticIndex } from '../../src/synth/index';
import { launch } from '../e2e/harness';
import { ROOT } from '../helpers/cli';
import { workerHeap } from './chromium';

const EXTENSION = join(ROOT, '.output/chrome-mv3');
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

interface Row {
  label: string;
  quotes: number;
  bytes: number;
  wake: number;
  info: number;
  warm: number;
  heap: number;
  buffers: number;
  /** Heap and buffers after the last wake-up's match (the first may still be copying the bundled table). */
  lastHeap: number;
  importSeconds?: number;
}

/** Imports an index file on the options page; its time in seconds and the storage it took, in bytes. */
async function importOnOptions(page: Page, id: string, file: string): Promise<{ seconds: number; bytes: number }> {
  await page.goto(`chrome-extension://${id}/options.html`);
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const before = await usage();
  const t0 = performance.now();
  await page.locator('#import').setInputFiles(file);
  await page.waitForFunction(
    () => /^(Imported|Refused|Could not)/.test(document.getElementById('import-status')?.textContent ?? ''),
    null,
    { timeout: 30 * 60_000, polling: 500 },
  );
  const seconds = (performance.now() - t0) / 1000;
  const status = await page.locator('#import-status').textContent();
  if (!status?.startsWith('Imported')) throw new Error(`import failed: ${status}`);
  return { seconds, bytes: (await usage()) - before };
}

/**
 * Waits for what installing the extension does once, as a reader's browser does it once: the copy of the
 * bundled index's table into IndexedDB, where a waking worker reads its pages.
 */
async function installed(page: Page, id: string): Promise<void> {
  await page.goto(`chrome-extension://${id}/popup.html?tab=-1`);
  await page.waitForFunction(
    async () => {
      // Opened only once the worker made it: opening it first would make it without its stores.
      if (!(await indexedDB.databases()).some((d) => d.name === 'whosaid-indexes')) return false;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open('whosaid-indexes');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('tables').objectStore('tables').get(['bundled', 'table', 0]);
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => resolve(false);
          get.transaction!.oncomplete = () => db.close();
        };
      });
    },
    null,
    { timeout: 10 * 60_000, polling: 500 },
  );
}

async function measure(label: string, extension: string, quote: string, quotes: number, importFile?: string) {
  const { context, extensionId: id } = await launch(extension);
  const page = await context.newPage();
  await installed(page, id);
  let bytes = dirBytes(join(extension, 'index'));
  let importSeconds: number | undefined;
  if (importFile) {
    const imported = await importOnOptions(page, id, importFile);
    importSeconds = imported.seconds;
    bytes = imported.bytes;
  }
  await page.goto(`chrome-extension://${id}/popup.html?tab=-1`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const ask = (type: string, data: unknown) =>
    page.evaluate(
      async ([type, data]) => {
        const t0 = performance.now();
        const reply = (await chrome.runtime.sendMessage({ type, data })) as { bare?: unknown[] };
        return { ms: performance.now() - t0, matched: reply?.bare?.[0] != null };
      },
      [type, data] as const,
    );
  const match = { host: 'bench.example', first: true, passages: [], bare: [quote], article: null };
  const wake: number[] = [];
  const info: number[] = [];
  const warm: number[] = [];
  let heap = { used: 0, buffers: 0 };
  let last = { used: 0, buffers: 0 };
  for (let k = 0; k < RUNS; k++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    const first = await ask('match', match);
    if (!first.matched) throw new Error(`${label}: the quotation did not match`);
    wake.push(first.ms);
    warm.push((await ask('match', match)).ms);
    if (k === 0) heap = await workerHeap(cdp);
    if (k === RUNS - 1) last = await workerHeap(cdp);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    info.push((await ask('index-info', null)).ms);
  }
  await context.close();
  const row: Row = {
    label,
    quotes,
    bytes,
    wake: median(wake),
    info: median(info),
    warm: median(warm),
    heap: heap.used,
    buffers: heap.buffers,
    lastHeap: last.used + last.buffers,
    importSeconds,
  };
  rows.push(row);
  print(row);
}

const rows: Row[] = [];
const fmtMB = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
function print(r: Row): void {
  const seed = rows[0]!;
  const perQuote = (n: number) => (r.quotes > 8 ? `${Math.round(n / r.quotes)} B/q` : '');
  console.log(
    [
      r.label.padEnd(28),
      `${fmtMB(r.bytes)} ${perQuote(r.bytes)}`.padEnd(18),
      `${r.wake.toFixed(0)} ms (${(r.wake / seed.wake).toFixed(2)}×)`.padEnd(18),
      `${r.info.toFixed(0)} ms (${(r.info / seed.info).toFixed(2)}×)`.padEnd(18),
      `${r.warm.toFixed(1)} ms`.padEnd(9),
      `${fmtMB(r.heap)} + ${fmtMB(r.buffers)}`.padEnd(20),
      r.quotes > 8
        ? `${Math.round((r.heap + r.buffers - seed.heap - seed.buffers) / r.quotes)} B/q, last ${Math.round((r.lastHeap - seed.lastHeap) / r.quotes)} B/q`.padEnd(
            22,
          )
        : ''.padEnd(22),
      r.importSeconds ? `  import ${r.importSeconds.toFixed(1)} s (${Math.round(r.quotes / r.importSeconds)} q/s)` : '',
    ].join(' | '),
  );
}

console.log(
  `index                        | bytes             | wake→match (×seed) | wake→info (×seed)  | warm     | heap + buffers       | matcher memory: first, last wake (medians of ${RUNS})`,
);
await measure('seed (8 quotes), bundled', EXTENSION, 'It’s not enough simply to take the sites down', 8);

for (const size of SIZES.length ? SIZES : [100_000, 1_000_000]) {
  const work = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  const syn = syntheticIndex(size);
  // A quotation the matcher finds (in a million generated ones a few are too like others to be told apart).
  const matcher = new Matcher(syn.index);
  const quote = syn.index.quotes
    .slice(-50)
    .map((q) => q.text)
    .find((text) => matcher.match(text)?.quote.text === text)!;
  // Bundled: the extension with this index's runtime form in place of the seed's.
  const bundled = join(work, 'ext');
  cpSync(EXTENSION, bundled, { recursive: true });
  const indexDir = join(bundled, 'index');
  rmSync(indexDir, { recursive: true });
  mkdirSync(indexDir);
  const write = async (name: string, bytes: Uint8Array) => writeFileSync(join(indexDir, name), bytes);
  const sink = new PackSink(write);
  const { header, files } = await compileIndex(syn.index, sink);
  await sink.end(header);
  for (const [name, bytes] of Object.entries(files)) await write(`${name}.bin`, bytes);
  writeFileSync(join(indexDir, 'header.json'), JSON.stringify(header));
  // Imported: its index file, written as a stream.
  const file = join(work, `synthetic-${size}.json`);
  const out = createWriteStream(file);
  await writeIndexStream(syn.index, (text) => {
    if (!out.write(text)) return once(out, 'drain').then(() => {});
  });
  out.end();
  await once(out, 'close');
  const label = size.toLocaleString('en-US');
  await measure(`${label}, bundled`, bundled, quote, size);
  await measure(`${label}, imported`, EXTENSION, quote, size, file);
  console.log(`    (index file ${fmtMB(statSync(file).size)}, ${Math.round(statSync(file).size / size)} B/q)`);
  rmSync(work, { recursive: true, force: true });
}
