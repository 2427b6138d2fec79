// Quotebank import throughput: `npm run bench:import [-- COUNT]` (default 1,000,000 lines) writes COUNT
// generated Quotebank-format lines as plain JSON lines and bzip2-compressed (as Quotebank ships them; with
// the system's bzip2), imports each with `whosaid import quotebank`'s code, and prints lines and imported
// quotations per second and the process's peak memory, all in this one run.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importQuotebank } from '../../src/cli/import-command';
import { writeQuotebankFile } from '../helpers/quotebank';

const count = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'whosaid-quotebank-'));
const filter = { minProba: 0.7, minOccurrences: 1, since: null, until: null, speakers: [] };
const files = [join(dir, 'quotes.json')];
if (spawnSync('bzip2', ['--help']).status === 0) files.push(join(dir, 'quotes.json.bz2'));

console.log(`${count.toLocaleString('en-US')} generated Quotebank lines`);
console.log('file               size       seconds   lines/s    quotations/s   entries     index file   peak RSS');
for (const file of files) {
  await writeQuotebankFile(file, count);
  const t0 = performance.now();
  const s = await importQuotebank([file], join(dir, 'index.json'), filter);
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    [
      file.slice(dir.length + 1).padEnd(18),
      `${(statSync(file).size / 1e6).toFixed(0)} MB`.padEnd(10),
      seconds.toFixed(1).padStart(7),
      Math.round(s.lines / seconds)
        .toLocaleString('en-US')
        .padStart(9),
      Math.round(s.kept / seconds)
        .toLocaleString('en-US')
        .padStart(14),
      s.quotes.toLocaleString('en-US').padStart(10),
      `${(s.bytes / 1e6).toFixed(0)} MB`.padStart(12),
      `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`.padStart(10),
    ].join('  '),
  );
}
rmSync(dir, { recursive: true, force: true });
