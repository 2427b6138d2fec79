// An index file read and written as a stream of entries, the same in Node and in the browser: an index of
// a million quotations is larger than the longest string JavaScript can hold, and a browser page must not
// hold it all to import it. Every entry is checked as it comes, as parseIndex checks a whole file.

import { JSONParser } from '@streamparser/json';
import * as v from 'valibot';
import {
  INDEX_FORMAT,
  INDEX_PARTS,
  INDEX_VERSION,
  IndexHeadSchema,
  type IndexPart,
  PartSchemas,
  pathOf,
  type QuoteIndex,
  ReferenceCheck,
  upgradeEntry,
  versionProblem,
} from './schema';

export type IndexEntry<P extends IndexPart = IndexPart> = QuoteIndex[P][number];

/** What reading an index does with each checked entry. */
export type EntrySink = <P extends IndexPart>(part: P, entry: IndexEntry<P>) => void | Promise<void>;

export interface StreamSummary {
  builtAt: string;
  counts: Record<IndexPart, number>;
}

/** A reason an index is refused. */
export class IndexError extends Error {}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Bytes read so far, in this pass; passes: how many times the file is read (1 unless its parts are out of order). */
  onProgress?: (bytes: number, pass: number) => void;
}

/**
 * Reads an index file as a stream, entry by entry, each checked before it goes to `sink`; throws an
 * IndexError with the reason for a bad file. Documents and speakers must reach the sink before the quotes
 * and paraphrases that name them: a file whose parts come in another order is read again (`open` gives
 * the file's stream anew each time).
 */
export async function readIndexStream(
  open: () => ReadableStream<Uint8Array>,
  sink: EntrySink,
  options: ReadOptions = {},
): Promise<StreamSummary> {
  const check = new ReferenceCheck();
  const counts: Record<IndexPart, number> = { documents: 0, speakers: 0, quotes: 0, paraphrases: 0 };
  const done = new Set<IndexPart>();
  const speakerNames = new Map<string, { name: string; kind: string }>();
  let head: { version: number; builtAt: string } | null = null;

  for (let pass = 1; done.size < INDEX_PARTS.length; pass++) {
    if (pass > 3) throw new IndexError('the index’s parts could not be read in order');
    const raw: Record<string, unknown> = {};
    const seen = new Set<IndexPart>();
    /** Parts complete in the file: each part's last entry came before another part's first. */
    const complete = new Set<IndexPart>(done);
    let current: IndexPart | null = null;
    const ready = (part: IndexPart) =>
      head !== null &&
      !done.has(part) &&
      (part === 'documents' || part === 'speakers' || (complete.has('documents') && complete.has('speakers')));
    const processing = new Set<IndexPart>();
    const decided = new Set<IndexPart>();
    const queue: { part: IndexPart; value: unknown }[] = [];

    const parser = new JSONParser({
      paths: ['$.format', '$.version', '$.builtAt', ...INDEX_PARTS.map((p) => `$.${p}.*`)],
      keepStack: false,
    });
    parser.onValue = ({ value, key, stack }) => {
      if (stack.length === 1) {
        raw[key as string] = value;
        return;
      }
      const part = stack[1]!.key as IndexPart;
      if (part !== current) {
        if (current) complete.add(current);
        current = part;
      }
      seen.add(part);
      if (!head && raw.format !== undefined && raw.version !== undefined && raw.builtAt !== undefined)
        head = checkHead(raw);
      if (!processing.has(part) && !decided.has(part)) {
        decided.add(part);
        if (ready(part)) processing.add(part);
      }
      if (processing.has(part)) queue.push({ part, value });
    };

    const reader = open().getReader();
    let bytes = 0;
    try {
      for (;;) {
        if (options.signal?.aborted) throw options.signal.reason ?? new DOMException('cancelled', 'AbortError');
        const { value, done: end } = await reader.read();
        if (end) break;
        try {
          parser.write(value);
        } catch (e) {
          throw new IndexError(`not JSON: ${(e as Error).message}`);
        }
        bytes += value.length;
        for (const { part, value: entry } of queue.splice(0)) {
          const checked = checkEntry(part, entry, counts[part], head!.version, speakerNames, check);
          counts[part]++;
          await sink(part, checked);
        }
        options.onProgress?.(bytes, pass);
      }
      if (!parser.isEnded) {
        try {
          parser.end();
        } catch (e) {
          throw new IndexError(`not JSON: ${(e as Error).message}`);
        }
      }
    } finally {
      reader.releaseLock();
    }
    head ??= checkHead(raw);
    // What the file holds is now all known: a part not seen is empty.
    for (const part of INDEX_PARTS) if (processing.has(part) || !seen.has(part)) done.add(part);
  }
  return { builtAt: head!.builtAt, counts };
}

function checkHead(raw: Record<string, unknown>): { version: number; builtAt: string } {
  const problem = versionProblem(raw);
  if (problem) throw new IndexError(problem);
  const parsed = v.safeParse(IndexHeadSchema, { ...raw, version: INDEX_VERSION });
  if (!parsed.success) throw new IndexError(`${pathOf(parsed.issues[0].path)}: ${parsed.issues[0].message}`);
  return { version: raw.version as number, builtAt: parsed.output.builtAt };
}

function checkEntry<P extends IndexPart>(
  part: P,
  raw: unknown,
  i: number,
  version: number,
  speakerNames: Map<string, { name: string; kind: string }>,
  check: ReferenceCheck,
): IndexEntry<P> {
  const parsed = v.safeParse(PartSchemas[part], upgradeEntry(part, raw, version, speakerNames));
  if (!parsed.success)
    throw new IndexError(`${pathOf(parsed.issues[0].path, `${part}[${i}]`)}: ${parsed.issues[0].message}`);
  const entry = parsed.output as IndexEntry<P>;
  const problem = check.add(part, entry, i);
  if (problem) throw new IndexError(problem);
  if (part === 'speakers' && version < INDEX_VERSION) {
    const s = entry as IndexEntry<'speakers'>;
    speakerNames.set(s.id, { name: s.name, kind: s.kind });
  }
  return entry;
}

/** Reads a whole index from a stream into memory (for indexes too large for one string). */
export async function collectIndexStream(
  open: () => ReadableStream<Uint8Array>,
  options: ReadOptions = {},
): Promise<QuoteIndex> {
  const parts: Pick<QuoteIndex, IndexPart> = { documents: [], speakers: [], quotes: [], paraphrases: [] };
  const { builtAt } = await readIndexStream(
    open,
    (part, entry) => {
      (parts[part] as IndexEntry[]).push(entry);
    },
    options,
  );
  return { format: INDEX_FORMAT, version: INDEX_VERSION, builtAt, ...parts };
}

/**
 * Writes an index as JSON text, a piece at a time: the head, then one entry a line, parts in the order a
 * stream reader takes them in one pass.
 */
export async function writeIndexStream(
  index: { builtAt: string } & { [P in IndexPart]: Iterable<IndexEntry<P>> | AsyncIterable<IndexEntry<P>> },
  write: (text: string) => void | Promise<void>,
): Promise<void> {
  await write(`{"format":"${INDEX_FORMAT}","version":${INDEX_VERSION},"builtAt":${JSON.stringify(index.builtAt)}`);
  for (const part of INDEX_PARTS) {
    await write(`,\n"${part}":[`);
    let first = true;
    let batch = '';
    for await (const entry of index[part]) {
      batch += `${first ? '\n' : ',\n'}${JSON.stringify(entry)}`;
      first = false;
      if (batch.length > 1 << 16) {
        await write(batch);
        batch = '';
      }
    }
    await write(`${batch}\n]`);
  }
  await write('}\n');
}
