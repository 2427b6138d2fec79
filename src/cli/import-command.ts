// `whosaid import quotebank FILE… [-o FILE] [--min-proba P] [--min-occurrences N] [--since DATE]
// [--until DATE] [--speaker NAME…]`: Quotebank's quotation-centric JSON lines (plain, .gz or .bz2), read a
// line at a time in constant memory, into an index. A bad line is reported with its file and line number
// and the rest imported; an archive that breaks off is reported where it does.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import unbzip2 from 'unbzip2-stream';
import { outletOf } from '../corpus/outlets';
import { assemble } from '../index/build';
import { QuotebankCollector, type QuotebankFilter, readQuotebankLine } from '../index/quotebank';
import { parseCommandArgs, ROOT } from './args';
import { UsageError, writeIndexFile } from './files';
import { progressBar } from './progress';

const USAGE =
  'whosaid import quotebank FILE… [-o FILE] [--min-proba P] [--min-occurrences N] [--since DATE] [--until DATE] [--speaker NAME…]';
const DEFAULT_OUTPUT = `${ROOT}/.output/quotebank-index.json`;
/** Quotebank's speaker probabilities are well calibrated at the top: at 0.7 most attributions are right. */
const DEFAULT_MIN_PROBA = 0.7;
/** Bad lines listed one by one; the rest are counted. */
const LISTED = 20;

export interface ImportSummary {
  lines: number;
  kept: number;
  unattributed: number;
  filtered: number;
  bad: string[];
  quotes: number;
  speakers: number;
  documents: number;
  bytes: number;
  seconds: number;
}

export async function importCommand(args: string[]): Promise<number> {
  const [source, ...rest] = args;
  if (source !== 'quotebank') throw new UsageError(`import reads Quotebank files only\nusage: ${USAGE}`);
  const { values, positionals } = parseCommandArgs(
    rest,
    {
      output: { type: 'string', short: 'o' },
      'min-proba': { type: 'string' },
      'min-occurrences': { type: 'string' },
      since: { type: 'string' },
      until: { type: 'string' },
      speaker: { type: 'string', multiple: true },
    },
    USAGE,
  );
  if (positionals.length === 0) throw new UsageError(`no Quotebank file given\nusage: ${USAGE}`);
  const filter: QuotebankFilter = {
    minProba: numberOption(values['min-proba'], '--min-proba', DEFAULT_MIN_PROBA, (x) => x >= 0 && x <= 1),
    minOccurrences: numberOption(values['min-occurrences'], '--min-occurrences', 1, Number.isInteger),
    since: dateOption(values.since, '--since'),
    until: dateOption(values.until, '--until'),
    speakers: values.speaker ?? [],
  };
  const output = values.output ?? DEFAULT_OUTPUT;
  const s = await importQuotebank(positionals, output, filter, true);
  process.stdout.write(
    [
      `wrote ${output} (${(s.bytes / 1e6).toFixed(1)} MB) in ${s.seconds.toFixed(1)} s (${Math.round(s.lines / s.seconds).toLocaleString('en-US')} lines a second)`,
      `  lines                  ${s.lines}`,
      `  quotations imported    ${s.kept}`,
      `  skipped, no speaker at --min-proba ${filter.minProba}: ${s.unattributed}`,
      `  skipped by the filters ${s.filtered}`,
      `  bad lines              ${s.bad.length}`,
      `  index entries          ${s.quotes} (${s.speakers} speakers, ${s.documents} articles)`,
      '',
    ].join('\n'),
  );
  for (const b of s.bad.slice(0, LISTED)) process.stderr.write(`warning: ${b}\n`);
  if (s.bad.length > LISTED) process.stderr.write(`warning: and ${s.bad.length - LISTED} more bad lines\n`);
  return 0;
}

function numberOption(raw: string | undefined, name: string, fallback: number, ok: (x: number) => boolean): number {
  if (raw === undefined) return fallback;
  const x = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(x) || !ok(x))
    throw new UsageError(`${name}: "${raw}" is not allowed\nusage: ${USAGE}`);
  return x;
}

function dateOption(raw: string | undefined, name: string): string | null {
  if (raw === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw)))
    throw new UsageError(`${name}: "${raw}" is not a YYYY-MM-DD date\nusage: ${USAGE}`);
  return raw;
}

/** A Quotebank file's lines, decompressed by its name (.gz, .bz2) as they are read. */
function decompressed(path: string, raw: Readable): Readable {
  if (path.endsWith('.gz')) return raw.pipe(createGunzip());
  if (path.endsWith('.bz2')) return raw.pipe(unbzip2() as unknown as NodeJS.WritableStream) as unknown as Readable;
  return raw;
}

/** Imports Quotebank files into an index file; throws a UsageError when nothing could be imported. */
export async function importQuotebank(
  paths: string[],
  output: string,
  filter: QuotebankFilter,
  showProgress = false,
): Promise<ImportSummary> {
  const started = performance.now();
  const sizes = await Promise.all(
    paths.map((p) =>
      stat(p).then(
        (s) => s.size,
        () => {
          throw new UsageError(`${p}: no such file`);
        },
      ),
    ),
  );
  const total = sizes.reduce((a, b) => a + b, 0);
  const bar = showProgress ? progressBar('importing') : null;
  const collector = new QuotebankCollector(outletOf);
  const s: ImportSummary = {
    lines: 0,
    kept: 0,
    unattributed: 0,
    filtered: 0,
    bad: [],
    quotes: 0,
    speakers: 0,
    documents: 0,
    bytes: 0,
    seconds: 0,
  };
  let before = 0;
  for (const [f, path] of paths.entries()) {
    const raw = createReadStream(path);
    const lines = createInterface({ input: decompressed(path, raw), crlfDelay: Number.POSITIVE_INFINITY });
    let n = 0;
    try {
      for await (const line of lines) {
        n++;
        if (line.trim() === '') continue;
        s.lines++;
        const r = readQuotebankLine(line, filter);
        if (r.kind === 'kept') {
          s.kept++;
          collector.add(r);
        } else if (r.kind === 'bad') s.bad.push(`${path}: line ${n}: ${r.reason}`);
        else s[r.kind]++;
        if (n % 4096 === 0) bar?.update(Math.round((before + raw.bytesRead) / 1024), Math.round(total / 1024));
      }
    } catch (e) {
      // A truncated or corrupt archive: what came before it is kept.
      s.bad.push(`${path}: after line ${n}: the archive breaks off (${(e as Error).message}); the rest of it is lost`);
    } finally {
      raw.destroy();
    }
    before += sizes[f]!;
  }
  bar?.end();
  if (s.kept === 0) {
    const why = s.bad.length ? `; ${s.bad.length} bad lines, the first: ${s.bad[0]}` : '';
    throw new UsageError(
      `no quotation could be imported from ${paths.join(', ')} (${s.lines} lines, ${s.unattributed} without a speaker at --min-proba ${filter.minProba}, ${s.filtered} left out by the filters${why}); ${output} is left as it was`,
    );
  }
  const index = assemble(collector.documents, { quotes: collector.occurrences, reports: [] });
  s.bytes = await writeIndexFile(output, index);
  s.quotes = index.quotes.length;
  s.speakers = index.speakers.length;
  s.documents = index.documents.length;
  s.seconds = (performance.now() - started) / 1000;
  return s;
}
