// Quotebank-format files for tests and benchmarks: generated lines (src/synth/quotebank.ts), written plain,
// gzipped (Node's zlib) or bzip2-compressed (the system's bzip2, as Quotebank's own files are).
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { quotebankLines } from '../../src/synth/quotebank';

/**
 * Writes `count` generated lines to `path` (.json, .json.gz or .json.bz2); `extra` lines go first. A .bz2
 * file is compressed in blocks of `bzip2Level` × 100 kB, as bzip2's -1 … -9.
 */
export async function writeQuotebankFile(
  path: string,
  count: number,
  extra: string[] = [],
  seed = 13,
  bzip2Level = 9,
): Promise<void> {
  const bz2 = path.endsWith('.bz2');
  const plain = bz2 ? `${path}.plain.tmp` : path;
  const file = createWriteStream(plain);
  const gzip = path.endsWith('.gz') ? createGzip() : null;
  gzip?.pipe(file);
  const sink: Writable = gzip ?? file;
  let batch = extra.map((l) => `${l}\n`).join('');
  for (const line of quotebankLines(count, seed)) {
    batch += `${JSON.stringify(line)}\n`;
    if (batch.length > 1 << 20) {
      if (!sink.write(batch)) await once(sink, 'drain');
      batch = '';
    }
  }
  sink.end(batch);
  await once(file, 'close');
  if (bz2) {
    const out = openSync(path, 'w');
    const r = spawnSync('bzip2', [`-${bzip2Level}`, '-c', plain], { stdio: ['ignore', out, 'pipe'] });
    closeSync(out);
    rmSync(plain);
    if (r.status !== 0) throw new Error(`bzip2 failed: ${r.error?.message ?? r.stderr}`);
  }
}
