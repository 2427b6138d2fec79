// File helpers of the command line: an atomic write and the index file reader.

import { randomBytes } from 'node:crypto';
import { createWriteStream, openAsBlob } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseIndexText, type QuoteIndex } from '../index/schema';
import { collectIndexStream, writeIndexStream } from '../index/stream';

/** Writes through a temporary file and a rename, so a failed run leaves the previous file whole. */
export async function writeAtomic(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes an index as a stream of entries (an index can be larger than one string can hold) through a
 * temporary file and a rename; returns its size in bytes.
 */
export async function writeIndexFile(path: string, index: QuoteIndex): Promise<number> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  const out = createWriteStream(tmp);
  let bytes = 0;
  try {
    await writeIndexStream(index, (text) => {
      bytes += Buffer.byteLength(text);
      if (!out.write(text)) return new Promise<void>((resolve) => out.once('drain', resolve));
    });
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
    await rename(tmp, path);
    return bytes;
  } catch (e) {
    out.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
}

export class UsageError extends Error {}

/** Larger index files are read as a stream: their text would be longer than a string can be. */
const WHOLE_TEXT_BYTES = 256 * 1024 * 1024;

/** Reads and validates an index file; throws a UsageError that says why it is refused. */
export async function loadIndexFile(path: string): Promise<QuoteIndex> {
  let text: string;
  try {
    if ((await stat(path)).size > WHOLE_TEXT_BYTES) {
      const blob = await openAsBlob(path);
      return await collectIndexStream(() => blob.stream() as ReadableStream<Uint8Array>).catch((e) => {
        throw new UsageError(`${path}: refused: ${(e as Error).message}`);
      });
    }
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `${path}: no such index file (build one with \`whosaid index\`)`
        : `${path}: ${(e as Error).message}`,
    );
  }
  const result = parseIndexText(text);
  if (!result.ok) throw new UsageError(`${path}: refused: ${result.reason}`);
  return result.index;
}
