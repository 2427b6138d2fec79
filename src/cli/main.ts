// `whosaid`: build the quote index, extract quotations from articles, find who said a piece of text.

import { checkCommand } from './check-command';
import { extractCommand } from './extract-command';
import { UsageError } from './files';
import { findCommand } from './find-command';
import { importCommand } from './import-command';
import { indexCommand } from './index-command';
import { mergeCommand } from './merge-command';

const USAGE = `Usage: whosaid <command> [options]

Commands:
  index [PATHS…] [-o FILE] [--jobs N]
                                  build the quote index from articles (.txt, .md, .html files or folders),
                                  extracting with N threads (default: the cores)
                                  default: corpus/ → .output/quote-index.json
  import quotebank FILE… [-o FILE] [--min-proba P] [--min-occurrences N] [--since DATE] [--until DATE]
         [--speaker NAME…]        an index of Quotebank's JSON lines (plain, .gz or .bz2)
                                  default: → .output/quotebank-index.json
  merge A B… -o M                 the index of the union of the indexes' corpora
  extract FILE… [--json]          the quotations in each article, with speaker and role
  find TEXT [--index FILE] [--json]
                                  the index entries that best match a piece of text
  check FILE|- [--index FILE] [--json]
                                  an article's quotations, each with the index entry it matches,
                                  the speaker the article names, and whether they disagree

Options:
  -h, --help                      this help
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  index: indexCommand,
  import: importCommand,
  merge: mergeCommand,
  extract: extractCommand,
  find: findCommand,
  check: checkCommand,
};

/**
 * A reader that stops reading (`whosaid find … | head -1`) closes our output: the command ends there,
 * quietly, as command-line tools do, instead of with a stack trace.
 */
export function endQuietlyWhenOutputCloses(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      process.exit(process.exitCode ?? 0);
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}"\n\n${USAGE}`);
    return await run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`whosaid: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
