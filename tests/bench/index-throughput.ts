// Index-build throughput on generated news: `npm run bench:index [-- COUNT]` (default 5,000 articles).
// Prints articles per second for each stage and for the whole build, all measured in this one run.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/corpus/article';
import { listCorpus, readArticle } from '../../src/corpus/files';
import { buildIndex } from '../../src/index/build';
import { articles } from '../../src/synth/articles';

const count = Number(process.argv[2] ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
for (const [i, a] of articles(count, 2026).entries())
  writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), a.text);

const t0 = performance.now();
const { files } = listCorpus([dir]);
const read: Article[] = [];
for (const f of files) {
  const r = readArticle(f);
  if (r.ok) read.push(r.article);
}
const t1 = performance.now();
const index = buildIndex(read);
const t2 = performance.now();
const json = JSON.stringify(index);
writeFileSync(join(dir, 'index.json'), json);
const t3 = performance.now();
rmSync(dir, { recursive: true });

const rate = (ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en-US');
const quotations = index.quotes.reduce((n, q) => n + q.sources.length, 0);
console.log(
  `${count.toLocaleString('en-US')} generated articles, ${quotations.toLocaleString('en-US')} quotations → ${index.quotes.length.toLocaleString('en-US')} index entries, ${(json.length / 1e6).toFixed(1)} MB`,
);
console.log(`stage                          seconds   articles/s`);
console.log(
  `read files                     ${((t1 - t0) / 1000).toFixed(2).padStart(7)}   ${rate(t1 - t0).padStart(10)}`,
);
console.log(
  `extract, merge, search table   ${((t2 - t1) / 1000).toFixed(2).padStart(7)}   ${rate(t2 - t1).padStart(10)}`,
);
console.log(
  `serialize and write            ${((t3 - t2) / 1000).toFixed(2).padStart(7)}   ${rate(t3 - t2).padStart(10)}`,
);
console.log(
  `whole build                    ${((t3 - t0) / 1000).toFixed(2).padStart(7)}   ${rate(t3 - t0).padStart(10)}`,
);
