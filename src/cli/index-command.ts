// `whosaid index [PATHS…] [-o FILE] [--jobs N]`: reads the articles and extracts their quotations (in N
// worker threads), builds the index, writes it atomically, and reports what it indexed and what it
// refused. The output does not depend on N. The extension build runs the same through indexCorpus.

import { availableParallelism } from 'node:os';
import { isAbsolute, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import { type CorpusFile, listCorpus, type Refusal } from '../corpus/files';
import { assemble, type Occurrences } from '../index/build';
import type { IndexDocument } from '../index/schema';
import { DEFAULT_CORPUS, DEFAULT_INDEX, parseCommandArgs } from './args';
import { type Extracted, extractOne } from './extract-one';
import { UsageError, writeIndexFile } from './files';
import { progressBar } from './progress';

const USAGE = 'whosaid index [PATHS…] [-o FILE] [--jobs N]';
/** Fewer articles than this per thread are read faster by fewer threads. */
const MIN_ARTICLES_PER_THREAD = 4;

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
  const { values, positionals } = parseCommandArgs(
    args,
    { output: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' } },
    USAGE,
  );
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs must be a whole number of threads, 1 or more\nusage: ${USAGE}`);
  // Paths are shown as the user gave them; the defaults, from where the command runs.
  const summary = await indexCorpus(
    positionals.length > 0 ? positionals : [shown(DEFAULT_CORPUS)],
    values.output ?? shown(DEFAULT_INDEX),
    { progress: true, jobs },
  );
  process.stdout.write(`${summaryLines(summary).join('\n')}\n`);
  for (const w of summary.warnings) process.stderr.write(`warning: ${w}\n`);
  return 0;
}

export interface IndexOptions {
  /** A progress bar on the terminal. */
  progress?: boolean;
  /** Threads extracting articles (1: in this thread). */
  jobs?: number;
}

/** Builds the index of the articles under `paths` into `output`; throws a UsageError when none can be read. */
export async function indexCorpus(paths: string[], output: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const { files, refused } = listCorpus(paths);
  const bar = options.progress ? progressBar('indexing') : null;
  // A thread costs the engine's start-up: each takes a few articles at least.
  const threads = Math.max(1, Math.min(options.jobs ?? 1, Math.floor(files.length / MIN_ARTICLES_PER_THREAD)));
  const extracted = await extractAll(files, threads, (done) => bar?.update(done, files.length));
  bar?.end();

  const warnings: string[] = [];
  const documents: Omit<IndexDocument, 'id'>[] = [];
  const occurrences: Occurrences = { quotes: [], reports: [] };
  for (const result of extracted) {
    if (!result.ok) {
      refused.push(result.refusal);
      continue;
    }
    const doc = documents.length;
    documents.push(result.document);
    warnings.push(...result.warnings);
    for (const q of result.occurrences.quotes) occurrences.quotes.push({ ...q, doc });
    for (const r of result.occurrences.reports) occurrences.reports.push({ ...r, doc });
  }
  if (documents.length === 0) {
    const why = refused.map((r) => `\n    ${r.file}: ${r.reason}`).join('');
    throw new UsageError(`no article could be read from ${paths.join(', ')}; ${output} is left as it was${why}`);
  }
  const index = assemble(documents, occurrences);
  const bytes = await writeIndexFile(output, index);
  return {
    output,
    bytes,
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

/** Every file read and extracted, in the files' order, by `jobs` worker threads (or this one). */
async function extractAll(files: CorpusFile[], jobs: number, onDone: (done: number) => void): Promise<Extracted[]> {
  const results: Extracted[] = new Array(files.length);
  if (jobs <= 1) {
    files.forEach((file, i) => {
      results[i] = extractOne(file);
      onDone(i + 1);
    });
    return results;
  }
  let next = 0;
  let done = 0;
  // Articles go to the threads in batches, so that a thread seldom waits for its next one.
  const batch = Math.max(1, Math.min(32, Math.floor(files.length / (jobs * 8))));
  const workers = Array.from({ length: jobs }, () => new Worker(new URL('./extract-worker.mjs', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              const first = next;
              next = Math.min(files.length, next + batch);
              worker.postMessage({ first, files: files.slice(first, next) });
            };
            worker.on('message', ({ first, results: batchResults }: { first: number; results: Extracted[] }) => {
              batchResults.forEach((r, k) => {
                results[first + k] = r;
              });
              done += batchResults.length;
              onDone(done);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
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
