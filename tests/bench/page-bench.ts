// The content script's cost on a 50 KB and a 5 MB news page, in real Chromium with the built extension:
// `npm run bench:page` (after `npm run build`). Its main-thread time, phase by phase, is read from its
// `whosaid:` performance measures, and compared, in the same page and run, with a bare walk of the page's
// text nodes: the read phase alone (which does what the walk does, and works out each element's place), and
// all of it. Also the longest slice of its work, and any long task (over 50 ms) while it ran.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { articles } from '../../src/synth/articles';
import { installHelpers, launch, serve } from '../e2e/harness';
import { ROOT } from '../helpers/cli';

/**
 * The reading alone (src/browser/page-text.ts, as plain JavaScript in the page), warm: on a machine shared
 * with other work, the least of several runs is the time the reading takes, where one cold run in slices
 * also holds what the machine did meanwhile.
 */
const READER = `${ts
  .transpileModule(readFileSync(join(ROOT, 'src/browser/page-text.ts'), 'utf8'), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  })
  .outputText.replace(/^import .*$/gm, '')
  .replace(/^export /gm, '')}\nwindow.whosaidRead = readPageTextNow;`;

const SEED_PARAGRAPHS = [
  '“It’s not enough simply to take the sites down,” acting Deputy Assistant Attorney General Richard Downing said.',
  '“They share their secrets, they share their tradecraft,” said Emily Odom, chief of the FBI’s Hi-Tech Organized Crime Unit.',
  'Attorney General Jeff Sessions said drug deals online are “pouring fuel on the fire of the national drug epidemic.”',
];

/** A news page of about `bytes` bytes: generated articles, with seed quotations here and there. */
function newsPage(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  let k = 0;
  for (const a of articles(Math.ceil(bytes / 800) + 10, 17)) {
    if (size >= bytes) break;
    const paras = a.text
      .trim()
      .split(/\n\n/)
      .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    if (k++ % 5 === 0) paras.push(`<p>${SEED_PARAGRAPHS[k % SEED_PARAGRAPHS.length]}</p>`);
    const html = `<article>${paras.join('\n')}</article>\n`;
    parts.push(html);
    size += html.length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>${parts.join('')}</body></html>`;
}

const pages = { '/50kb.html': newsPage(50 * 1024), '/5mb.html': newsPage(5 * 1024 * 1024) };
const server = await serve(pages);
const browser = await launch();
await installHelpers(browser.context);
// tsx keeps function names with a __name() helper that the page does not have.
await browser.context.addInitScript('window.__name = (f) => f;');
await browser.context.addInitScript(() => {
  const w = window as unknown as { longTasks: { start: number; duration: number }[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});

console.log(
  'page     size     quotations painted | ours: read / find / match / paint (main-thread ms)   | bare walk (cold) | read ratio (to cold) | ratio | longest slice | long tasks during scan',
);
for (const [path, html] of Object.entries(pages)) {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}${path}`, { timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('whosaid:scan p0').length > 0, null, {
    timeout: 300_000,
    polling: 500,
  });
  const result = await page.evaluate(() => {
    const busy = (name: string) =>
      (performance.getEntriesByName(`whosaid:${name} p0`)[0] as PerformanceMeasure).detail as {
        busy: number;
        longest: number;
      };
    const scan = performance.getEntriesByName('whosaid:scan p0')[0]!;
    const walks: number[] = [];
    for (let k = 0; k < 5; k++) {
      const t0 = performance.now();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
      parts.join('');
      walks.push(performance.now() - t0);
    }
    // The first walk is cold, as our reading is (it makes the text nodes' wrappers in its world); the median warm.
    const cold = walks[0]!;
    walks.sort((a, b) => a - b);
    const w = window as unknown as { longTasks: { start: number; duration: number }[] };
    const during = w.longTasks.filter((t) => t.start >= scan.startTime && t.start <= scan.startTime + scan.duration);
    return {
      phases: ['read', 'find', 'match', 'paint'].map((p) => busy(p).busy),
      longest: ['read', 'find', 'match', 'paint'].map((p) => busy(p).longest),
      total: busy('scan'),
      walk: walks[2]!,
      cold,
      longTasks: during.map((t) => Math.round(t.duration)),
      painted: highlighted().length,
    };
  });
  console.log(
    [
      path.slice(1).padEnd(8),
      `${(html.length / 1024).toFixed(0)} KB`.padEnd(8),
      String(result.painted).padStart(18),
      `${result.phases.map((x) => x.toFixed(1)).join(' / ')} = ${result.total.busy.toFixed(1)}`.padEnd(54),
      `${result.walk.toFixed(2)} (${result.cold.toFixed(2)}) ms`.padEnd(16),
      `${(result.phases[0]! / result.walk).toFixed(1)}× (${(result.phases[0]! / result.cold).toFixed(1)}×)`.padEnd(20),
      `${(result.total.busy / result.walk).toFixed(1)}×`.padEnd(5),
      `${result.total.longest.toFixed(1)} ms`.padEnd(13),
      result.longTasks.length ? `${result.longTasks.join(', ')} ms` : 'none',
    ].join(' | '),
  );
  await page.addScriptTag({ content: READER });
  const alone = await page.evaluate(() => {
    const read = (window as unknown as { whosaidRead: (root: Node) => unknown }).whosaidRead;
    const time = (work: () => void) => {
      const t0 = performance.now();
      work();
      return performance.now() - t0;
    };
    const ours: number[] = [];
    const bare: number[] = [];
    for (let k = 0; k < 7; k++) {
      ours.push(time(() => read(document.body)));
      bare.push(
        time(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const parts: string[] = [];
          for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
          parts.join('');
        }),
      );
    }
    ours.sort((a, b) => a - b);
    bare.sort((a, b) => a - b);
    return { ours: [ours[0]!, ours[3]!], bare: [bare[0]!, bare[3]!] };
  });
  console.log(
    `${''.padEnd(8)}   reading alone, warm, least / median of 7: ours ${alone.ours.map((x) => x.toFixed(1)).join(' / ')} ms, ` +
      `bare walk ${alone.bare.map((x) => x.toFixed(1)).join(' / ')} ms: ${(alone.ours[0]! / Math.max(alone.bare[0]!, 0.1)).toFixed(1)}× ` +
      `(timer steps of 0.1 ms)`,
  );
  if (process.env.DEBUG)
    console.log(
      'longest slice per phase (read, find, match, paint):',
      result.longest.map((x) => x.toFixed(1)).join(', '),
    );
  await page.close();
}
await browser.close();
await server.close();
