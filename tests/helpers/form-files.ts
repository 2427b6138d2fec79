// A runtime form kept as files in a map, as the extension keeps its bundled one: for tests and benchmarks.

import { PackSink, packStorage } from '../../src/compact/form';
import { compileIndex } from '../../src/index/runtime';
import type { QuoteIndex } from '../../src/index/schema';

/** Compiles an index into files in memory; `storage` reads them (and records which), refusing a missing one. */
export async function compileToFiles(index: QuoteIndex) {
  const files = new Map<string, Uint8Array>();
  const sink = new PackSink(async (name: string, bytes: Uint8Array) => void files.set(name, bytes));
  const compiled = await compileIndex(index, sink);
  const { header } = compiled;
  await sink.end(header);
  for (const [name, bytes] of Object.entries(compiled.files)) files.set(`${name}.bin`, bytes);
  const reads: string[] = [];
  const storage = packStorage(async (name) => {
    reads.push(name);
    const bytes = files.get(name);
    if (!bytes) throw new Error(`no file ${name}`);
    return bytes;
  });
  return { header, files, storage, reads };
}
