// `whosaid merge A B… -o M`: the index of the union of the indexes' corpora, equal to what `whosaid index`
// builds from all of them at once (src/index/merge.ts).

import { mergeIndexes } from '../index/merge';
import { parseCommandArgs } from './args';
import { loadIndexFile, UsageError, writeIndexFile } from './files';

const USAGE = 'whosaid merge A B… -o M';

export async function mergeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, USAGE);
  if (positionals.length === 0) throw new UsageError(`no index given\nusage: ${USAGE}`);
  if (!values.output) throw new UsageError(`give the merged index's file with -o\nusage: ${USAGE}`);
  const indexes = [];
  for (const path of positionals) indexes.push(await loadIndexFile(path));
  const merged = mergeIndexes(indexes);
  const bytes = await writeIndexFile(values.output, merged);
  process.stdout.write(
    `wrote ${values.output} (${(bytes / 1024).toFixed(1)} KB): ${merged.quotes.length} quotes, ${merged.paraphrases.length} paraphrases, ${merged.speakers.length} speakers, ${merged.documents.length} documents from ${positionals.length} indexes\n`,
  );
  return 0;
}
