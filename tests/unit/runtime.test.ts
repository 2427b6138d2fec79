// The runtime form: built from an index, read back a chunk at a time, matched against as the index file is;
// and the index file read and written as a stream.

import { deflateRawSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import {
  ChunkRecords,
  inflate,
  packLines,
  packRecords,
  readPack,
  unpackRecords,
  writePack,
} from '../../src/compact/chunks';
import { packStorage, RecordReader } from '../../src/compact/form';
import {
  buildTable,
  candidates,
  hashText,
  indexKeys,
  PagedTable,
  queryKeys,
  readPage,
  readTable,
  TABLE_SCHEME,
  tableBytes,
  tablePages,
} from '../../src/compact/table';
import { emptyMeta } from '../../src/corpus/article';
import { buildIndex } from '../../src/index/build';
import { memoryStore } from '../../src/index/entries';
import { indexOf, RuntimeStore } from '../../src/index/runtime';
import type { QuoteIndex } from '../../src/index/schema';
import { IndexError, readIndexStream, writeIndexStream } from '../../src/index/stream';
import { cardFor, loadCardSources } from '../../src/match/card';
import { Matcher } from '../../src/match/matcher';
import { syntheticIndex } from '../../src/synth/index';
import { wordsOf } from '../../src/text/words';
import { compileToFiles } from '../helpers/form-files';
import { seedIndex } from '../helpers/seed-index';

const seed = seedIndex();

describe('the runtime form', () => {
  it('matches as the index file does, reading only the chunks a match needs', async () => {
    const { header, storage, reads } = await compileToFiles(seed);
    expect(header.counts).toEqual({
      documents: seed.documents.length,
      speakers: seed.speakers.length,
      quotes: seed.quotes.length,
      paraphrases: seed.paraphrases.length,
    });
    const store = await RuntimeStore.open(header, storage);
    expect(reads).toEqual(['table.bin']);
    const runtime = new Matcher(store);
    const inMemory = new Matcher(seed);
    const pages = [
      'It’s not enough to take the sites down',
      'pouring fuel on the fire of the national drug epidemic',
      'They shaer their secrets, they share their tradecrat',
      'We have to do a better job',
    ];
    await runtime.prepare(pages);
    for (const page of pages) {
      const a = runtime.match(page);
      const b = inMemory.match(page);
      expect(a?.quote).toEqual(b?.quote);
      expect(a?.speaker).toEqual(b?.speaker);
      expect(a?.confidence).toBe(b?.confidence);
    }
    expect(reads).not.toContain('documents-0.bin');
    const m = runtime.match(pages[0]!)!;
    await loadCardSources([m]);
    const card = cardFor(m, pages[0]!, null, false);
    expect(card.speaker?.name).toBe('Richard Downing');
    // The card reads its sources' documents from the runtime form (listed by date, the undated last).
    expect(card.sources.map((s) => s.publication)).toContain(seed.documents[0]!.publication);
  });

  it('refuses to match a quote it was not asked to read first', async () => {
    const { header, storage } = await compileToFiles(seed);
    const store = await RuntimeStore.open(header, storage);
    expect(() => new Matcher(store).match('It’s not enough to take the sites down')).toThrow(/was not loaded/);
  });

  it('holds the index entry for entry: the stored entries give the index back', async () => {
    const { header, storage } = await compileToFiles(seed);
    expect(await indexOf(new RecordReader(header, storage))).toEqual(seed);
  });

  it('numbers ids by position, whatever the index file called them', async () => {
    const renamed: QuoteIndex = JSON.parse(JSON.stringify(seed).replace(/"([dsq])(\d+)"/g, '"$1-x-$2"'));
    const { header, storage } = await compileToFiles(renamed);
    const back = await indexOf(new RecordReader(header, storage));
    expect(back).toEqual(seed);
  });

  it('reads a form 2’s chunks, of 64 records, by its header, which does not say so', async () => {
    const { header } = await compileToFiles(seed);
    const records = Array.from({ length: 100 }, (_, n) => ({ id: `d${n}` }));
    const chunks = [await packRecords(records.slice(0, 64)), await packRecords(records.slice(64))];
    const { recordsPerChunk: _, ...form2 } = header;
    const reader = new RecordReader(
      { ...form2, version: 2, counts: { ...header.counts, documents: 100 } },
      { file: async () => new ArrayBuffer(0), pages: async () => [], chunk: async (_s, n) => chunks[n]! },
    );
    await reader.load('documents', [70, 3]);
    expect([reader.get('documents', 70), reader.get('documents', 3)]).toEqual([{ id: 'd70' }, { id: 'd3' }]);
  });

  it('reads a chunk that says its inflated size, and one stored before, that does not', async () => {
    const records = Array.from({ length: 16 }, (_, n) => ({ id: `q${n}`, text: 'the river decides '.repeat(n) }));
    const sized = await packRecords(records);
    expect(sized[0]! & 0b110).toBe(0b110);
    expect(unpackRecords(sized)).toEqual(records);
    const plain = new Uint8Array(deflateRawSync(JSON.stringify(records)));
    expect(unpackRecords(plain)).toEqual(records);
    const lying = sized.slice();
    new DataView(lying.buffer).setUint32(1, new DataView(sized.buffer).getUint32(1, true) + 10, true);
    expect(() => unpackRecords(lying)).toThrow(/shorter/);
  });

  it('parses only the records of a chunk that are read, one a line', async () => {
    const records = [
      { id: 'q0', text: 'The river decides,\nnot us' },
      { id: 'q1', text: 'a line\u2028apart' },
      { id: 'q2', text: '' },
    ];
    const bytes = inflate(await packLines(records));
    const chunk = new ChunkRecords(bytes);
    expect(chunk.length).toBe(3);
    const parse = vi.spyOn(JSON, 'parse');
    expect(chunk.get(1)).toEqual(records[1]);
    expect(chunk.get(1)).toBe(chunk.get(1));
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    expect(chunk.get(3)).toBeUndefined();
    expect(chunk.all()).toEqual(records);
    expect(new ChunkRecords(inflate(await packLines([]))).all()).toEqual([]);
  });

  it('reads a form whose chunks were stored as one list of records, as form 3 stored them before', async () => {
    const syn = syntheticIndex(300, 3).index;
    const { header, files } = await compileToFiles(syn);
    const listed = new Map(files);
    for (const [name, pack] of files) {
      if (!/^(documents|speakers|quotes|paraphrases)-/.test(name)) continue;
      const count = new DataView(pack.buffer, pack.byteOffset).getUint32(0, true);
      const chunks = Array.from({ length: count }, (_, i) => packRecords(unpackRecords(readPack(pack, i))));
      listed.set(name, writePack(await Promise.all(chunks)));
    }
    expect(listed.get('quotes-0.bin')).not.toEqual(files.get('quotes-0.bin'));
    const storage = packStorage(async (name) => listed.get(name)!);
    expect(await indexOf(new RecordReader(header, storage))).toEqual(syn);
    const store = await RuntimeStore.open(header, storage);
    await store.loadQuotes([7, 250]);
    expect([store.quote(7), store.quote(250)]).toEqual([syn.quotes[7], syn.quotes[250]]);
  });

  it('packs chunks into files of several, and reads each back', () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([]), new Uint8Array([9])];
    const pack = writePack(chunks);
    expect(chunks.map((_, i) => [...readPack(pack, i)])).toEqual([[1, 2, 3], [], [9]]);
    expect(() => readPack(pack, 3)).toThrow(/no chunk 3/);
    expect(() => readPack(pack.subarray(0, 10), 0)).toThrow();
  });

  it('reads the speakers of the quotes a text aligns with, and those their sources name only for the card', async () => {
    const syn = syntheticIndex(3000, 11).index;
    // Outlets differ on quote 40: its source names a speaker whose record is in another chunk.
    const quote = syn.quotes[40]!;
    const other = syn.speakers[300]!.id;
    syn.quotes[40] = { ...quote, sources: [{ ...quote.sources[0]!, speaker: other }] };
    const { header, storage } = await compileToFiles(syn);
    const read: string[] = [];
    const chunk = storage.chunk;
    storage.chunk = (section, n) => {
      if (section === 'speakers') read.push(`${section}:${n}`);
      return chunk(section, n);
    };
    const matcher = new Matcher(await RuntimeStore.open(header, storage));
    await matcher.prepare([quote.text]);
    const m = matcher.match(quote.text)!;
    expect(m.speaker?.id).toBe(quote.speaker);
    expect(read).toEqual([`speakers:${Math.floor(Number(quote.speaker!.slice(1)) / 16)}`]);
    await loadCardSources([m]);
    expect(read).toEqual([`speakers:${Math.floor(Number(quote.speaker!.slice(1)) / 16)}`, 'speakers:18']);
    expect(cardFor(m, quote.text, null, false).sources).toHaveLength(1);
  });

  it('reads over many chunks and packs on a larger index', async () => {
    const syn = syntheticIndex(3000, 11).index;
    const { header, files, storage } = await compileToFiles(syn);
    expect([...files.keys()].filter((f) => f.startsWith('quotes-'))).toHaveLength(3);
    const store = await RuntimeStore.open(header, storage);
    await store.loadQuotes([0, 1500, 2999]);
    await store.loadSpeakers([store.quote(2999).speaker!]);
    expect([store.quote(0).text, store.quote(1500).text, store.quote(2999).text]).toEqual(
      [0, 1500, 2999].map((n) => syn.quotes[n]!.text),
    );
    expect(store.speaker(store.quote(2999).speaker!)).toEqual(
      syn.speakers.find((s) => s.id === syn.quotes[2999]!.speaker),
    );
  });
});

describe('a speaker’s quotations in the runtime form', () => {
  const article = (id: string, date: string, text: string) => ({
    id,
    format: 'text' as const,
    text,
    meta: { ...emptyMeta(), publication: 'Herald', date },
  });
  const index = buildIndex([
    article('a.txt', '2020-01-02', '“The river will not decide who stays in this valley,” said Governor Anne Park.'),
    article('b.txt', '2021-05-06', '“We rebuilt every home the flood took, and we did it in a year,” Park said.'),
    article('c.txt', '2019-03-04', '“Parking on the bridge is closed until spring,” said Mayor Tom Reyes.'),
    article('d.txt', '2020-07-08', '“No budget will pass without money for the levee,” Governor Anne Park said.'),
  ]);

  it('lists every quotation of the speaker, newest first, each with its first report', async () => {
    const { header, storage } = await compileToFiles(index);
    const store = await RuntimeStore.open(header, storage);
    const park = index.speakers.find((s) => s.name === 'Anne Park')!;
    const { speaker, found } = await store.speakerEntries(park.id, 10);
    expect(speaker?.name).toBe('Anne Park');
    expect(found.map((f) => f.document?.date)).toEqual(['2021-05-06', '2020-07-08', '2020-01-02']);
    expect(found.every((f) => f.speaker?.id === park.id)).toBe(true);
    expect((await store.speakerEntries(park.id, 1)).found).toHaveLength(1);
  });
});

describe('the candidate table', () => {
  it('finds an entry by the uncommon pairs of its wording, and files no pair of two common words', () => {
    const wordings = [
      'We have to do a better job of protecting our children online',
      'Vendors are pouring fuel on the fire of the national drug epidemic',
      'we have to do it all again',
    ];
    const table = buildTable(wordings.map((w) => indexKeys(wordsOf(w, true), w)));
    const score = new Float32Array(wordings.length);
    const look = (text: string) => candidates(table, queryKeys(wordsOf(text)), score, 8);
    expect(look('pouring fuel on the fire')).toEqual([1]);
    expect(look('protecting our children')).toEqual([0]);
    // Every word of the third is common: all its pairs are filed, so it is found whole.
    expect(look('we have to do it all again')).toContain(2);
    expect(score.every((x) => x === 0)).toBe(true);
  });

  it('finds a compound however the page writes it: one word, two words or with a hyphen', () => {
    const wordings = [
      'We need to become a multi-planetary species, or we will one day go extinct',
      'It is a semiconductor supply chain problem',
    ];
    const table = buildTable(wordings.map((w) => indexKeys(wordsOf(w, true), w)));
    const score = new Float32Array(wordings.length);
    const look = (text: string) => candidates(table, queryKeys(wordsOf(text)), score, 8);
    expect(look('we need to become a multiplanetary species')).toEqual([0]);
    expect(look('we need to become a multi planetary species')).toEqual([0]);
    expect(look('it is a semi-conductor supply chain')).toEqual([1]);
    expect(look('it is a semi conductor')).toEqual([1]);
  });

  it('reads pairs of a hundred postings when the page has no rarer pair the index holds', () => {
    // Entries 0–8999 each hold a pair of their own; pair A is in 0–89 and the target, B in 90–179 and the target.
    const [A, B, X, Y, Z] = ['a', 'b', 'x', 'y', 'z'].map(hashText) as [number, number, number, number, number];
    const target = 9000;
    const keys = Array.from({ length: target + 1 }, (_, i) => [
      hashText(`own ${i}`),
      ...(i < 90 || i === target ? [A] : []),
      ...((i >= 90 && i < 180) || i === target ? [B] : []),
    ]);
    const table = buildTable(keys);
    const score = new Float32Array(keys.length);
    // X, Y and Z are in no entry: they are not rarer pairs that were found.
    expect(candidates(table, [X, Y, Z, A, B], score, 1)).toEqual([target]);
  });

  it('is read back in place from its bytes, and refused when they do not fit its shape', () => {
    const table = buildTable(seed.quotes.map((q) => indexKeys(wordsOf(q.text, true), q.text)));
    const bytes = tableBytes(table);
    const shape = { scheme: TABLE_SCHEME, buckets: table.mask + 1, postings: table.postings.length };
    const back = readTable(bytes.buffer as ArrayBuffer, shape);
    expect(back).toEqual(table);
    expect(readTable(bytes.slice(4).buffer as ArrayBuffer, shape)).toMatch(/has \d+ bytes, expected/);
    expect(readTable(bytes.buffer as ArrayBuffer, { ...shape, scheme: 'bigram-fnv1a/2' })).toMatch(/scheme/);
  });

  it('is read by pages, only those of the keys a query looks up, and finds what the whole table finds', async () => {
    const syn = syntheticIndex(12000, 11);
    const whole = memoryStore(syn.index).table;
    const { shape, pages } = tablePages(whole);
    expect(pages.length).toBeGreaterThan(30);
    const read: number[] = [];
    const paged = new PagedTable(shape, async (ns) => {
      read.push(...ns);
      return ns.map((n) => pages[n]!);
    });
    const score = new Float32Array(syn.index.quotes.length);
    // A fragment of a quotation: its pairs, and its words' pairs run together, fall in a few pages.
    const keys = queryKeys(wordsOf(syn.clean[1234]!.split(' ').slice(0, 8).join(' ')));
    expect(() => candidates(paged, keys, score, 8)).toThrow(/page was not loaded/);
    await paged.load(keys);
    expect(new Set(read).size).toBeLessThanOrEqual(new Set(keys).size);
    expect(read.length).toBeLessThan(pages.length);
    expect(candidates(paged, keys, score, 8)).toEqual(candidates(whole, keys, score, 8));
    expect(candidates(paged, keys, score, 8)).toContain(1234);
    expect(readPage(pages[0]!.subarray(4), shape.pageBuckets)).toMatch(/bytes|offsets/);
    expect(() => new PagedTable({ ...shape, pageBuckets: 3 }, async () => [])).toThrow(/pages/);
  });

  it('matches the same on a synthetic index through the table as before it was compact', () => {
    const syn = syntheticIndex(2000, 5);
    const store = memoryStore(syn.index);
    expect(store.table.postings.length).toBeGreaterThan(0);
    const m = new Matcher(syn.index).match(syn.clean[17]!);
    expect(m?.quote.id).toBe('q17');
  });
});

describe('an index file as a stream', () => {
  const text = async (index: QuoteIndex) => {
    let out = '';
    await writeIndexStream(index, (s) => {
      out += s;
    });
    return out;
  };
  const streamOf =
    (s: string, size = 7) =>
    () =>
      new ReadableStream<Uint8Array>({
        start(c) {
          const bytes = new TextEncoder().encode(s);
          for (let i = 0; i < bytes.length; i += size) c.enqueue(bytes.subarray(i, i + size));
          c.close();
        },
      });
  const collect = async (s: string) => {
    const got: Record<string, unknown[]> = { documents: [], speakers: [], quotes: [], paraphrases: [] };
    const summary = await readIndexStream(streamOf(s), (part, entry) => void got[part]!.push(entry));
    return { got, summary };
  };

  it('writes valid JSON, one entry a line, and reads it back entry by entry', async () => {
    const written = await text(seed);
    expect(JSON.parse(written)).toEqual(seed);
    expect(written.split('\n').length).toBeGreaterThan(seed.quotes.length);
    const { got, summary } = await collect(written);
    expect(got).toEqual({
      documents: seed.documents,
      speakers: seed.speakers,
      quotes: seed.quotes,
      paraphrases: seed.paraphrases,
    });
    expect(summary.builtAt).toBe(seed.builtAt);
  });

  it('reads a file whose quotes come before the speakers they name, in a second pass', async () => {
    const { quotes, paraphrases, ...rest } = seed;
    const reordered = JSON.stringify({ quotes, paraphrases, ...rest });
    const { got } = await collect(reordered);
    expect(got.quotes).toEqual(seed.quotes);
    expect(got.documents).toEqual(seed.documents);
  });

  it.each([
    ['a broken file', (s: string) => s.slice(0, s.length / 2), /^not JSON/],
    ['another format', (s: string) => s.replace('whosaid-index', 'other'), /"format" is "other"/],
    [
      'an entry that names a speaker the index does not have',
      (s: string) => s.replace('"speaker":"s0"', '"speaker":"s99"'),
      /^quotes\[\d+\]\.speaker: no speaker has id "s99"$/,
    ],
    ['an entry missing a field', (s: string) => s.replace(/"text":"[^"]*",/, ''), /^quotes\[0\]\.text: /],
  ])('refuses %s, saying why', async (_, spoil, reason) => {
    const spoilt = spoil(await text(seed));
    const error = await collect(spoilt).catch((e) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect((error as Error).message).toMatch(reason);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the reader'));
    await expect(readIndexStream(streamOf(await text(seed)), () => {}, { signal: controller.signal })).rejects.toThrow(
      'cancelled by the reader',
    );
  });
});
