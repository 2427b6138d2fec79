// What every command shares: default paths and argument parsing.

import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './files';

/** The project folder, which the default corpus and index paths are relative to. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CORPUS = resolve(ROOT, 'corpus');
/** The index `npm run build` bundles, and the one `whosaid find` and `check` read unless told another. */
export const DEFAULT_INDEX = resolve(ROOT, '.output/quote-index.json');

/** util.parseArgs, with its errors turned into usage errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\nusage: ${usage}`);
  }
}
