// Records stored by number in compressed chunks: a chunk is the JSON of a run of consecutive records (a
// runtime form's one a line, the reading memory's as a list), deflated (raw DEFLATE: written by the
// platform's CompressionStream, read by fflate). Reading one record reads its chunk only; neighbours
// compress together, so a quotation, its sentence and its source's address cost about a third of their JSON.

import { inflateSync } from 'fflate';

/**
 * Records in a chunk: few enough that a query, which reads a chunk for each quotation it aligns, reads a
 * few of them at a time (64, as form 2 had, made a query through the form 4× one in memory); enough that
 * they compress well (16 cost a sixth more bytes than 64).
 */
export const RECORDS_PER_CHUNK = 16;

/**
 * A compressed chunk opens with a byte no raw DEFLATE stream opens with (block type 3 is reserved) and the
 * inflated length, so that inflate writes into one buffer of the right size instead of growing one (twice as
 * fast on a chunk of records). A chunk without it, as stored before, is read as it is.
 */
const SIZED = 0xfe;
const SIZED_HEAD = 5;

/** Compressed when a form is built (once), by the platform's stream. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const raw = new Uint8Array(await new Response(stream).arrayBuffer());
  const out = new Uint8Array(SIZED_HEAD + raw.length);
  out[0] = SIZED;
  new DataView(out.buffer).setUint32(1, bytes.length, true);
  out.set(raw, SIZED_HEAD);
  return out;
}

/**
 * Read at each query, by fflate's inflate, at once: a DecompressionStream costs more to set up and wait on
 * than a chunk of a few kilobytes takes to inflate.
 */
export function inflate(bytes: Uint8Array): Uint8Array {
  if (bytes.length < SIZED_HEAD || (bytes[0]! & 0b110) !== 0b110) return inflateSync(bytes);
  const size = new DataView(bytes.buffer, bytes.byteOffset, SIZED_HEAD).getUint32(1, true);
  const out = inflateSync(bytes.subarray(SIZED_HEAD), { out: new Uint8Array(size) });
  if (out.length !== size) throw new Error('a stored chunk is shorter than it says');
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function packRecords(records: unknown[]): Promise<Uint8Array> {
  return deflate(encoder.encode(JSON.stringify(records)));
}

/** The records of a chunk of either kind; throws when the chunk is not one (corrupt storage). */
export function unpackRecords<T>(bytes: Uint8Array): T[] {
  return new ChunkRecords<T>(inflate(bytes)).all();
}

/**
 * A runtime form's chunk: its records one JSON text a line (JSON never holds a raw newline), so that a
 * query decodes and parses only the records it reads, not its chunk's fifteen others.
 */
export function packLines(records: unknown[]): Promise<Uint8Array> {
  return deflate(encoder.encode(records.map((r) => JSON.stringify(r)).join('\n')));
}

const NEWLINE = 0x0a;
const LIST = 0x5b; // "[": a chunk packed as one JSON list (packRecords; a form's, as stored before packLines)

/** An inflated chunk whose records are parsed as they are read, once each. */
export class ChunkRecords<T> {
  /** Each line's start, and the end of the last; null for a list, parsed whole. */
  private readonly starts: number[] | null = null;
  private readonly parsed: (T | undefined)[] = [];

  constructor(private readonly bytes: Uint8Array) {
    if (bytes[0] === LIST) {
      const records = JSON.parse(decoder.decode(bytes)) as unknown;
      if (!Array.isArray(records)) throw new Error('a stored chunk is not a list of records');
      this.parsed = records as T[];
      return;
    }
    const starts = [0];
    for (let at = bytes.indexOf(NEWLINE); at >= 0; at = bytes.indexOf(NEWLINE, at + 1)) starts.push(at + 1);
    starts.push(bytes.length + 1);
    this.starts = bytes.length === 0 ? [] : starts;
  }

  get length(): number {
    return this.starts ? Math.max(0, this.starts.length - 1) : this.parsed.length;
  }

  get(i: number): T | undefined {
    if (!this.starts || this.parsed[i] !== undefined || i < 0 || i >= this.length) return this.parsed[i];
    const record = JSON.parse(decoder.decode(this.bytes.subarray(this.starts[i], this.starts[i + 1]! - 1))) as T;
    this.parsed[i] = record;
    return record;
  }

  all(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i)!);
  }
}

/**
 * Pack files: chunks side by side, so that an extension ships a few hundred files rather than one per chunk.
 * A pack opens with its chunk count and the chunks' end offsets (32-bit little-endian), then the chunks.
 */
export function writePack(chunks: Uint8Array[]): Uint8Array {
  const head = 4 * (chunks.length + 1);
  const size = chunks.reduce((n, c) => n + c.length, head);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, chunks.length, true);
  let at = head;
  chunks.forEach((c, i) => {
    out.set(c, at);
    at += c.length;
    view.setUint32(4 * (i + 1), at, true);
  });
  return out;
}

/** Chunk `i` of a pack; throws when the pack is not one. */
export function readPack(pack: Uint8Array, i: number): Uint8Array {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength);
  const count = pack.byteLength >= 4 ? view.getUint32(0, true) : 0;
  if (i >= count || 4 * (count + 1) > pack.byteLength) throw new Error(`a pack file has no chunk ${i}`);
  const start = i === 0 ? 4 * (count + 1) : view.getUint32(4 * i, true);
  const end = view.getUint32(4 * (i + 1), true);
  if (end < start || end > pack.byteLength) throw new Error('a pack file is truncated');
  return pack.subarray(start, end);
}
