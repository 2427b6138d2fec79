// `whosaid index [PATHS…] [-o FILE]`: reads the articles, builds the index, writes it atomically, and
// reports what it indexed and what it refused. The extension build runs the same through indexCorpus.

import { isAbsolute, relative } from 'node:path';
import type { Article } from '../corpus/article';
import { listCorpus, type Refusal, readArticle } from '../corpus/files';
import { buildIndex } from '../index/build';
import { DEFAULT_CORPUS, DEFAULT_INDEX, parseCommandArgs } from './args';
import { UsageError, writeAtomic } from './files';
import { progressBar } from './progress';

const USAGE = 'whosaid index [PATHS…] [-o FILE]';

export interface IndexSummary {
  output: string;
  bytes: number;
  documents: number;
  quotes: number;
  quotations: number;
  speakers: number;
  unattributed: number;
  paraphrases: number;
  refused: Refusal[];
  warnings: string[];
}

export async function indexCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { output: { type: 'string', short: 'o' } }, USAGE);
  // Paths are shown as the user gave them; the defaults, from where the command runs.
  const summary = await indexCorpus(
    positionals.length > 0 ? positionals : [shown(DEFAULT_CORPUS)],
    values.output ?? shown(DEFAULT_INDEX),
    true,
  );
  process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
  for (const w of summary.warnings) process.stderr.write(`warning: ${w}\n`);
  return 0;
}

/** Builds the index of the articles under `paths` into `output`; throws a UsageError when none can be read. */
export async function indexCorpus(paths: string[], output: string, showProgress = false): Promise<IndexSummary> {
  const { files, refused } = listCorpus(paths);
  const warnings: string[] = [];
  const articles: Article[] = [];
  const reading = showProgress ? progressBar('reading ') : null;
  for (const [i, file] of files.entries()) {
    const result = readArticle(file);
    if (result.ok) {
      articles.push(result.article);
      warnings.push(...result.warnings);
    } else refused.push(result.refusal);
    reading?.update(i + 1, files.length);
  }
  reading?.end();
  if (articles.length === 0) {
    const why = refused.map((r) => `\n    ${r.file}: ${r.reason}`).join('');
    throw new UsageError(`no article could be read from ${paths.join(', ')}; ${output} is left as it was${why}`);
  }

  const indexing = showProgress ? progressBar('indexing') : null;
  const index = buildIndex(articles, { onArticle: (done, total) => indexing?.update(done, total) });
  indexing?.end();
  const json = JSON.stringify(index);
  await writeAtomic(output, json);
  return {
    output,
    bytes: Buffer.byteLength(json),
    documents: index.documents.length,
    quotes: index.quotes.length,
    quotations: index.quotes.reduce((n, q) => n + q.sources.length, 0),
    speakers: index.speakers.length,
    unattributed: index.quotes.filter((q) => q.speaker === null).length,
    paraphrases: index.paraphrases.length,
    refused,
    warnings,
  };
}

/** A default path as the user would write it from where the command runs: relative when it is below. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

export function summaryLines(s: IndexSummary): string[] {
  return [
    `wrote ${s.output} (${(s.bytes / 1024).toFixed(1)} KB)`,
    `  documents              ${s.documents}`,
    `  quotes                 ${s.quotes} (from ${s.quotations} quotations)`,
    `  speakers               ${s.speakers}`,
    `  quotes without speaker ${s.unattributed}`,
    `  paraphrases            ${s.paraphrases} (reported speech, never shown as quotations)`,
    `  files refused          ${s.refused.length}`,
    ...s.refused.map((r) => `    ${r.file}: ${r.reason}`),
  ];
}
