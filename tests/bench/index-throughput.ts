// Index-build throughput on generated news: `npm run bench:index [-- COUNT] [--jobs N]` (default 5,000
// articles; jobs: 1 and 2 in turn). Writes the articles, then builds the index with `whosaid index`'s code
// with each number of worker threads, and prints articles per second for each, in this one run, and
// whether the indexes are identical.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { indexCorpus } from '../../src/cli/index-command';
import { articles } from '../../src/synth/articles';

const { values, positionals } = parseArgs({
  options: { jobs: { type: 'string', multiple: true } },
  allowPositionals: true,
});
const count = Number(positionals[0] ?? 5000);
const jobs = (values.jobs ?? ['1', '2']).map(Number);
const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
const corpus = join(dir, 'corpus');
const { mkdirSync } = await import('node:fs');
mkdirSync(corpus);
for (const [i, a] of articles(count, 2026).entries())
  writeFileSync(join(corpus, `${String(i).padStart(5, '0')}.txt`), a.text);

console.log(`${count.toLocaleString('en-US')} generated articles`);
console.log('jobs   seconds   articles/s   speed-up   quotes   index file');
let first: { seconds: number; content: string } | null = null;
for (const n of jobs) {
  const out = join(dir, `index-${n}.json`);
  const t0 = performance.now();
  const s = await indexCorpus([corpus], out, { jobs: n });
  const seconds = (performance.now() - t0) / 1000;
  const { builtAt: _, ...content } = JSON.parse(readFileSync(out, 'utf8'));
  const same = first
    ? JSON.stringify(content) === first.content
      ? '  (identical to the first)'
      : '  (DIFFERS from the first)'
    : '';
  first ??= { seconds, content: JSON.stringify(content) };
  console.log(
    [
      String(n).padEnd(4),
      seconds.toFixed(2).padStart(8),
      Math.round(count / seconds)
        .toLocaleString('en-US')
        .padStart(11),
      `${(first.seconds / seconds).toFixed(2)}×`.padStart(9),
      String(s.quotes).padStart(8),
      `${(s.bytes / 1e6).toFixed(1)} MB`.padStart(11),
    ].join('  ') + same,
  );
}
rmSync(dir, { recursive: true });
