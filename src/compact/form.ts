// The runtime form: what the extension reads an index from, built once from the index file (at build time
// for the bundled index, at import for an imported one). Waking up reads its header and its candidate
// table as they are stored; entries are read by number, a chunk at a time, when a match needs them.
//
//   header.json         counts, the tables' shapes, what the form was built from (this file's FormHeader)
//   table.bin           the matcher's candidate table in pages of 1,024 buckets (table.ts), packed as chunks
//                       are: a waking worker reads no page, a query the pages of the pairs it looks up
//   SECTION-P.bin       pack P of a section's chunks (documents, speakers, quotes, paraphrases)
//   search.bin          the search table: entries by word (words.ts), read when the reader searches
//   words.bin           the search table's words, sorted, one a line, deflated
//
// In IndexedDB the same pieces are records: the header in the catalog, the search table and its words, one
// record a table page, one record a chunk.

import {
  ChunkRecords,
  deflate,
  inflate,
  packLines,
  RECORDS_PER_CHUNK,
  readPack,
  unpackRecords,
  writePack,
} from './chunks';
import { type PagedShape, PagedTable, readTable, shapeOf, type Table, type TableShape, tablePages } from './table';

export const FORM_FORMAT = 'whosaid-runtime';
/**
 * A stored form of an older version is migrated (version 2, its table whole: paged in place, see
 * index-import.ts) or rebuilt from its entries.
 */
export const FORM_VERSION = 3;

export const SECTIONS = ['documents', 'speakers', 'quotes', 'paraphrases'] as const;
export type Section = (typeof SECTIONS)[number];

/** Chunks in a pack file: about 100 KB a file. */
export const CHUNKS_PER_PACK = 64;

export interface FormHeader {
  format: typeof FORM_FORMAT;
  version: number;
  /** When the index file it was built from was built. */
  builtAt: string;
  /** Records in each section. */
  counts: Record<Section, number>;
  /** Records in a chunk (absent from form 2, whose chunks held 64). */
  recordsPerChunk?: number;
  table: PagedShape;
  search: TableShape;
  /** Bytes of the form: tables, words and every chunk. */
  bytes: number;
}

/** The form's pieces besides its chunks. */
export type FormFile = 'table' | 'search' | 'words';

/** Where a form's pieces are kept. */
export interface FormStorage {
  /** The search table or its words (`table` is read by pages). */
  file(name: Exclude<FormFile, 'table'>): Promise<ArrayBuffer>;
  /** Pages of the candidate table, read together. */
  pages(ns: number[]): Promise<Uint8Array[]>;
  chunk(section: Section, n: number): Promise<Uint8Array>;
}

/** The search table's words as stored, and back. */
export async function wordsBytes(words: string[]): Promise<Uint8Array> {
  return deflate(new TextEncoder().encode(words.join('\n')));
}

export async function readWords(bytes: ArrayBuffer): Promise<string[]> {
  const text = new TextDecoder().decode(inflate(new Uint8Array(bytes)));
  return text ? text.split('\n') : [];
}

/** Where a form being built puts its pieces. */
export interface FormSink {
  chunk(section: Section, n: number, bytes: Uint8Array): Promise<void>;
}

/** Records in each chunk of a form. */
export function perChunk(header: FormHeader): number {
  return header.recordsPerChunk ?? 64;
}

/** The number of chunks of a section. */
export function chunkCount(header: FormHeader, section: Section): number {
  return Math.ceil(header.counts[section] / perChunk(header));
}

/**
 * Writes a form's sections record by record: each section's records come in order (a section's records
 * may come while another's are still coming). The table is built by the caller and given at the end.
 */
export class FormWriter {
  private readonly pending: Record<Section, unknown[]> = { documents: [], speakers: [], quotes: [], paraphrases: [] };
  private readonly counts: Record<Section, number> = { documents: 0, speakers: 0, quotes: 0, paraphrases: 0 };
  private bytes = 0;

  constructor(private readonly sink: FormSink) {}

  count(section: Section): number {
    return this.counts[section];
  }

  async add(section: Section, record: unknown): Promise<void> {
    const pending = this.pending[section];
    pending.push(record);
    this.counts[section]++;
    if (pending.length === RECORDS_PER_CHUNK) await this.flush(section);
  }

  private async flush(section: Section): Promise<void> {
    const records = this.pending[section];
    if (records.length === 0) return;
    this.pending[section] = [];
    const bytes = await packLines(records);
    this.bytes += bytes.length;
    await this.sink.chunk(section, Math.floor((this.counts[section] - 1) / RECORDS_PER_CHUNK), bytes);
  }

  /** The header, once every record is in: `files` are the bytes of the form's other pieces. */
  async finish(
    tables: { table: PagedShape; search: Table },
    files: Uint8Array[],
    builtAt: string,
  ): Promise<FormHeader> {
    for (const section of SECTIONS) await this.flush(section);
    return {
      format: FORM_FORMAT,
      version: FORM_VERSION,
      builtAt,
      counts: { ...this.counts },
      recordsPerChunk: RECORDS_PER_CHUNK,
      table: tables.table,
      search: shapeOf(tables.search),
      bytes: files.reduce((n, f) => n + f.length, this.bytes),
    };
  }
}

/** The files of a form: a sink that gathers chunks into packs, and the storage that reads them back. */
export const packFile = (section: Section, pack: number) => `${section}-${pack}.bin`;

/** A sink that writes pack files through `write` (chunks of a section come in order). */
export class PackSink implements FormSink {
  private readonly open: Partial<Record<Section, Uint8Array[]>> = {};

  constructor(private readonly write: (name: string, bytes: Uint8Array) => Promise<void>) {}

  async chunk(section: Section, n: number, bytes: Uint8Array): Promise<void> {
    const chunks = this.open[section] ?? [];
    this.open[section] = chunks;
    chunks.push(bytes);
    if (chunks.length === CHUNKS_PER_PACK) await this.close(section, n);
  }

  private async close(section: Section, lastChunk: number): Promise<void> {
    const chunks = this.open[section];
    if (!chunks?.length) return;
    this.open[section] = [];
    await this.write(packFile(section, Math.floor(lastChunk / CHUNKS_PER_PACK)), writePack(chunks));
  }

  /** Writes the last, partly filled packs. */
  async end(header: FormHeader): Promise<void> {
    for (const section of SECTIONS) await this.close(section, chunkCount(header, section) - 1);
  }
}

/** The candidate table as its file: its pages packed (chunks.ts), and its shape. */
export function tableFile(table: Table): { shape: PagedShape; bytes: Uint8Array } {
  const { shape, pages } = tablePages(table);
  return { shape, bytes: writePack(pages) };
}

/** Storage over pack files read through `read` (a fetch of the extension's files, or a file read). */
export function packStorage(read: (name: string) => Promise<Uint8Array>): FormStorage {
  const packs = new Map<string, Promise<Uint8Array>>();
  let table: Promise<Uint8Array> | undefined;
  return {
    async file(name) {
      const bytes = await read(`${name}.bin`);
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer);
    },
    async pages(ns) {
      if (!table) {
        table = read('table.bin');
        table.catch(() => {
          table = undefined;
        });
      }
      const bytes = await table;
      return ns.map((n) => readPack(bytes, n));
    },
    async chunk(section, n) {
      const name = packFile(section, Math.floor(n / CHUNKS_PER_PACK));
      let pack = packs.get(name);
      if (!pack) {
        pack = read(name);
        packs.set(name, pack);
        pack.catch(() => packs.delete(name));
        // A few packs are kept: the ones a page's matches read again.
        if (packs.size > 8) packs.delete(packs.keys().next().value!);
      }
      return readPack(await pack, n % CHUNKS_PER_PACK);
    },
  };
}

/**
 * The records of a form, read a chunk at a time and kept in a small cache of chunks: what a match needs is
 * loaded first (`load`), then read without waiting (`get`).
 */
export class RecordReader {
  private readonly chunks = new Map<string, ChunkRecords<unknown>>();

  constructor(
    readonly header: FormHeader,
    private readonly storage: FormStorage,
    /** Chunks kept beyond those the latest load needed (16,384 records, in chunks of 16). */
    private readonly keep = 1024,
  ) {}

  /** Reads the chunks that hold these records of a section. */
  async load(section: Section, numbers: Iterable<number>): Promise<void> {
    const wanted = new Set<number>();
    const per = perChunk(this.header);
    for (const n of numbers) if (n >= 0 && n < this.header.counts[section]) wanted.add(Math.floor(n / per));
    await Promise.all(
      [...wanted].map(async (c) => {
        const key = `${section}:${c}`;
        const cached = this.chunks.get(key);
        if (cached) {
          this.chunks.delete(key);
          this.chunks.set(key, cached);
          return;
        }
        this.chunks.set(key, new ChunkRecords(inflate(await this.storage.chunk(section, c))));
      }),
    );
    while (this.chunks.size > Math.max(this.keep, wanted.size)) this.chunks.delete(this.chunks.keys().next().value!);
  }

  /** A record that `load` has read; undefined when it has not (or there is none). */
  get<T>(section: Section, n: number): T | undefined {
    const per = perChunk(this.header);
    return this.chunks.get(`${section}:${Math.floor(n / per)}`)?.get(n % per) as T | undefined;
  }

  /** Every record of a section, chunk by chunk (to rebuild or export the index). */
  async *all<T>(section: Section): AsyncGenerator<T> {
    for (let c = 0; c < chunkCount(this.header, section); c++) {
      for (const r of unpackRecords<T>(await this.storage.chunk(section, c))) yield r;
    }
  }

  /** The candidate table, read by pages as queries need them. */
  candidateTable(): PagedTable {
    return new PagedTable(this.header.table, (ns) => this.storage.pages(ns));
  }

  /** The search table, read whole. */
  async searchTable(): Promise<Table> {
    const table = readTable(await this.storage.file('search'), this.header.search);
    if (typeof table === 'string') throw new Error(table);
    return table;
  }

  async words(): Promise<string[]> {
    return readWords(await this.storage.file('words'));
  }
}

/** Why a stored header is not one this Whosaid reads as it is, if it is not. */
export function headerProblem(header: unknown): string | null {
  const h = header as Partial<FormHeader> | null;
  if (!h || h.format !== FORM_FORMAT) return 'not a Whosaid runtime form';
  if (h.version !== FORM_VERSION) return `runtime form version ${h.version}, this Whosaid reads ${FORM_VERSION}`;
  return null;
}
