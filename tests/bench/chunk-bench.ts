// `npm run bench:chunks`: queries through the runtime form of 100,000 synthetic quotations, in one run,
// interleaved, through the same form stored three ways: its chunks' records one a line, each parsed as it
// is read (as stored now); the same chunks as one JSON list, parsed whole (as stored before); and line
// chunks that do not say their inflated size (as stored before that). The ratios of the medians are the
// figures.

import { packRecords, readPack, unpackRecords, writePack } from '../../src/compact/chunks';
import { packStorage, SECTIONS } from '../../src/compact/form';
import { RuntimeStore } from '../../src/index/runtime';
import { Matcher, THRESHOLDS } from '../../src/match/matcher';
import { makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';
import { compileToFiles } from '../helpers/form-files';

/** The byte and the length that open a chunk that says its size (src/compact/chunks.ts). */
const SIZED_HEAD = 5;

const syn = syntheticIndex(100_000);
const cases = makeCases(syn, 40).filter((c) => c.expected !== null && c.texts.length === 1);
const { header, files } = await compileToFiles(syn.index);

/** The same files, each chunk of records packed as one JSON list. */
const listed = new Map(files);
for (const [name, bytes] of files) {
  if (!SECTIONS.some((s) => name.startsWith(`${s}-`))) continue;
  const count = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const chunks = Array.from({ length: count }, (_, i) => packRecords(unpackRecords(readPack(bytes, i))));
  listed.set(name, writePack(await Promise.all(chunks)));
}

type Kind = 'lines' | 'list' | 'unsized';
async function matcher(kind: Kind): Promise<Matcher> {
  const storage = packStorage(async (name) => (kind === 'list' ? listed : files).get(name)!);
  const chunk = storage.chunk;
  if (kind === 'unsized') storage.chunk = async (section, n) => (await chunk(section, n)).subarray(SIZED_HEAD);
  return new Matcher(await RuntimeStore.open(header, storage));
}

const kinds: Kind[] = ['lines', 'list', 'unsized'];
const matchers = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await matcher(k)] as const)));
const query = async (m: Matcher, text: string) => {
  const t = performance.now();
  await m.prepare([text]);
  m.match(text, THRESHOLDS.balanced);
  return performance.now() - t;
};
const times: Record<Kind, number[]> = { lines: [], list: [], unsized: [] };
for (const [i, c] of cases.entries()) {
  // Each query through all three, in turn first; the first 30 warm the JIT.
  for (let j = 0; j < kinds.length; j++) {
    const kind = kinds[(i + j) % kinds.length]!;
    const t = await query(matchers[kind]!, c.texts[0]!);
    if (i >= 30) times[kind].push(t);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const [lines, list, unsized] = kinds.map((k) => median(times[k]));
const µs = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(
  `${times.lines.length} queries (median): records one a line ${µs(lines!)}, as one list ${µs(list!)} (${(lines! / list!).toFixed(2)}×); line chunks without their size ${µs(unsized!)} (${(lines! / unsized!).toFixed(2)}×)`,
);
