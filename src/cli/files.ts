// File helpers of the command line: an atomic write and the index file reader.

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseIndexText, type QuoteIndex } from '../index/schema';

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

export class UsageError extends Error {}

/** Reads and validates an index file; throws a UsageError that says why it is refused. */
export async function loadIndexFile(path: string): Promise<QuoteIndex> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
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
