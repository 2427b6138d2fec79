// The background service worker's cold start (MV3 workers stop after about 30 s idle), in Chromium with
// the built extension: `npm run bench:worker` (after `npm run build`). The worker is stopped, then an
// extension page asks it for the index's size: the round trip is the wake-up, the index load and the
// answer. Measured with the bundled seed index and with a generated 100,000-quote index, in one run.

import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticIndex } from '../../src/synth/index';
import { EXTENSION, launch } from '../e2e/harness';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(label: string, extension: string, indexBytes: number): Promise<void> {
  const browser = await launch(extension);
  const page = await browser.context.newPage();
  // tsx keeps function names with a __name() helper that the page does not have.
  await page.addInitScript('window.__name = (f) => f;');
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=-1`);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const ask = () =>
    page.evaluate(async () => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: 'index-info' });
      return performance.now() - t0;
    });
  const cold: number[] = [];
  const warm: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    cold.push(await ask());
    warm.push(await ask());
  }
  const worker = browser.context.serviceWorkers().at(-1)!;
  const load = await worker
    .evaluate(() => performance.getEntriesByName('whosaid:index-load').map((e) => e.duration))
    .catch(() => []);
  console.log(
    [
      label.padEnd(24),
      `${(indexBytes / 1e6).toFixed(1)} MB`.padEnd(9),
      `${median(cold).toFixed(0)} ms`.padEnd(10),
      `${load.length ? `${median(load).toFixed(0)} ms` : 'n/a'}`.padEnd(14),
      `${median(warm).toFixed(1)} ms`,
    ].join(' | '),
  );
  await browser.close();
}

console.log(`index                    | size      | cold start | of it, loading | warm answer   (medians of ${RUNS})`);
const seedBytes = (await import('node:fs')).statSync(join(EXTENSION, 'quote-index.json')).size;
await measure('seed (8 quotes)', EXTENSION, seedBytes);

const big = mkdtempSync(join(tmpdir(), 'whosaid-ext-'));
cpSync(EXTENSION, big, { recursive: true });
const json = JSON.stringify(syntheticIndex(100_000).index);
writeFileSync(join(big, 'quote-index.json'), json);
await measure('generated (100,000)', big, json.length);
