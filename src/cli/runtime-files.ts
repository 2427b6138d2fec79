// The runtime form as files (Node only): what `npm run build` puts in the extension for its bundled index,
// built from an index file read as a stream, so that an index of any size can be bundled.

import { openAsBlob } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type FormHeader, PackSink, packStorage } from '../compact/form';
import { FormCompiler, RuntimeStore } from '../index/runtime';
import { readIndexStream } from '../index/stream';
import { UsageError } from './files';

/** A file's bytes as a web stream, opened anew each time (a reader may need two passes). */
export async function fileStream(path: string): Promise<() => ReadableStream<Uint8Array>> {
  const blob = await openAsBlob(path);
  return () => blob.stream() as ReadableStream<Uint8Array>;
}

/**
 * Builds the runtime form of the index file `indexPath` into the folder `dir` (emptied first); throws a
 * UsageError saying why an index is refused. Returns the form's header.
 */
export async function writeRuntimeFiles(indexPath: string, dir: string): Promise<FormHeader> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const write = (name: string, bytes: Uint8Array) => writeFile(join(dir, name), bytes);
  const sink = new PackSink(write);
  const compiler = new FormCompiler(sink);
  let summary: Awaited<ReturnType<typeof readIndexStream>>;
  try {
    summary = await readIndexStream(await fileStream(indexPath), (part, entry) => {
      if (part === 'documents') return compiler.addDocument(entry as never);
      if (part === 'speakers') return compiler.addSpeaker(entry as never);
      if (part === 'quotes') return compiler.addQuote(entry as never);
      return compiler.addParaphrase(entry as never);
    });
  } catch (e) {
    throw new UsageError(`${indexPath}: refused: ${(e as Error).message}`);
  }
  const { header, files } = await compiler.finish(summary.builtAt);
  await sink.end(header);
  for (const [name, bytes] of Object.entries(files)) await write(`${name}.bin`, bytes);
  await writeFile(join(dir, 'header.json'), JSON.stringify(header));
  return header;
}

/** Opens a runtime form kept in a folder, as the extension opens its bundled one. */
export async function openRuntimeFiles(dir: string): Promise<RuntimeStore> {
  const header = JSON.parse(await readFile(join(dir, 'header.json'), 'utf8')) as FormHeader;
  return RuntimeStore.open(
    header,
    packStorage(async (name) => new Uint8Array(await readFile(join(dir, name)))),
  );
}
