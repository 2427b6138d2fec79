// `npm run bench`: the matcher against plain fuse.js (ignoreLocation: true) over the same records, at
// 1,000, 10,000 and 100,000 quotes, all in this one run; and the matcher over the index's runtime form, as
// the extension's worker runs it (each query first reads its candidates' chunks, then matches). Times are medians; each figure that compares is a
// ratio within the run. Queries are the evaluation's positive cases (every perturbation kind); both sides
// first answer other queries of the same kinds, so that neither is timed while the JIT compiles it.

import Fuse from 'fuse.js';
import { memoryStore } from '../../src/index/entries';
import { RuntimeStore } from '../../src/index/runtime';
import { parseIndexText } from '../../src/index/schema';
import { Matcher, THRESHOLDS } from '../../src/match/matcher';
import { makeCases } from '../../src/synth/evaluate';
import { syntheticIndex } from '../../src/synth/index';
import { compileToFiles } from '../helpers/form-files';

const SIZES = [1_000, 10_000, 100_000];
/** fuse.js scans every record per query; fewer of its queries keep the run to minutes. */
const FUSE_QUERIES: Record<number, number> = { 1000: 60, 10000: 12, 100000: 3 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const v = f();
  return [v, performance.now() - t];
};
const fmt = (ms: number) =>
  ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`;

const timeAsync = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
};

console.log(
  'quotes   | index bytes/quote (table) | load: ours / fuse (ratio) | query median: ours / fuse (speed-up) | recall on fuse’s queries: ours / fuse | ours on all queries | runtime form: query median (× in memory), recall',
);
for (const size of SIZES) {
  const syn = syntheticIndex(size);
  const json = JSON.stringify(syn.index);

  const [parsed, oursLoad] = time(() => {
    const r = parseIndexText(json);
    if (!r.ok) throw new Error(r.reason);
    return new Matcher(r.index);
  });
  const { table } = memoryStore(syn.index);
  const tableBytes = table.offsets.byteLength + table.postings.byteLength;
  const [fuse, fuseLoad] = time(
    () =>
      new Fuse(JSON.parse(json).quotes as { id: string; text: string }[], {
        keys: ['text'],
        ignoreLocation: true,
        includeScore: true,
      }),
  );

  const cases = makeCases(syn, 40).filter((c) => c.expected !== null && c.texts.length === 1);
  const warmUp = makeCases(syn, 20, 99).filter((c) => c.texts.length === 1);
  for (const c of warmUp) parsed.match(c.texts[0]!, THRESHOLDS.balanced);
  for (const c of warmUp.slice(0, 2)) fuse.search(c.texts[0]!, { limit: 1 });
  const ours = cases.map((c) => time(() => parsed.match(c.texts[0]!, THRESHOLDS.balanced)));
  const oursRecall = (subset: typeof cases) =>
    subset.filter((c) => ours[cases.indexOf(c)]![0]?.quote.id === `q${c.expected}`).length / subset.length;

  const step = Math.max(1, Math.floor(cases.length / FUSE_QUERIES[size]!));
  const fuseCases = cases.filter((_, i) => i % step === 0).slice(0, FUSE_QUERIES[size]);
  const fuseRuns = fuseCases.map((c) => time(() => fuse.search(c.texts[0]!, { limit: 1 })));
  const fuseRecall =
    fuseRuns.filter(([r], i) => r[0]?.item.id === `q${fuseCases[i]!.expected}`).length / fuseCases.length;

  const oursQ = median(ours.map(([, t]) => t));

  // The runtform form, its files held in memory: what the worker reads from the extension or IndexedDB.
  const form = await compileToFiles(syn.index);
  const store = await RuntimeStore.open(form.header, form.storage);
  const runtime = new Matcher(store);
  for (const c of warmUp) {
    await runtime.prepare([c.texts[0]!]);
    runtime.match(c.texts[0]!, THRESHOLDS.balanced);
  }
  const runs: [string | undefined, number][] = [];
  for (const c of cases) {
    const [m, t] = await timeAsync(async () => {
      await runtime.prepare([c.texts[0]!]);
      return runtime.match(c.texts[0]!, THRESHOLDS.balanced);
    });
    runs.push([m?.quote.id, t]);
  }
  const runtimeQ = median(runs.map(([, t]) => t));
  const runtimeRecall = runs.filter(([id], i) => id === `q${cases[i]!.expected}`).length / cases.length;
  const fuseQ = median(fuseRuns.map(([, t]) => t));
  console.log(
    [
      size.toLocaleString('en-US').padEnd(8),
      `${Math.round(json.length / size)} (${Math.round(tableBytes / size)})`.padEnd(25),
      `${fmt(oursLoad)} / ${fmt(fuseLoad)} (${(oursLoad / fuseLoad).toFixed(2)}×)`.padEnd(25),
      `${fmt(oursQ)} / ${fmt(fuseQ)} (${Math.round(fuseQ / oursQ).toLocaleString('en-US')}× faster)`.padEnd(36),
      `${oursRecall(fuseCases).toFixed(2)} / ${fuseRecall.toFixed(2)} (${fuseCases.length} queries)`.padEnd(37),
      `${oursRecall(cases).toFixed(3)} (${cases.length} queries)`.padEnd(19),
      `${fmt(runtimeQ)} (${(runtimeQ / oursQ).toFixed(2)}×), ${runtimeRecall.toFixed(3)}`,
    ].join(' | '),
  );
}
