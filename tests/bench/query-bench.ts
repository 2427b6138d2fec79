// `npm run bench:query`: the median query over the runtime form of 100,000 synthetic quotations (prepare, then
// match, as the worker runs it) against the in-memory matcher's, each query timed through both in turn
// (which goes first alternating), so that a shared machine's load weighs on both alike; the first 30 warm
// the JIT. The ratio of the medians is the figure.

import { RuntimeStore } from '../../src/index/runtime';
import { Matcher, THRESHOLDS } from '../../src/match/matcher';
import { makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';
import { compileToFiles } from '../helpers/form-files';

const syn = syntheticIndex(100_000);
const cases = makeCases(syn, 40).filter((c) => c.expected !== null && c.texts.length === 1);
const form = await compileToFiles(syn.index);
const runtime = new Matcher(await RuntimeStore.open(form.header, form.storage));
const inMemory = new Matcher(syn.index);

const timed = async (query: () => unknown) => {
  const t = performance.now();
  await query();
  return performance.now() - t;
};
const times: Record<'memory' | 'runtime', number[]> = { memory: [], runtime: [] };
for (const [i, c] of cases.entries()) {
  const text = c.texts[0]!;
  const memory = () => timed(() => inMemory.match(text, THRESHOLDS.balanced));
  const viaForm = () =>
    timed(async () => {
      await runtime.prepare([text]);
      runtime.match(text, THRESHOLDS.balanced);
    });
  let m: number;
  let r: number;
  if (i % 2) {
    m = await memory();
    r = await viaForm();
  } else {
    r = await viaForm();
    m = await memory();
  }
  if (i < 30) continue;
  times.memory.push(m);
  times.runtime.push(r);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const [m, r] = [median(times.memory), median(times.runtime)];
console.log(
  `${times.memory.length} queries (median): in memory ${(m * 1000).toFixed(0)} µs, runtime form ${(r * 1000).toFixed(0)} µs, ${(r / m).toFixed(2)}×`,
);
