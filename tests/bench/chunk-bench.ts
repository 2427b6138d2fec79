// `npm run bench:chunks`: queries through the runtime form of 100,000 synthetic quotations whose chunks say
// their inflated size (as stored now) against the same chunks without it (as stored before), interleaved in
// one run; the ratio of the medians is the figure.

import { packStorage } from '../../src/compact/form';
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

async function matcher(sized: boolean): Promise<Matcher> {
  const storage = packStorage(async (name) => files.get(name)!);
  const chunk = storage.chunk;
  if (!sized) storage.chunk = async (section, n) => (await chunk(section, n)).subarray(SIZED_HEAD);
  return new Matcher(await RuntimeStore.open(header, storage));
}

const sized = await matcher(true);
const plain = await matcher(false);
const query = async (m: Matcher, text: string) => {
  const t = performance.now();
  await m.prepare([text]);
  m.match(text, THRESHOLDS.balanced);
  return performance.now() - t;
};
const times: Record<'sized' | 'plain', number[]> = { sized: [], plain: [] };
for (const [i, c] of cases.entries()) {
  const text = c.texts[0]!;
  // Each query through both, which goes first alternating; the first 30 warm the JIT.
  const first = i % 2 ? 'sized' : 'plain';
  const second = i % 2 ? 'plain' : 'sized';
  const t1 = await query(first === 'sized' ? sized : plain, text);
  const t2 = await query(second === 'sized' ? sized : plain, text);
  if (i < 30) continue;
  times[first].push(t1);
  times[second].push(t2);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const [s, p] = [median(times.sized), median(times.plain)];
console.log(
  `${times.sized.length} queries: chunks that say their size ${(s * 1000).toFixed(0)} µs, without ${(p * 1000).toFixed(0)} µs (median), ${(s / p).toFixed(2)}×`,
);
